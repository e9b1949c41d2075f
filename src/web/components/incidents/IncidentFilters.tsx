import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { incidentStatuses, incidentStatusLabels, severities, severityLabels, type IncidentStatus } from '../../../shared/incident/taxonomy';
import { useLabel } from '../../i18n';
import { OrgUnitSelect } from '../OrgUnitSelect';
import type { IncidentListSearch, useIncidentListSearch } from './useIncidentListSearch';

/** Yes / no / either, for the two legal flags. */
function flagValue(value: boolean | undefined): string | null {
  return value === undefined ? null : String(value);
}

export function IncidentFilters({ search, list }: { search: IncidentListSearch; list: ReturnType<typeof useIncidentListSearch> }) {
  const { t } = useTranslation();
  const label = useLabel();
  const yesNo = [
    { value: 'true', label: t('common.yes') },
    { value: 'false', label: t('common.no') },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="md" role="search" aria-label={t('incidents.list.filters')}>
      <TextInput type="search" label={t('incidents.list.search')} value={list.text} onChange={(event) => list.changeText(event.currentTarget.value)} />
      <Select
        label={t('incidents.fields.status')}
        clearable
        value={search.status ?? null}
        onChange={(value) => list.update({ status: (value as IncidentStatus | null) ?? undefined })}
        data={incidentStatuses.map((status) => ({ value: status, label: label(incidentStatusLabels[status]) }))}
      />
      <Select
        label={t('incidents.fields.severity')}
        clearable
        value={search.severity ? String(search.severity) : null}
        onChange={(value) => list.update({ severity: value ? Number(value) : undefined })}
        data={severities.map((severity) => ({ value: String(severity), label: `${severity} ${label(severityLabels[severity])}` }))}
      />
      <OrgUnitSelect label={t('incidents.list.unitFilter')} clearable includeClosed value={search.unit ?? null} onChange={(id) => list.update({ unit: id ?? undefined })} />
      <Select
        label={t('incidents.fields.significant')}
        clearable
        value={flagValue(search.significant)}
        onChange={(value) => list.update({ significant: value === null ? undefined : value === 'true' })}
        data={yesNo}
      />
      <Select
        label={t('incidents.fields.personalData')}
        clearable
        value={flagValue(search.personal)}
        onChange={(value) => list.update({ personal: value === null ? undefined : value === 'true' })}
        data={yesNo}
      />
    </SimpleGrid>
  );
}
