import { Button, ColorInput, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { riskLevels, type Bilingual, type LevelBand, type RiskLevel } from '../../../shared/risk/matrix';

interface BandsEditorProps {
  bands: LevelBand[];
  /** The highest score of the matrix being edited (likelihood steps × impact steps). */
  maxScore: number;
  onChange: (bands: LevelBand[]) => void;
  /** Adds the next level above the highest band; absent when extreme is already there. */
  onAddBand?: () => void;
  errors: Record<string, string>;
}

/** The level bands: which level, from which score, its name in both languages and its colour. */
export function BandsEditor({ bands, maxScore, onChange, onAddBand, errors }: BandsEditorProps) {
  const { t } = useTranslation();
  const edit = (index: number, changes: Partial<LevelBand>) => onChange(bands.map((band, i) => (i === index ? { ...band, ...changes } : band)));
  const editLabel = (index: number, language: keyof Bilingual, text: string) => edit(index, { label: { ...bands[index]!.label, [language]: text } });
  const levelName = (level: RiskLevel) => t(`riskSettings.levels.${level}`);
  const error = (index: number, field: string) => errors[`matrix.bands.${index}.${field}`];
  return (
    <Fieldset legend={t('riskSettings.bands')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('riskSettings.bandsHelp')}
        </Text>
        {bands.map((band, index) => (
          <Fieldset key={index} legend={levelName(band.level)} variant="filled" data-level={band.level}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" verticalSpacing="xs">
              <Select
                label={t('riskSettings.level')}
                data={riskLevels.map((level) => ({ value: level, label: levelName(level) }))}
                value={band.level}
                allowDeselect={false}
                onChange={(level) => level && edit(index, { level: level as RiskLevel })}
                error={error(index, 'level')}
              />
              <NumberInput
                label={t('riskSettings.from')}
                min={1}
                max={maxScore}
                allowDecimal={false}
                value={Number.isNaN(band.from) ? '' : band.from}
                onChange={(value) => edit(index, { from: value === '' ? Number.NaN : Number(value) })}
                error={error(index, 'from')}
              />
              <ColorInput
                label={t('riskSettings.colour')}
                format="hex"
                value={band.colour}
                onChange={(colour) => edit(index, { colour })}
                error={error(index, 'colour')}
                eyeDropperButtonProps={{ 'aria-label': t('riskSettings.eyeDropper') }}
              />
              <TextInput label={t('riskSettings.labelSv')} required value={band.label.sv} onChange={(event) => editLabel(index, 'sv', event.currentTarget.value)} error={error(index, 'label.sv')} />
              <TextInput label={t('riskSettings.labelEn')} required lang="en" value={band.label.en} onChange={(event) => editLabel(index, 'en', event.currentTarget.value)} error={error(index, 'label.en')} />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button variant="outline" color="red" size="compact-sm" disabled={bands.length <= 2} onClick={() => onChange(bands.filter((_, i) => i !== index))}>
                {t('riskSettings.removeBand', { name: levelName(band.level) })}
              </Button>
            </Group>
          </Fieldset>
        ))}
        {errors['matrix.bands'] && (
          <Text size="sm" c="red.8" role="alert">
            {errors['matrix.bands']}
          </Text>
        )}
        <Group>
          <Button variant="default" onClick={onAddBand} disabled={!onAddBand}>
            {t('riskSettings.addBand')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
