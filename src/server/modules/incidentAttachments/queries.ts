import { and, asc, eq } from 'drizzle-orm';
import type { IncidentAttachment } from '../../../shared/schemas/incident.js';
import type { TenantContext } from '../../db/context.js';
import { incidentAttachments, people } from '../../db/schema/index.js';

const listed = {
  id: incidentAttachments.id,
  fileName: incidentAttachments.fileName,
  mediaType: incidentAttachments.mediaType,
  size: incidentAttachments.size,
  uploadedById: incidentAttachments.uploadedBy,
  uploadedByName: people.name,
  createdAt: incidentAttachments.createdAt,
};
interface ListedRow {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  uploadedById: string | null;
  uploadedByName: string | null;
  createdAt: string;
}

function toAttachment(row: ListedRow): IncidentAttachment {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    uploadedBy: row.uploadedById && row.uploadedByName !== null ? { id: row.uploadedById, name: row.uploadedByName } : null,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/**
 * An incident's attachments, oldest first, without their content. `onlyUploadedBy` narrows
 * them to one person's uploads: a reporter sees only the files they sent in themselves.
 */
export async function listAttachments(ctx: TenantContext, incidentId: string, onlyUploadedBy?: string): Promise<IncidentAttachment[]> {
  const rows = await ctx.tx
    .select(listed)
    .from(incidentAttachments)
    .leftJoin(people, eq(people.id, incidentAttachments.uploadedBy))
    .where(
      and(
        eq(incidentAttachments.tenantId, ctx.tenantId),
        eq(incidentAttachments.incidentId, incidentId),
        onlyUploadedBy === undefined ? undefined : eq(incidentAttachments.uploadedBy, onlyUploadedBy),
      ),
    )
    .orderBy(asc(incidentAttachments.createdAt), asc(incidentAttachments.id));
  return rows.map(toAttachment);
}

/** One attachment with its bytes, or null when it is not this incident's (another tenant's, or none). */
export async function findAttachmentContent(ctx: TenantContext, incidentId: string, attachmentId: string) {
  const [row] = await ctx.tx
    .select({ fileName: incidentAttachments.fileName, mediaType: incidentAttachments.mediaType, uploadedBy: incidentAttachments.uploadedBy, content: incidentAttachments.content })
    .from(incidentAttachments)
    .where(and(eq(incidentAttachments.tenantId, ctx.tenantId), eq(incidentAttachments.incidentId, incidentId), eq(incidentAttachments.id, attachmentId)));
  return row ?? null;
}

/** Stores a file; `uploader` is the person sending it (none for system work). */
export async function insertAttachment(
  ctx: TenantContext,
  values: { incidentId: string; fileName: string; mediaType: string; content: Buffer },
  uploader: { id: string; name: string } | null,
): Promise<IncidentAttachment> {
  const [row] = await ctx.tx
    .insert(incidentAttachments)
    .values({ ...values, tenantId: ctx.tenantId, size: values.content.length, uploadedBy: uploader?.id ?? null })
    .returning({ id: incidentAttachments.id, size: incidentAttachments.size, createdAt: incidentAttachments.createdAt });
  return toAttachment({ ...row, fileName: values.fileName, mediaType: values.mediaType, uploadedById: uploader?.id ?? null, uploadedByName: uploader?.name ?? null });
}
