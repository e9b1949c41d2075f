import { Alert, Loader, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { findingSeverities } from '../../../shared/schemas/vulnerability';
import type { ScanDetail } from '../../api/vulnerabilities';
import { DescriptionList } from '../DescriptionList';
import { ButtonLink } from '../links';
import { TableHead } from '../TableHead';
import { FindingSeverityBadge } from './VulnerabilityBadges';
import { useLocale } from '../../i18n';
import { formatNumber, percentOf } from './vulnerabilityLabels';

/** What the person waits for or gets: the share read, the numbers, or why it failed. */
export function ScanOutcome({ scan }: { scan: ScanDetail }) {
  if (scan.status === 'failed') return <ScanFailure scan={scan} />;
  if (scan.status === 'done') return <ScanResult scan={scan} />;
  return <ScanProgress scan={scan} />;
}

function ScanProgress({ scan }: { scan: ScanDetail }) {
  const { t } = useTranslation();
  const percent = percentOf(scan.progress);
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text role="status">
          <Loader size="xs" mr="xs" aria-hidden />
          {t(scan.status === 'queued' ? 'vulnerabilities.scan.queued' : 'vulnerabilities.scan.running')}
        </Text>
        <Progress value={percent} size="lg" aria-label={t('vulnerabilities.scan.progress')} animated={scan.status === 'running'} />
        <Text size="sm">{t('vulnerabilities.scan.progressText', { percent })}</Text>
      </Stack>
    </Paper>
  );
}

function ScanFailure({ scan }: { scan: ScanDetail }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('vulnerabilities.scan.failed')} role="alert">
      <Stack gap="xs">
        {scan.error && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="scan-error">
            {scan.error}
          </Text>
        )}
        <Text size="sm">{t('vulnerabilities.scan.nothingKept')}</Text>
      </Stack>
    </Alert>
  );
}

function ScanResult({ scan }: { scan: ScanDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const count = (key: string, value: number) => ({ term: t(`vulnerabilities.scan.${key}`), value: formatNumber(value, locale, 0, 0) });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="scan-result">
      <Title order={2} size="h3" id="scan-result" mb="sm">
        {t('vulnerabilities.scan.resultHeading')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <section aria-labelledby="scan-report">
          <Title order={3} size="h4" id="scan-report" mb="xs">
            {t('vulnerabilities.scan.reportHeading')}
          </Title>
          <DescriptionList items={[count('assets', scan.assets), count('total', scan.findings.total)]} />
        </section>
        <section aria-labelledby="scan-effect">
          <Title order={3} size="h4" id="scan-effect" mb="xs">
            {t('vulnerabilities.scan.effectHeading')}
          </Title>
          <DescriptionList
            items={[count('new', scan.findings.new), count('reopened', scan.findings.reopened), count('unchanged', scan.findings.unchanged), count('closed', scan.findings.closed)]}
          />
        </section>
        <Table aria-label={t('vulnerabilities.scan.severitiesLabel')} withTableBorder>
          <TableHead columns={[t('vulnerabilities.scan.severity'), t('vulnerabilities.scan.count')]} />
          <Table.Tbody>
            {findingSeverities.map((severity) => (
              <Table.Tr key={severity}>
                <Table.Td>
                  <FindingSeverityBadge severity={severity} />
                </Table.Td>
                <Table.Td>{formatNumber(scan.severities[severity], locale, 0, 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
      <ButtonLink mt="md" variant="light" to="/vulnerabilities/findings" search={{ scope: scan.scope.id }}>
        {t('vulnerabilities.scan.showFindings', { scope: scan.scope.name })}
      </ButtonLink>
    </Paper>
  );
}
