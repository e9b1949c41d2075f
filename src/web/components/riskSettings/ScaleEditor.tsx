import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { maxScaleSteps, minScaleSteps, type Bilingual, type ScaleStep } from '../../../shared/risk/matrix';
import type { Scale } from './draft';

interface ScaleEditorProps {
  scale: Scale;
  steps: ScaleStep[];
  onChange: (steps: ScaleStep[]) => void;
  onAddStep: () => void;
  onRemoveTopStep: () => void;
  /** Field errors keyed like `matrix.likelihood.2.label.sv`. */
  errors: Record<string, string>;
}

/** One scale (likelihood or impact): each step's name and meaning in Swedish and English. */
export function ScaleEditor({ scale, steps, onChange, onAddStep, onRemoveTopStep, errors }: ScaleEditorProps) {
  const { t } = useTranslation();
  const scaleName = t(`riskSettings.${scale}`);
  const edit = (index: number, part: 'label' | 'description', language: keyof Bilingual, text: string) =>
    onChange(steps.map((step, i) => (i === index ? { ...step, [part]: { ...step[part], [language]: text } } : step)));
  const field = (index: number, part: 'label' | 'description', language: keyof Bilingual) => ({
    value: steps[index]![part][language],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => edit(index, part, language, event.currentTarget.value),
    error: errors[`matrix.${scale}.${index}.${part}.${language}`],
  });
  const scaleError = errors[`matrix.${scale}`];
  return (
    <Fieldset legend={scaleName} data-scale={scale}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('riskSettings.stepsHelp')}
        </Text>
        {steps.map((_, index) => (
          <Fieldset key={index} legend={t('riskSettings.step', { number: index + 1 })} variant="filled">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput label={t('riskSettings.labelSv')} required {...field(index, 'label', 'sv')} />
              <TextInput label={t('riskSettings.labelEn')} required {...field(index, 'label', 'en')} lang="en" />
              <TextInput label={t('riskSettings.descriptionSv')} {...field(index, 'description', 'sv')} />
              <TextInput label={t('riskSettings.descriptionEn')} {...field(index, 'description', 'en')} lang="en" />
            </SimpleGrid>
          </Fieldset>
        ))}
        {scaleError && (
          <Text size="sm" c="red.8" role="alert">
            {scaleError}
          </Text>
        )}
        <Group>
          <Button variant="default" onClick={onAddStep} disabled={steps.length >= maxScaleSteps}>
            {t('riskSettings.addStep', { scale: scaleName.toLowerCase() })}
          </Button>
          <Button variant="outline" color="red" onClick={onRemoveTopStep} disabled={steps.length <= minScaleSteps}>
            {t('riskSettings.removeStep', { number: steps.length, scale: scaleName.toLowerCase() })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
