import { Anchor, Group, Loader, Paper, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { coverageExportUrl, coverageQuery } from '../api/coverage';
import { CoverageHeadline } from '../components/coverage/CoverageHeadline';
import { CoverageStatesExplained } from '../components/coverage/CoverageStatesExplained';
import { CoverageTable } from '../components/coverage/CoverageTable';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';

/** How far classification has reached, per förvaltning down the org tree (DOMAIN §11's first KPI). */
export function CoveragePage() {
  const { t } = useTranslation();
  const coverage = useQuery(coverageQuery);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('coverage.title')} />
        <Anchor href={coverageExportUrl} download>
          {t('coverage.export')}
        </Anchor>
      </Group>
      <ProblemAlert error={coverage.error} />
      {coverage.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {coverage.data && (
        <>
          <Paper withBorder p="md">
            <CoverageHeadline rows={coverage.data} />
          </Paper>
          <CoverageStatesExplained />
          <CoverageTable rows={coverage.data} />
        </>
      )}
    </Stack>
  );
}
