import { Button, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { aspectLabels, consequenceCategoryLabels, levelLabels, type Aspect, type ConsequenceCategory, type Level } from '../../../shared/classification/aspects';
import { useLabel } from '../../i18n';

interface AspectResultProps {
  aspect: Aspect;
  level: Level;
  decidedBy: ConsequenceCategory[];
  answered: boolean;
  typeName: string | null;
  onUseType?: () => void;
}

/** The aspect's level as it stands, and why: the worst answer, or the information type's pre-fill. */
export function AspectResult({ aspect, level, decidedBy, answered, typeName, onUseType }: AspectResultProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const why = answered
    ? decidedBy.length > 0
      ? t('classify.decidedBy', { categories: decidedBy.map((category) => label(consequenceCategoryLabels[category])).join(', ') })
      : t('classify.decidedByNothing')
    : typeName
      ? t('classify.decidedByType', { type: typeName })
      : t('classify.decidedByNothing');
  return (
    <Paper withBorder p="sm" radius="md" className="varn-live-result" role="status" aria-live="polite" aria-atomic="true">
      <Text size="sm" c="dimmed" component="p" m={0}>
        {t('classify.resultLabel', { aspect: label(aspectLabels[aspect]) })}
      </Text>
      <Text fw={700} size="lg" component="p" m={0} data-testid={`result-${aspect}`}>
        {t('classify.result', { level, levelName: label(levelLabels[level]) })}
      </Text>
      <Text size="sm" component="p" m={0}>
        {why}
      </Text>
      {answered && typeName && onUseType && (
        <Button variant="subtle" size="compact-sm" px={0} mt={4} onClick={onUseType}>
          {t('classify.resetToType')}
        </Button>
      )}
    </Paper>
  );
}
