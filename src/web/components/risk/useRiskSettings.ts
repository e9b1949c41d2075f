import { useQuery } from '@tanstack/react-query';
import { defaultRiskMatrix, type LevelBand, type RiskLevel, type RiskMatrix } from '../../../shared/risk/matrix';
import { riskSettingsQuery } from '../../api/risk';

/** The tenant's risk settings (GET /api/v1/risk-settings), cached for every risk page. */
export function useRiskSettings() {
  return useQuery(riskSettingsQuery);
}

/** The tenant's matrix, or the MSB default while it loads (or if it cannot be read). */
export function useRiskMatrix(): RiskMatrix {
  const { data } = useRiskSettings();
  return data?.matrix ?? defaultRiskMatrix;
}

/** The band of a level in `matrix`; a tenant matrix may skip levels, then the default band stands in. */
export function bandOfLevel(matrix: RiskMatrix, level: RiskLevel): LevelBand {
  return matrix.bands.find((band) => band.level === level) ?? defaultRiskMatrix.bands.find((band) => band.level === level)!;
}
