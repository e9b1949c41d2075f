import { Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { treatmentLabels } from '../../../shared/risk/analysis';
import type { Risk } from '../../api/riskRegister';
import { useLabel } from '../../i18n';
import { AnchorLink } from '../links';
import { PagedListTable } from '../register/PagedListTable';
import { RiskLevelBadge } from '../risk/RiskLevelBadge';
import { RiskStatusBadge } from '../risk/StatusBadges';

const columns = ['title', 'analysis', 'object', 'orgUnit', 'riskOwner', 'score', 'treatment', 'residual', 'status', 'overdueActions'] as const;

/** One page of the register: each risk with its analysis, owner, score, treatment, residual level and follow-up. */
export function RiskRegisterTable({ query, page, onPage }: { query: UseQueryResult<{ items: Risk[]; total: number }>; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <PagedListTable
      query={query}
      minWidth={1300}
      label={t('riskRegister.tableLabel')}
      columns={columns.map((column) => t(`riskRegister.columns.${column}`))}
      emptyText={t('riskRegister.empty')}
      page={page}
      onPage={onPage}
      row={(risk) => <RiskRow key={risk.id} risk={risk} />}
    />
  );
}

function RiskRow({ risk }: { risk: Risk }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Table.Tr>
      <Table.Td>
        <AnchorLink to="/risks/$riskId" params={{ riskId: risk.id }}>
          {risk.title}
        </AnchorLink>
      </Table.Td>
      <Table.Td>
        <AnchorLink to="/risk-analyses/$analysisId" params={{ analysisId: risk.analysisId }}>
          {risk.analysisTitle}
        </AnchorLink>
      </Table.Td>
      <Table.Td>{risk.objectName ?? '–'}</Table.Td>
      <Table.Td>{risk.orgUnitName}</Table.Td>
      <Table.Td>{risk.riskOwner?.name ?? '–'}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <RiskLevelBadge level={risk.level} score={risk.score} />
        {/* Short on screen; the full words for screen readers. */}
        <Text size="xs" component="div" aria-hidden>
          {risk.likelihood} × {risk.impact}
        </Text>
        <span className="varn-visually-hidden">{t('riskRegister.scoreLine', { likelihood: risk.likelihood, impact: risk.impact })}</span>
      </Table.Td>
      <Table.Td>{risk.treatment ? label(treatmentLabels[risk.treatment]) : t('riskRegister.noTreatmentShort')}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <RiskLevelBadge level={risk.residualLevel} score={risk.residualScore} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <RiskStatusBadge status={risk.status} />
        {risk.acceptanceExpired && (
          <Text size="xs" fw={700} c="red.9" component="div">
            {t('riskRegister.acceptanceExpired')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {risk.overdueActions > 0 ? (
          <Text span fw={700} c="red.9">
            {risk.overdueActions}
          </Text>
        ) : (
          0
        )}
      </Table.Td>
    </Table.Tr>
  );
}
