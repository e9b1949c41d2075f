import { Alert, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { auditChainQuery } from '../../api/audit';
import { useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { ProblemAlert } from '../ProblemAlert';

/**
 * Lets an auditor check, on demand, that no event has been edited or removed: the server
 * recomputes every hash in the organisation's chain and says where it first breaks.
 */
export function AuditChainCheck() {
  const { t } = useTranslation();
  const locale = useLocale();
  const check = useQuery({ ...auditChainQuery, enabled: false });
  const report = check.data;

  return (
    <Group align="flex-start" mb="md" gap="md">
      <Button variant="default" onClick={() => void check.refetch()} loading={check.isFetching}>
        {t('audit.chain.check')}
      </Button>
      <div role="status" aria-live="polite" style={{ flex: 1 }}>
        <ProblemAlert error={check.error} />
        {report && !check.isFetching && (
          <Alert color={report.intact ? 'green' : 'red'} title={report.intact ? t('audit.chain.intactTitle') : t('audit.chain.brokenTitle')}>
            <Text size="sm">
              {report.intact
                ? t('audit.chain.intact', { count: report.events, at: formatDateTime(report.checkedAt, locale) })
                : t(`audit.chain.broken.${report.firstBreak!.reason}`, { id: report.firstBreak!.id, position: report.firstBreak!.chainIndex })}
            </Text>
          </Alert>
        )}
      </div>
    </Group>
  );
}
