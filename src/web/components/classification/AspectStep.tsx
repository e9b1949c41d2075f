import { Alert, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { aspectLabels, consequenceCategories, levelLabels, type Aspect } from '../../../shared/classification/aspects';
import type { Profile } from '../../../shared/classification/profile';
import { aspectIntros } from '../../../shared/classification/questions';
import { useLabel } from '../../i18n';
import { AspectResult } from './AspectResult';
import { ConsequenceQuestion } from './ConsequenceQuestion';
import type { GuidedClassification } from './useGuidedClassification';

interface AspectStepProps {
  aspect: Aspect;
  flow: GuidedClassification;
  type: { name: string; profile: Profile } | null;
}

/** One aspect: its plain-language intro, the seven questions, the live result and a reason. */
export function AspectStep({ aspect, flow, type }: AspectStepProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const intro = aspectIntros[aspect];
  const given = flow.answers[aspect] ?? {};
  const answered = Object.keys(given).length > 0;
  const level = flow.result.profile[aspect];
  const typeLevel = type?.profile[aspect] ?? null;
  return (
    <Stack gap="md">
      <Text size="lg">{label(intro.question)}</Text>
      <Text>{label(intro.hint)}</Text>
      {type && typeLevel !== null ? (
        <Alert color="blue" variant="light">
          {t('classify.prefilled', { type: type.name, level: typeLevel, levelName: label(levelLabels[typeLevel]) })}
        </Alert>
      ) : (
        <Text>{t('classify.notPrefilled')}</Text>
      )}
      <AspectResult
        aspect={aspect}
        level={level}
        decidedBy={flow.result.decidedBy[aspect]}
        answered={answered}
        typeName={type?.name ?? null}
        onUseType={() => flow.clearAspect(aspect)}
      />
      {typeLevel !== null && level < typeLevel && (
        <Alert color="yellow" variant="light" role="alert">
          {t('classify.lowered', { type: type!.name, level: typeLevel })}
        </Alert>
      )}
      {consequenceCategories.map((category) => (
        <ConsequenceQuestion key={category} aspect={aspect} category={category} value={given[category]} onChange={(value) => flow.answer(aspect, category, value)} />
      ))}
      <Textarea
        label={t('classify.reasonLabel', { aspect: label(aspectLabels[aspect]) })}
        description={t('classify.reasonDescription')}
        autosize
        minRows={2}
        maxLength={4000}
        value={flow.reasons[aspect] ?? ''}
        onChange={(event) => flow.setReason(aspect, event.currentTarget.value)}
      />
    </Stack>
  );
}
