import { Loader, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { riskHeatMapQuery, type RiskRegisterFilter } from '../../api/riskRegister';
import { ProblemAlert } from '../ProblemAlert';
import { RiskHeatMap } from './RiskHeatMap';

/** Inherent and residual heat maps of the filtered register, side by side on wide screens. */
export function RiskHeatMaps({ filter }: { filter: RiskRegisterFilter }) {
  const { t } = useTranslation();
  const heatMap = useQuery(riskHeatMapQuery(filter));
  if (heatMap.error) return <ProblemAlert error={heatMap.error} />;
  if (!heatMap.data) return <Loader role="status" aria-label={t('common.loading')} />;
  const { matrix, inherent, residual, total } = heatMap.data;
  const withResidual = residual.reduce((sum, cell) => sum + cell.count, 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" mb="xl">
      <RiskHeatMap title={t('riskRegister.heatMap.inherent')} matrix={matrix} counts={inherent} note={t('riskRegister.heatMap.inherentNote', { count: total })} />
      <RiskHeatMap
        title={t('riskRegister.heatMap.residual')}
        matrix={matrix}
        counts={residual}
        note={t('riskRegister.heatMap.residualNote', { count: total, residual: withResidual })}
      />
    </SimpleGrid>
  );
}
