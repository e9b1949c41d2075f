import { aspects, type Aspect } from './aspects.js';
import { aspectsBelow, type Profile } from './profile.js';

/**
 * The states the public API shows for a classification (DOMAIN §4): Utkast, Granskas,
 * Fastställd and Inaktuell (an approved one past its validity).
 */
export const classificationStatuses = ['draft', 'in_review', 'approved', 'expired'] as const;
export type ClassificationStatus = (typeof classificationStatuses)[number];

/** What is stored: `superseded` is an approved one replaced by a newer approval; `referred` went to the säkerhetsskyddschef. */
export const storedClassificationStatuses = ['draft', 'in_review', 'approved', 'superseded', 'referred'] as const;
export type StoredClassificationStatus = (typeof storedClassificationStatuses)[number];

export const classificationStatusLabels: Record<ClassificationStatus | 'referred' | 'superseded', { sv: string; en: string }> = {
  draft: { sv: 'Utkast', en: 'Draft' },
  in_review: { sv: 'Granskas', en: 'In review' },
  approved: { sv: 'Fastställd', en: 'Approved' },
  expired: { sv: 'Inaktuell', en: 'Expired' },
  referred: { sv: 'Hänvisad till säkerhetsskyddschefen', en: 'Referred to the protective-security officer' },
  superseded: { sv: 'Ersatt', en: 'Superseded' },
};

/** The status a person sees: an approved classification past its validity is Inaktuell. */
export function visibleStatus(stored: StoredClassificationStatus, validUntil: string | null, now: Date): ClassificationStatus {
  if (stored === 'approved' || stored === 'superseded') return validUntil !== null && new Date(validUntil) < now ? 'expired' : 'approved';
  if (stored === 'referred') return 'in_review';
  return stored;
}

/** Approved at `approvedAt`, valid for `months` calendar months (the tenant's setting, 12 by default). */
export function validUntil(approvedAt: Date, months: number): Date {
  const result = new Date(approvedAt);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  // 31 January + 1 month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * Lowering below the organisation-wide type needs the CISO's approval; raising is free.
 * Returns the aspects that are lowered (empty when none, or when there is no type).
 */
export function loweredAspects(levels: Profile, typeProfile: Profile | null): Aspect[] {
  return typeProfile ? aspectsBelow(levels, typeProfile) : [];
}

/** Level 4 on any aspect, or a "may involve national security" answer, stops the flow. */
export function needsProtectiveSecurity(levels: Profile, mayInvolveNationalSecurity: boolean): boolean {
  return mayInvolveNationalSecurity || aspects.some((aspect) => levels[aspect] === 4);
}
