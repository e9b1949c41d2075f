import { DateTime } from 'luxon';
import type { z } from 'zod';
import { hasAnywhere } from '../../../shared/access.js';
import { stockholmZone } from '../../../shared/incident/deadlines.js';
import type { ReportChannel } from '../../../shared/incident/taxonomy.js';
import type { incidentCreate } from '../../../shared/schemas/incident.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { DomainError, forbidden } from '../../http/domainError.js';
import { syncDeadlines } from '../incidentDeadlines/sync.js';
import { notify } from '../notifications/service.js';
import { recordIncidentEvent } from './events.js';
import { findPersonOfTenant, findUnit, incidentHandlersOver, incidentNumber, insertIncident, nextSerial, rootUnitId, unknownIds, type IncidentRow } from './queries.js';

/** A report from any channel: the web form, the incident roles registering a call, or the public link. */
export interface ReportedIncidentInput {
  title: string;
  description: string;
  /** Starts the legal clocks; defaults to now. */
  awareAt?: string;
  occurredAt?: string;
  detectedAt?: string;
  personalData?: boolean;
  significant?: boolean;
  /** Where it happened; defaults to the reporter's own unit, else (public link) the top of the organisation. */
  orgUnitId?: string;
  objectIds?: string[];
  channel: ReportChannel;
  /** Null for a report through the public link. */
  reporterId: string | null;
  reporterContact?: string | null;
}

export const unprocessable = (field: string, code: string, message: string) => new DomainError(422, code, message, {}, [{ path: field, message }]);

/** The year an incident is numbered in: when it was reported, on the Stockholm calendar. */
export const stockholmYear = (at: Date = new Date()) => DateTime.fromJSDate(at).setZone(stockholmZone).year;

const freeText = ['title', 'description', 'reporterContact', 'significantExplanation', 'policeReportRef', 'gdprWaivedReason', 'rootCause', 'lessonsLearned'] as const;

/**
 * What the audit trail keeps of an incident: every structured field, but no free text, which
 * may hold personal data and would otherwise reach everyone who reads the audit log.
 * `changed` names every field that changed, free text included.
 */
export function incidentAuditView(row: IncidentRow, before?: IncidentRow) {
  const view: Record<string, unknown> = { ...row, number: incidentNumber(row) };
  for (const field of freeText) delete view[field];
  delete view.tenantId;
  if (!before) return view;
  const changed = (Object.keys(row) as Array<keyof IncidentRow>).filter((key) => !['version', 'updatedAt'].includes(key) && JSON.stringify(row[key]) !== JSON.stringify(before[key]));
  return { ...view, changed };
}

/**
 * Registers a new incident: numbered per tenant and year, on the timeline as reported, audited,
 * and the people who handle incidents in its unit are told. Called by the web form route and
 * by the public report link; access has been decided by the caller.
 */
export async function createReportedIncident(ctx: TenantContext, input: ReportedIncidentInput): Promise<{ id: string; number: string }> {
  const reporter = input.reporterId ? await findPersonOfTenant(ctx, input.reporterId) : null;
  if (input.reporterId && !reporter) throw unprocessable('reporterId', 'reference_not_found', 'The reporter is not a person of this organisation');
  const orgUnitId = input.orgUnitId ?? reporter?.orgUnitId ?? (await rootUnitId(ctx));
  const unit = await findUnit(ctx, orgUnitId);
  if (!unit) throw unprocessable('orgUnitId', 'reference_not_found', 'The org unit in orgUnitId does not exist');
  const objectIds = [...new Set(input.objectIds ?? [])];
  const missing = await unknownIds(ctx, 'objects', objectIds);
  if (missing.length > 0) throw unprocessable('objectIds', 'reference_not_found', `objectIds names objects that do not exist: ${missing.join(', ')}`);
  const now = new Date();
  const awareAt = input.awareAt ?? now.toISOString();
  if (input.occurredAt && Date.parse(awareAt) < Date.parse(input.occurredAt)) {
    throw new DomainError(400, 'validation_failed', 'awareAt must not be before occurredAt', {}, [{ path: 'awareAt', message: 'must not be before occurredAt' }]);
  }
  const year = stockholmYear(now);
  const row = await insertIncident(ctx, {
    year,
    serial: await nextSerial(ctx, year),
    title: input.title,
    description: input.description,
    channel: input.channel,
    reporterId: reporter?.id ?? null,
    reporterContact: input.reporterContact?.trim() || null,
    orgUnitId: unit.id,
    objectIds,
    personalData: input.personalData ?? false,
    significant: input.significant ?? false,
    occurredAt: input.occurredAt ?? null,
    detectedAt: input.detectedAt ?? null,
    awareAt,
  });
  const number = incidentNumber(row);
  await recordIncidentEvent(ctx, row.id, { kind: 'reported', to: 'reported', note: null });
  await syncDeadlines(ctx, row.id);
  await recordAudit(ctx, { action: 'incident.reported', entityType: 'incident', entityId: row.id, after: incidentAuditView(row) });
  await notify(ctx, {
    personIds: await incidentHandlersOver(ctx, unit.path),
    kind: 'incident_reported',
    params: { number, title: row.title },
    link: `/incidents/${row.id}`,
  });
  return { id: row.id, number };
}

/**
 * The report form for anyone signed in. Only the incident roles register what came by phone,
 * the service desk or an alarm; everyone else reports through the web form.
 */
export async function reportIncident(ctx: TenantContext, input: z.output<typeof incidentCreate>) {
  const channel = input.channel ?? 'web_form';
  if (channel !== 'web_form' && !(ctx.actor && hasAnywhere(ctx.actor.grants, 'incident.manage'))) {
    throw forbidden('Only the incident roles register reports from other channels than the web form');
  }
  const { channel: _channel, ...fields } = input;
  return createReportedIncident(ctx, { ...fields, channel, reporterId: ctx.actor?.personId ?? null });
}
