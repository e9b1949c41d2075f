import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  escalationLevelLabels,
  incidentCauseLabels,
  msbCategoryLabels,
  reportChannelLabels,
  rsitClasses,
  significanceCriterionLabels,
  type EscalationLevel,
} from '../../../shared/incident/taxonomy';
import type { IncidentDetail } from '../../../shared/schemas/incident';
import { useLabel, useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { DescriptionList } from '../DescriptionList';

const dash = '–';

/** Who reported it, how, where and when: the times the legal clocks and the statistics count from. */
export function IncidentFacts({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : dash);
  const reporter = [incident.reporter?.name, incident.reporterContact].filter(Boolean).join(', ') || dash;
  const items = [
    { term: t('incidents.fields.description'), value: <Text style={{ whiteSpace: 'pre-wrap' }}>{incident.description}</Text> },
    { term: t('incidents.fields.reporter'), value: reporter },
    { term: t('incidents.fields.channel'), value: label(reportChannelLabels[incident.channel]) },
    { term: t('incidents.fields.orgUnit'), value: incident.orgUnit.name },
    { term: t('incidents.fields.assignee'), value: incident.assignee?.name ?? dash },
    { term: t('incidents.fields.escalationLevel'), value: `${incident.escalationLevel} ${label(escalationLevelLabels[incident.escalationLevel as EscalationLevel] ?? { sv: '', en: '' })}` },
    { term: t('incidents.fields.occurredAt'), value: when(incident.occurredAt) },
    { term: t('incidents.fields.detectedAt'), value: when(incident.detectedAt) },
    { term: t('incidents.fields.awareAt'), value: when(incident.awareAt) },
    { term: t('incidents.fields.reportedAt'), value: when(incident.reportedAt) },
    ...(incident.resolvedAt ? [{ term: t('incidents.fields.resolvedAt'), value: when(incident.resolvedAt) }] : []),
    ...(incident.closedAt ? [{ term: t('incidents.fields.closedAt'), value: when(incident.closedAt) }] : []),
  ];
  return <DescriptionList items={items} />;
}

/** The triage as read by those who may not change it (an assigned person, the data protection officer). */
export function TriageFacts({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const rsitClass = rsitClasses.find((candidate) => candidate.code === incident.rsitClass);
  const rsitType = rsitClass?.types.find((type) => type.code === incident.rsitType);
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const items = [
    { term: t('incidents.fields.rsitClass'), value: rsitClass ? label(rsitClass) : dash },
    { term: t('incidents.fields.rsitType'), value: rsitType ? label(rsitType) : dash },
    { term: t('incidents.fields.categories'), value: incident.categories.map((category) => label(msbCategoryLabels[category])).join(', ') || dash },
    { term: t('incidents.fields.cause'), value: incident.cause ? label(incidentCauseLabels[incident.cause]) : dash },
    { term: t('incidents.fields.aspects'), value: incident.aspects.join(', ') || dash },
    { term: t('incidents.fields.objects'), value: incident.objects.map((object) => object.name).join(', ') || dash },
    { term: t('incidents.fields.personalData'), value: yesNo(incident.personalData) },
    ...(incident.personalData
      ? [
          { term: t('incidents.fields.peopleAffected'), value: incident.peopleAffected ?? dash },
          { term: t('incidents.fields.recordsAffected'), value: incident.recordsAffected ?? dash },
        ]
      : []),
    { term: t('incidents.fields.significant'), value: yesNo(incident.significant) },
    ...(incident.significant
      ? [{ term: t('incidents.fields.significantCriteria'), value: incident.significantCriteria.map((criterion) => `${criterion}) ${label(significanceCriterionLabels[criterion])}`).join('; ') || dash }]
      : []),
    { term: t('incidents.fields.crimeSuspected'), value: yesNo(incident.crimeSuspected) + (incident.policeReportRef ? ` (${incident.policeReportRef})` : '') },
  ];
  return <DescriptionList items={items} />;
}
