import { Grid, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StatsTimes } from '../../../shared/schemas/incident';
import { incidentStatsTimesQuery, type StatsRange } from '../../api/incidentInsights';
import { useLocale } from '../../i18n';
import { ProblemAlert } from '../ProblemAlert';

const measures = ['detect', 'resolve', 'close'] as const;
const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/** Median and p90 hours to detect, resolve and close, and the share of legal reports made on time. */
export function StatsKeyFigures({ range }: { range: StatsRange }) {
  const { t } = useTranslation();
  const times = useQuery(incidentStatsTimesQuery(range));
  return (
    <section aria-labelledby="incident-stats-key-figures">
      <Title order={2} size="h3" id="incident-stats-key-figures" mb="xs">
        {t('incidentInsights.stats.keyFigures')}
      </Title>
      <ProblemAlert error={times.error} />
      {times.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {times.data && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Paper withBorder p="md">
              <TimesTable times={times.data} />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <LegalReportsOnTime legal={times.data.legalReports} />
          </Grid.Col>
        </Grid>
      )}
    </section>
  );
}

function TimesTable({ times }: { times: StatsTimes }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const hours = (value: number | null) =>
    value === null ? t('incidentInsights.stats.none') : t('incidentInsights.stats.hours', { value: new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 }).format(value) });
  return (
    <Table>
      <Table.Caption>{t('incidentInsights.stats.keyFiguresTable')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('incidentInsights.stats.measure')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('incidentInsights.stats.median')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('incidentInsights.stats.p90')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('incidentInsights.stats.basis')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {measures.map((measure) => (
          <Table.Tr key={measure}>
            <Table.Th scope="row" fw={400}>
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {t(`incidentInsights.stats.times.${measure}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`incidentInsights.stats.timesHelp.${measure}`)}
                </Text>
              </Stack>
            </Table.Th>
            <Table.Td ta="right" style={tabular}>
              {hours(times[measure].medianHours)}
            </Table.Td>
            <Table.Td ta="right" style={tabular}>
              {hours(times[measure].p90Hours)}
            </Table.Td>
            <Table.Td ta="right" style={tabular}>
              {t('incidentInsights.stats.incidents', { count: times[measure].count })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function LegalReportsOnTime({ legal }: { legal: StatsTimes['legalReports'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby="incident-stats-legal">
      <Text id="incident-stats-legal" fw={600} component="figcaption">
        {t('incidentInsights.stats.legalReports')}
      </Text>
      {legal.due === 0 || legal.share === null ? (
        <Text size="sm" mt="xs">
          {t('incidentInsights.stats.legalNone')}
        </Text>
      ) : (
        <Group align="baseline" gap="sm" mt="xs">
          <Text fz={36} fw={700} lh={1} style={tabular}>
            {t('incidentInsights.stats.legalShare', { percent: Math.round(legal.share * 100) })}
          </Text>
          <Text size="sm">{t('incidentInsights.stats.legalDetail', { onTime: legal.onTime, count: legal.due, late: legal.late })}</Text>
        </Group>
      )}
    </Paper>
  );
}
