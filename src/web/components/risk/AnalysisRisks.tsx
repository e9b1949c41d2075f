import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { treatmentLabels } from '../../../shared/risk/analysis';
import { threatOriginLabels } from '../../../shared/risk/threatOrigins';
import type { RiskAnalysisDetail } from '../../api/risk';
import { useLabel } from '../../i18n';
import { AnchorLink } from '../links';
import { TableHead } from '../TableHead';
import { RiskFormModal } from './RiskFormModal';
import { RiskLevelBadge } from './RiskLevelBadge';
import { RiskStatusBadge } from './StatusBadges';

const columns = ['title', 'origin', 'aspects', 'score', 'level', 'treatment', 'residual', 'status'] as const;

/** The analysis's risks, highest score first, and "Lägg till risk" for those who may. */
export function AnalysisRisks({ analysis }: { analysis: RiskAnalysisDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [adding, setAdding] = useState(false);
  const risks = [...analysis.risks].sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
  return (
    <Stack component="section" aria-labelledby="analysis-risks-heading" gap="xs">
      <Group justify="space-between">
        <Title order={2} id="analysis-risks-heading">
          {t('risk.analysis.risks.heading')}
        </Title>
        {analysis.capabilities.manage && <Button onClick={() => setAdding(true)}>{t('risk.riskForm.addButton')}</Button>}
      </Group>
      {risks.length === 0 ? (
        <Text>{t('risk.analysis.risks.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped highlightOnHover aria-label={t('risk.analysis.risks.tableLabel')}>
            <TableHead columns={columns.map((column) => t(`risk.analysis.risks.columns.${column}`))} />
            <Table.Tbody>
              {risks.map((risk) => (
                <Table.Tr key={risk.id}>
                  <Table.Td>
                    <AnchorLink to="/risks/$riskId" params={{ riskId: risk.id }}>
                      {risk.title}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{label(threatOriginLabels[risk.threatOrigin])}</Table.Td>
                  <Table.Td>{risk.aspects.join(', ') || '–'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {t('risk.scoreLine', { likelihood: risk.likelihood, impact: risk.impact, score: risk.score })}
                  </Table.Td>
                  <Table.Td>
                    <RiskLevelBadge level={risk.level} />
                  </Table.Td>
                  <Table.Td>{risk.treatment ? label(treatmentLabels[risk.treatment]) : '–'}</Table.Td>
                  <Table.Td>
                    <RiskLevelBadge level={risk.residualLevel} />
                  </Table.Td>
                  <Table.Td>
                    <RiskStatusBadge status={risk.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RiskFormModal analysisId={analysis.id} opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
