import { z } from 'zod';

export const auditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditQuery = z.strictObject({
  actorId: z.uuid().optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Cursor: return events older than this id. */
  before: z.string().regex(/^\d{1,18}$/, 'a cursor from an earlier page').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditPage = z.object({ items: z.array(auditEvent), nextCursor: z.string().nullable() });

/** The result of checking the tenant's hash chain: intact, or where it first breaks. */
export const auditChainReport = z.object({
  events: z.number().int(),
  checkedAt: z.string(),
  intact: z.boolean(),
  firstBreak: z
    .object({ id: z.string(), chainIndex: z.number().int(), reason: z.enum(['hash_mismatch', 'broken_link', 'missing_event']) })
    .nullable(),
});
export type AuditChainReport = z.infer<typeof auditChainReport>;
