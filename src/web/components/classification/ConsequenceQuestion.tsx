import { Box, Group, List, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { consequenceCategoryLabels, levelLabels, levels, type Aspect, type ConsequenceCategory, type Level } from '../../../shared/classification/aspects';
import { classificationQuestions, levelExamples } from '../../../shared/classification/questions';
import { useLabel } from '../../i18n';

interface ConsequenceQuestionProps {
  aspect: Aspect;
  category: ConsequenceCategory;
  value: Level | undefined;
  onChange: (level: Level) => void;
}

/**
 * One plain-language question (one consequence category of one aspect), answered 0-4. Each
 * option shows the level's name; the municipality's examples per level are one click away.
 */
export function ConsequenceQuestion({ aspect, category, value, onChange }: ConsequenceQuestionProps) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Box>
      <Radio.Group
        label={label(consequenceCategoryLabels[category])}
        description={label(classificationQuestions[aspect][category])}
        value={value === undefined ? null : String(value)}
        onChange={(next) => onChange(Number(next) as Level)}
        styles={{ label: { fontWeight: 700 }, description: { fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-text)' } }}
      >
        <Group gap="md" mt="xs" wrap="wrap">
          {levels.map((level) => (
            <Radio key={level} value={String(level)} label={`${level} ${label(levelLabels[level])}`} />
          ))}
        </Group>
      </Radio.Group>
      <details className="varn-details">
        <summary>{t('classify.levelsMeaning')}</summary>
        <List size="sm" spacing={4} mt={4}>
          {levels.map((level) => (
            <List.Item key={level}>
              <strong>
                {level} {label(levelLabels[level])}:
              </strong>{' '}
              {label(levelExamples[category][level])}
            </List.Item>
          ))}
        </List>
      </details>
    </Box>
  );
}
