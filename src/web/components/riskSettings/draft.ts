import { riskLevels, defaultRiskMatrix, matrixProblems, maxScaleSteps, minScaleSteps, type LevelBand, type RiskMatrix, type ScaleStep } from '../../../shared/risk/matrix';
import type { AcceptanceRules } from '../../../shared/risk/acceptance';
import type { RiskSettings, RiskSettingsUpdate } from '../../../shared/schemas/risk';

/** What the Riskmatris form edits; number inputs hold '' while empty. */
export interface RiskSettingsDraft {
  matrix: RiskMatrix;
  acceptanceRules: AcceptanceRules;
  analysisIntervalMonths: number | string;
  acceptanceReminderDays: number | string;
}

export type Scale = 'likelihood' | 'impact';

export const toDraft = (settings: RiskSettings): RiskSettingsDraft => ({
  matrix: settings.matrix,
  acceptanceRules: settings.acceptanceRules,
  analysisIntervalMonths: settings.analysisIntervalMonths,
  acceptanceReminderDays: settings.acceptanceReminderDays,
});

/** An empty input goes to the server as NaN → null, which the schema refuses by name. */
const numberOf = (value: number | string) => (value === '' ? Number.NaN : Number(value));

export const toUpdate = (draft: RiskSettingsDraft, version: number): RiskSettingsUpdate => ({
  version,
  matrix: draft.matrix,
  acceptanceRules: draft.acceptanceRules,
  analysisIntervalMonths: numberOf(draft.analysisIntervalMonths),
  acceptanceReminderDays: numberOf(draft.acceptanceReminderDays),
});

/** Deep equality regardless of key order (a matrix read back from jsonb has its keys reordered). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** A new top step: what the tenant fills in, with the default step's words where MSB has one. */
export function withStepAdded(matrix: RiskMatrix, scale: Scale, placeholder: string): RiskMatrix {
  if (matrix[scale].length >= maxScaleSteps) return matrix;
  const step: ScaleStep = { label: { sv: placeholder, en: placeholder }, description: { sv: '', en: '' } };
  return { ...matrix, [scale]: [...matrix[scale], step] };
}

/** Only the top step goes: removing one in the middle would shift what every higher step means. */
export function withTopStepRemoved(matrix: RiskMatrix, scale: Scale): RiskMatrix {
  if (matrix[scale].length <= minScaleSteps) return matrix;
  return { ...matrix, [scale]: matrix[scale].slice(0, -1) };
}

/** The next level above the highest band, starting one above it (capped at the top score); null when extreme is already there. */
export function nextBand(matrix: RiskMatrix): LevelBand | null {
  const top = matrix.bands.at(-1);
  const level = riskLevels[top ? riskLevels.indexOf(top.level) + 1 : 0];
  if (!level) return null;
  const template = defaultRiskMatrix.bands.find((band) => band.level === level)!;
  const maxScore = matrix.likelihood.length * matrix.impact.length;
  return { ...template, from: Math.min(Number(top?.from ?? 0) + 1, maxScore) };
}

/**
 * A translated message per field path (`matrix.bands.2.from`) for matrixProblems' findings, from
 * the same pure function the server runs. `message` is its English text, telling the cases apart.
 */
export function translateMatrixProblem(path: string, message: string, matrix: RiskMatrix, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (path === 'likelihood' || path === 'impact') {
    const inUse = /^(\d+) risk\(s\) that are not closed use \w+ (\d+)$/.exec(message);
    if (inUse) return t('riskSettings.problems.stepInUse', { count: Number(inUse[1]), step: Number(inUse[2]) });
    return t('riskSettings.problems.steps', { min: minScaleSteps, max: maxScaleSteps });
  }
  if (path === 'bands') return t('riskSettings.problems.bandCount');
  const band = /^bands\.(\d+)\.(level|from)$/.exec(path);
  if (band?.[2] === 'level') return t('riskSettings.problems.levelOrder');
  if (band) {
    if (message.startsWith('the lowest band')) return t('riskSettings.problems.firstFrom');
    if (message.includes('above the highest score')) return t('riskSettings.problems.fromAboveMax', { max: matrix.likelihood.length * matrix.impact.length });
    return t('riskSettings.problems.fromRises', { below: matrix.bands[Number(band[1]) - 1]?.from });
  }
  return message;
}

/** matrixProblems of the draft as `{ 'matrix.bands.2.from': message }`, the first per field. */
export function matrixFieldProblems(matrix: RiskMatrix, t: (key: string, options?: Record<string, unknown>) => string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const problem of matrixProblems(matrix)) {
    const split = problem.indexOf(': ');
    const path = problem.slice(0, split);
    found[`matrix.${path}`] ??= translateMatrixProblem(path, problem.slice(split + 2), matrix, t);
  }
  return found;
}

/** The server's field errors (`body.matrix.bands.0.colour` from validation, `matrix.likelihood` from the service) keyed like the form's. */
export function serverFieldErrors(errors: Array<{ path: string; message: string }>, matrix: RiskMatrix, t: (key: string, options?: Record<string, unknown>) => string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const error of errors) {
    const path = error.path.replace(/^body\./, '');
    const inMatrix = path.startsWith('matrix.') ? path.slice('matrix.'.length) : null;
    found[path] ??= inMatrix === null ? error.message : translateMatrixProblem(inMatrix, error.message, matrix, t);
  }
  return found;
}
