/**
 * The tenant's risk matrix (DOMAIN §5): likelihood and impact scales of 3-6 steps, and the
 * level bands a score (likelihood × impact) falls into. Scoring is a pure function so the
 * server, the browser and the tests agree on every cell.
 */
export const riskLevels = ['low', 'medium', 'high', 'extreme'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export interface Bilingual {
  sv: string;
  en: string;
}

export interface ScaleStep {
  label: Bilingual;
  /** What the step means, e.g. "several times a year". */
  description: Bilingual;
}

export interface LevelBand {
  level: RiskLevel;
  /** The lowest score in the band; the band runs up to the next band's `from` − 1. */
  from: number;
  label: Bilingual;
  /** #rrggbb, used in heat maps and badges. */
  colour: string;
}

export interface RiskMatrix {
  likelihood: ScaleStep[];
  impact: ScaleStep[];
  bands: LevelBand[];
}

export const minScaleSteps = 3;
export const maxScaleSteps = 6;

const step = (sv: string, en: string, descriptionSv: string, descriptionEn: string): ScaleStep => ({
  label: { sv, en },
  description: { sv: descriptionSv, en: descriptionEn },
});

/** MSB's example 4×4 matrix: low 1-2, medium 3-6, high 8-12, extreme 16. */
export const defaultRiskMatrix: RiskMatrix = {
  likelihood: [
    step('Låg', 'Low', 'Mer sällan än en gång på tio år', 'Less than once in ten years'),
    step('Medel', 'Medium', 'En gång på tre till tio år', 'Once every three to ten years'),
    step('Hög', 'High', 'En gång per år till en gång på tre år', 'Yearly to once every three years'),
    step('Mycket hög', 'Very high', 'Flera gånger per år', 'Several times a year'),
  ],
  impact: [
    step('Försumbar', 'Negligible', 'Märks knappt i verksamheten', 'Hardly noticed by the organisation'),
    step('Måttlig', 'Moderate', 'Begränsad skada som repareras inom verksamheten', 'Limited harm, repaired within the organisation'),
    step('Betydande', 'Significant', 'Skada för enskilda, ekonomi eller förtroende', 'Harm to individuals, finances or trust'),
    step('Allvarlig', 'Serious', 'Allvarlig skada för liv, hälsa, ekonomi eller samhällsviktig verksamhet', 'Serious harm to life, health, finances or vital services'),
  ],
  bands: [
    { level: 'low', from: 1, label: { sv: 'Låg', en: 'Low' }, colour: '#2f9e44' },
    { level: 'medium', from: 3, label: { sv: 'Medelhög', en: 'Medium' }, colour: '#f2c94c' },
    { level: 'high', from: 8, label: { sv: 'Hög', en: 'High' }, colour: '#f08c00' },
    { level: 'extreme', from: 16, label: { sv: 'Extremt hög', en: 'Extreme' }, colour: '#c92a2a' },
  ],
};

export interface RiskScore {
  score: number;
  level: RiskLevel;
}

export class OutOfMatrixError extends Error {
  constructor(
    readonly field: 'likelihood' | 'impact',
    readonly value: number,
    readonly max: number,
  ) {
    super(`${field} must be a whole number from 1 to ${max}; got ${value}`);
  }
}

/** The band a score falls into: the last band whose `from` it reaches. */
export function levelOfScore(matrix: RiskMatrix, score: number): LevelBand {
  let found = matrix.bands[0]!;
  for (const band of matrix.bands) if (score >= band.from) found = band;
  return found;
}

/** Score and level of one cell; refuses values outside the matrix. */
export function scoreRisk(matrix: RiskMatrix, likelihood: number, impact: number): RiskScore {
  for (const [field, value, max] of [
    ['likelihood', likelihood, matrix.likelihood.length],
    ['impact', impact, matrix.impact.length],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > max) throw new OutOfMatrixError(field, value, max);
  }
  const score = likelihood * impact;
  return { score, level: levelOfScore(matrix, score).level };
}

/** What is wrong with a matrix a tenant wants to save, as `path: message` lines (empty when valid). */
export function matrixProblems(matrix: RiskMatrix): string[] {
  const problems: string[] = [];
  for (const scale of ['likelihood', 'impact'] as const) {
    const steps = matrix[scale].length;
    if (steps < minScaleSteps || steps > maxScaleSteps) problems.push(`${scale}: needs ${minScaleSteps}-${maxScaleSteps} steps, has ${steps}`);
  }
  const maxScore = matrix.likelihood.length * matrix.impact.length;
  const bands = matrix.bands;
  if (bands.length < 2) problems.push('bands: needs at least two level bands');
  if (bands[0] && bands[0].from !== 1) problems.push('bands.0.from: the lowest band must start at score 1');
  bands.forEach((band, index) => {
    const previous = bands[index - 1];
    if (previous && riskLevels.indexOf(band.level) <= riskLevels.indexOf(previous.level)) {
      problems.push(`bands.${index}.level: levels must rise from low to extreme, each at most once`);
    }
    if (previous && band.from <= previous.from) problems.push(`bands.${index}.from: must be higher than the band below (${previous.from})`);
    if (band.from > maxScore) problems.push(`bands.${index}.from: ${band.from} is above the highest score ${maxScore}`);
  });
  return problems;
}

/** Every cell of the matrix, likelihood-major, for heat maps and the settings preview. */
export function matrixCells(matrix: RiskMatrix): Array<{ likelihood: number; impact: number } & RiskScore> {
  return matrix.likelihood.flatMap((_, l) => matrix.impact.map((__, i) => ({ likelihood: l + 1, impact: i + 1, ...scoreRisk(matrix, l + 1, i + 1) })));
}
