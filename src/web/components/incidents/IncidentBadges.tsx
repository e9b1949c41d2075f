import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { incidentStatusLabels, severityLabels, type IncidentStatus, type Severity } from '../../../shared/incident/taxonomy';
import { useLabel } from '../../i18n';
import { readableTextColour } from '../risk/contrast';

/** Never cut the label short in a narrow table column. */
const unclipped = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;

const statusColours: Record<IncidentStatus, string> = {
  reported: 'orange',
  triaged: 'blue',
  in_progress: 'indigo',
  resolved: 'teal',
  root_cause_found: 'grape',
  closed: 'gray',
  escalated: 'red',
  rejected: 'gray',
};

/** Anmäld, Bedömd, Under hantering … */
export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const label = useLabel();
  return (
    <Badge variant="light" color={statusColours[status]} tt="none" styles={unclipped}>
      {label(incidentStatusLabels[status])}
    </Badge>
  );
}

/** The same colours as the MSB risk levels, so "Hög" looks alike on incidents and risks. */
const severityColours: Record<Severity, string> = { 1: '#2f9e44', 2: '#f2c94c', 3: '#f08c00', 4: '#c92a2a' };

/** "3 Hög" on its colour; "Ej bedömd" before triage. */
export function SeverityBadge({ severity }: { severity: number | null }) {
  const { t } = useTranslation();
  const label = useLabel();
  if (severity === null || !(severity in severityColours)) return <span>{t('incidents.severity.none')}</span>;
  const colour = severityColours[severity as Severity];
  return (
    <Badge variant="filled" radius="sm" tt="none" data-severity={severity} style={{ backgroundColor: colour, color: readableTextColour(colour) }} styles={unclipped}>
      {`${severity} ${label(severityLabels[severity as Severity])}`}
    </Badge>
  );
}

/** "Betydande" and "Personuppgifter" markers: what starts the legal clocks. */
export function LegalFlags({ significant, personalData }: { significant: boolean; personalData: boolean }) {
  const { t } = useTranslation();
  if (!significant && !personalData) return null;
  return (
    <Group gap={4} component="span">
      {significant && (
        <Badge variant="outline" color="red.9" tt="none" styles={unclipped}>
          {t('incidents.flags.significant')}
        </Badge>
      )}
      {personalData && (
        <Badge variant="outline" color="violet.9" tt="none" styles={unclipped}>
          {t('incidents.flags.personalData')}
        </Badge>
      )}
    </Group>
  );
}
