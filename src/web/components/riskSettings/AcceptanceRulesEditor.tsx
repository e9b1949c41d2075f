import { Fieldset, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { acceptanceRungLabels, acceptanceRungs, type AcceptanceRules, type AcceptanceRung } from '../../../shared/risk/acceptance';
import type { LevelBand } from '../../../shared/risk/matrix';
import { useLabel } from '../../i18n';

interface AcceptanceRulesEditorProps {
  rules: AcceptanceRules;
  /** Only the levels the matrix has are asked about; the others keep their rule. */
  bands: LevelBand[];
  onChange: (rules: AcceptanceRules) => void;
}

/** Per level, who may accept a risk of it: the riskägare, the chef, the CISO, or the CISO with the kommundirektör. */
export function AcceptanceRulesEditor({ rules, bands, onChange }: AcceptanceRulesEditorProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const rungs = acceptanceRungs.map((rung) => ({ value: rung, label: label(acceptanceRungLabels[rung]) }));
  return (
    <Fieldset legend={t('riskSettings.acceptance')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('riskSettings.acceptanceHelp')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {bands.map((band, index) => (
            <Select
              key={`${band.level}-${index}`}
              label={t('riskSettings.acceptanceFor', { name: label(band.label) || t(`riskSettings.levels.${band.level}`) })}
              data={rungs}
              value={rules[band.level]}
              allowDeselect={false}
              onChange={(rung) => rung && onChange({ ...rules, [band.level]: rung as AcceptanceRung })}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
