import type { Treatment } from '../../../shared/risk/analysis.js';
import { OutOfMatrixError, scoreRisk, type RiskMatrix } from '../../../shared/risk/matrix.js';
import { DomainError } from '../../http/domainError.js';

export interface RiskValues {
  likelihood: number;
  impact: number;
  treatment: Treatment | null;
  treatmentRationale: string | null;
  residualLikelihood: number | null;
  residualImpact: number | null;
}

/** Inherent and residual score and level of a risk, or a 422 naming what is wrong. */
export function scoreValues(matrix: RiskMatrix, values: RiskValues) {
  if (values.treatment && !values.treatmentRationale?.trim()) {
    throw new DomainError(422, 'treatment_rationale_required', 'A treatment needs a rationale', {}, [{ path: 'treatmentRationale', message: 'required with a treatment' }]);
  }
  if ((values.residualLikelihood === null) !== (values.residualImpact === null)) {
    const field = values.residualLikelihood === null ? 'residualLikelihood' : 'residualImpact';
    throw new DomainError(422, 'residual_incomplete', 'Residual likelihood and impact are given together', {}, [{ path: field, message: 'required with the other residual value' }]);
  }
  const inherent = scoreOrRefuse(matrix, values.likelihood, values.impact, '');
  const residual = values.residualLikelihood !== null && values.residualImpact !== null ? scoreOrRefuse(matrix, values.residualLikelihood, values.residualImpact, 'residual') : null;
  return { score: inherent.score, level: inherent.level, residualScore: residual?.score ?? null, residualLevel: residual?.level ?? null };
}

function scoreOrRefuse(matrix: RiskMatrix, likelihood: number, impact: number, prefix: '' | 'residual') {
  try {
    return scoreRisk(matrix, likelihood, impact);
  } catch (error) {
    if (!(error instanceof OutOfMatrixError)) throw error;
    const field = prefix ? `residual${error.field[0]!.toUpperCase()}${error.field.slice(1)}` : error.field;
    throw new DomainError(422, 'out_of_matrix', `${field} must be a whole number from 1 to ${error.max} on this matrix; got ${error.value}`, {}, [{ path: field, message: `must be 1-${error.max}` }]);
  }
}
