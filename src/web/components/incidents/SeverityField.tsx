import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { severities, severityLabels } from '../../../shared/incident/taxonomy';
import { useLabel } from '../../i18n';

interface SeverityFieldProps {
  value: number | null;
  onChange: (severity: number | null) => void;
  /** What the affected objects' classification suggests for the aspects chosen. */
  suggestion: { severity: number; objectName: string; aspect: string; level: number } | null;
  error?: string;
}

/** Severity 1–4, with "Föreslagen: 3 (Hög) — Procapita K3" and one click to take it. */
export function SeverityField({ value, onChange, suggestion, error }: SeverityFieldProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const suggested = suggestion && suggestion.severity in severityLabels ? suggestion : null;
  const suggestionText = suggested
    ? t('incidents.triage.suggested', {
        severity: suggested.severity,
        label: label(severityLabels[suggested.severity as 1 | 2 | 3 | 4]),
        object: suggested.objectName,
        aspect: suggested.aspect,
        level: suggested.level,
      })
    : null;
  return (
    <Stack gap={4}>
      <Select
        label={t('incidents.fields.severity')}
        clearable
        value={value ? String(value) : null}
        error={error}
        onChange={(next) => onChange(next ? Number(next) : null)}
        data={severities.map((severity) => ({ value: String(severity), label: `${severity} ${label(severityLabels[severity])}` }))}
      />
      {suggested ? (
        <Group gap="xs">
          <Text size="sm">{suggestionText}</Text>
          {value !== suggested.severity && (
            <Button size="compact-sm" variant="light" onClick={() => onChange(suggested.severity)}>
              {t('incidents.triage.useSuggestion')}
            </Button>
          )}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('incidents.triage.noSuggestion')}
        </Text>
      )}
    </Stack>
  );
}
