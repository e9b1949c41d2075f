import { Checkbox, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { significanceCriteria, significanceCriterionLabels, type SignificanceCriterion } from '../../../shared/incident/taxonomy';
import { useLabel } from '../../i18n';
import type { TriageDraft } from './triageDraft';

interface SignificanceFieldsProps {
  draft: TriageDraft;
  errors: Record<string, string>;
  onChange: (changes: Partial<TriageDraft>) => void;
}

/** "Betydande incident enligt cybersäkerhetslagen": the two criteria of NIS2 art. 23(3), each explained. */
export function SignificanceFields({ draft, errors, onChange }: SignificanceFieldsProps) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('incidents.fields.significant')}
        description={t('incidents.triage.significantHint')}
        checked={draft.significant}
        onChange={(e) => onChange({ significant: e.currentTarget.checked })}
      />
      {draft.significant && (
        <Stack gap="xs" pl="xl">
          <Checkbox.Group
            label={t('incidents.fields.significantCriteria')}
            value={draft.significantCriteria}
            error={errors.significantCriteria}
            onChange={(chosen) => onChange({ significantCriteria: significanceCriteria.filter((criterion) => chosen.includes(criterion)) as SignificanceCriterion[] })}
          >
            <Stack gap="xs" mt="xs">
              {significanceCriteria.map((criterion) => {
                const criterionLabels = significanceCriterionLabels[criterion];
                return (
                  <Checkbox
                    key={criterion}
                    value={criterion}
                    label={`${criterion}) ${label(criterionLabels)} (${criterionLabels.article})`}
                    description={label(criterionLabels.explanation)}
                  />
                );
              })}
            </Stack>
          </Checkbox.Group>
          <Textarea
            label={t('incidents.fields.significantExplanation')}
            autosize
            minRows={2}
            value={draft.significantExplanation}
            error={errors.significantExplanation}
            onChange={(e) => onChange({ significantExplanation: e.currentTarget.value })}
          />
        </Stack>
      )}
    </Stack>
  );
}
