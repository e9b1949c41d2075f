import { requirementAreaLabels } from '../../../shared/actions';
import type { Locale } from '../../../shared/locales';

/** A tenant's area as shown: the known areas have names in both languages, others show as written. */
export function areaLabel(area: string, locale: Locale): string {
  return requirementAreaLabels[area]?.[locale] ?? area;
}

/** The requirement's title in the reader's language, Swedish when there is no English one. */
export function requirementTitle(requirement: { titleSv: string; titleEn: string | null }, locale: Locale): string {
  return locale === 'en' && requirement.titleEn ? requirement.titleEn : requirement.titleSv;
}
