import type { Locale } from '../../../shared/locales.js';
import {
  findRsitType,
  incidentCauseLabels,
  msbCategoryLabels,
  rsitClassOfType,
  findRsitClass,
  severityLabels,
  type IncidentCause,
  type MsbCategory,
  type RsitTypeCode,
  type Severity,
} from '../../../shared/incident/taxonomy.js';
import type { statsGroupings } from '../../../shared/schemas/incident.js';

export type Grouping = (typeof statsGroupings)[number];

/** The key of incidents that have no value yet (untriaged, or not classified on this axis). */
export const noneKey = 'none';
const noneLabel = { sv: 'Ej bedömd', en: 'Not assessed' };

/** "Bedrägeri: Nätfiske": the RSIT class names the type, as the taxonomy shows it. */
function typeLabel(code: string, locale: Locale): string | undefined {
  const classCode = rsitClassOfType[code as RsitTypeCode];
  const rsitClass = classCode ? findRsitClass(classCode) : undefined;
  const type = classCode ? findRsitType(classCode, code) : undefined;
  return rsitClass && type ? `${rsitClass[locale]}: ${type[locale]}` : undefined;
}

/**
 * The label of a key in the caller's language. Förvaltningar are named by the query (their
 * unit names); a code the taxonomy does not know keeps the code as its label.
 */
export function labelOf(grouping: Grouping, key: string, locale: Locale, unitName?: string): string {
  if (key === noneKey) return noneLabel[locale];
  switch (grouping) {
    case 'type':
      return typeLabel(key, locale) ?? key;
    case 'category':
      return msbCategoryLabels[key as MsbCategory]?.[locale] ?? key;
    case 'cause':
      return incidentCauseLabels[key as IncidentCause]?.[locale] ?? key;
    case 'severity':
      return severityLabels[Number(key) as Severity]?.[locale] ?? key;
    case 'orgUnit':
      return unitName ?? key;
  }
}

/** Severity in its own order (1 Låg … 4 Kritisk); the other groupings largest first; "none" always last. */
export function compareKeys(grouping: Grouping, a: { key: string; label: string; count: number }, b: { key: string; label: string; count: number }): number {
  if ((a.key === noneKey) !== (b.key === noneKey)) return a.key === noneKey ? 1 : -1;
  if (grouping === 'severity') return Number(a.key) - Number(b.key);
  return b.count - a.count || a.label.localeCompare(b.label, 'sv');
}
