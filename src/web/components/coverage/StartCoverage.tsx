import { Loader, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { coverageQuery } from '../../api/coverage';
import { AnchorLink } from '../links';
import { ProblemAlert } from '../ProblemAlert';
import { CoverageHeadline } from './CoverageHeadline';

/** The start page's coverage headline, for people who read the register. */
export function StartCoverage() {
  const { t } = useTranslation();
  const coverage = useQuery(coverageQuery);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('coverage.startHeading')}
      </Title>
      <ProblemAlert error={coverage.error} />
      {coverage.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {coverage.data && <CoverageHeadline rows={coverage.data} size="lg" />}
      <Text mt="sm">
        <AnchorLink to="/coverage" fw={600}>
          {t('coverage.startLink')}
        </AnchorLink>
      </Text>
    </Paper>
  );
}
