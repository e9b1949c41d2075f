/**
 * Värn's severity rules (../shared/corpus/README.md): the CVSS v3 base score banded when the
 * report gives one (scores above 10 are tenths: 75 means 7.5), else the scanner's own rating;
 * Trivy's own severity always wins; UNKNOWN maps to info.
 */
import type { FindingSeverity } from './parsers/types.js';

/** 0 info, 0.1–3.9 low, 4–6.9 medium, 7–8.9 high, 9–10 critical. */
export function bandScore(score: number): FindingSeverity {
  if (score <= 0) return 'info';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}

/**
 * A score as the report wrote it, or undefined when there is none. Some exports write 7.5 as
 * 75: anything above 10 (and at most 100) is read as tenths. Negative and absurd values are
 * not scores.
 */
export function parseScore(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = typeof value === 'number' ? String(value) : String(value).trim().replace(',', '.');
  if (text === '') return undefined;
  const number = Number(text);
  if (!Number.isFinite(number) || number < 0 || number > 100) return undefined;
  const score = number > 10 ? number / 10 : number;
  return Math.round(score * 10) / 10;
}

const ratings: Record<string, FindingSeverity> = {
  critical: 'critical',
  urgent: 'critical',
  high: 'high',
  serious: 'high',
  important: 'high',
  medium: 'medium',
  moderate: 'medium',
  low: 'low',
  minor: 'low',
  info: 'info',
  informational: 'info',
  information: 'info',
  none: 'info',
  log: 'info',
  debug: 'info',
  unknown: 'info',
  negligible: 'info',
  'false positive': 'info',
};

/** A scanner's word for severity ("High", "CRITICAL", "None", "Log"…), or undefined if it is not one. */
export function ratingSeverity(value: unknown): FindingSeverity | undefined {
  if (typeof value !== 'string') return undefined;
  return ratings[value.trim().toLowerCase()];
}

/** The first of: banded CVSS v3, the scanner's rating, a fallback (e.g. a banded v2 score), info. */
export function chooseSeverity(cvss3: number | undefined, rating: FindingSeverity | undefined, fallback?: FindingSeverity): FindingSeverity {
  if (cvss3 !== undefined) return bandScore(cvss3);
  return rating ?? fallback ?? 'info';
}

/** EPSS as a probability 0–1; some exports write a percentage. */
export function parseEpss(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : String(value ?? '').trim().replace('%', '');
  const number = Number(text);
  if (text === '' || !Number.isFinite(number) || number < 0 || number > 100) return undefined;
  return number > 1 ? number / 100 : number;
}
