import { Group, Loader, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { scanScopesQuery } from '../api/vulnerabilities';
import { useMe } from '../auth/useMe';
import { useLocale } from '../i18n';
import { formatDateTime } from '../i18n/dates';
import { AnchorLink, ButtonLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { TableHead } from '../components/TableHead';
import { canImportScans } from '../components/vulnerabilities/vulnerabilityAccess';
import { formatNumber } from '../components/vulnerabilities/vulnerabilityLabels';

/** Where the vulnerability work starts: the scopes with their open findings, and the ways on to findings and imports. */
export function VulnerabilitiesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useLocale();
  const scopes = useQuery(scanScopesQuery);
  const columns = ['scope', 'openFindings', 'lastScan'].map((key) => t(`vulnerabilities.overview.columns.${key}`));
  return (
    <>
      <PageHeading title={t('vulnerabilities.overview.title')} />
      <Text mb="md" maw={760}>
        {t('vulnerabilities.overview.intro')}
      </Text>
      <Group mb="xl">
        <ButtonLink to="/vulnerabilities/findings">{t('vulnerabilities.overview.findings')}</ButtonLink>
        <ButtonLink to="/vulnerabilities/scans" variant="default">
          {t(canImportScans(me) ? 'vulnerabilities.overview.importScan' : 'vulnerabilities.overview.imports')}
        </ButtonLink>
      </Group>
      <section aria-labelledby="vulnerability-scopes">
        <Title order={2} size="h3" id="vulnerability-scopes" mb="sm">
          {t('vulnerabilities.overview.scopesHeading')}
        </Title>
        <ProblemAlert error={scopes.error} />
        {scopes.isPending && <Loader role="status" aria-label={t('common.loading')} />}
        {scopes.data && scopes.data.items.length === 0 && <Text>{t('vulnerabilities.overview.empty')}</Text>}
        {scopes.data && scopes.data.items.length > 0 && (
          <Table striped aria-label={t('vulnerabilities.overview.scopesLabel')} maw={900}>
            <TableHead columns={columns} />
            <Table.Tbody>
              {scopes.data.items.map((scope) => (
                <Table.Tr key={scope.id}>
                  <Table.Td>
                    <AnchorLink to="/vulnerabilities/findings" search={{ scope: scope.id }}>
                      {scope.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <AnchorLink to="/vulnerabilities/findings" search={{ scope: scope.id, status: 'open' }} aria-label={t('vulnerabilities.overview.openFindingsIn', { scope: scope.name, count: scope.openFindings })}>
                      {formatNumber(scope.openFindings, locale, 0, 0)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    {scope.lastScanAt ? (
                      <AnchorLink to="/vulnerabilities/scans" search={{ scope: scope.id }}>
                        {formatDateTime(scope.lastScanAt, locale)}
                      </AnchorLink>
                    ) : (
                      '–'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </>
  );
}
