import { Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { incidentDeadlinesQuery } from '../api/incidentInsights';
import { DeadlineTable } from '../components/incidentDeadlines/DeadlineTable';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';

/** Incidentfrister: every legal report still to be made for the incidents in reach, with countdowns. */
export function IncidentDeadlinesPage() {
  const { t } = useTranslation();
  // Re-read now and then: a report submitted elsewhere leaves the list, a newly significant incident joins it.
  const deadlines = useQuery({ ...incidentDeadlinesQuery, refetchInterval: 60_000 });
  return (
    <Stack>
      <PageHeading title={t('incidentInsights.deadlines.title')} />
      <Text maw={760}>{t('incidentInsights.deadlines.intro')}</Text>
      {deadlines.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      <ProblemAlert error={deadlines.error} />
      {deadlines.data &&
        (deadlines.data.items.length === 0 ? <Text>{t('incidentInsights.deadlines.empty')}</Text> : <DeadlineTable items={deadlines.data.items} />)}
    </Stack>
  );
}
