import { authorize } from '../../../shared/access.js';
import type { IncidentAttachment } from '../../../shared/schemas/incident.js';
import { recordAudit } from '../../audit/auditLog.js';
import { DomainError, notFound } from '../../http/domainError.js';
import { FileDownload, type RequestContext } from '../../http/route.js';
import { recordIncidentEvent } from '../incidents/events.js';
import { incidentTarget } from '../incidents/targets.js';
import { attachmentName } from './attachmentName.js';
import { attachmentMediaTypes, sniffAttachmentType } from './attachmentType.js';
import { findAttachmentContent, insertAttachment } from './queries.js';

const accepted = 'images (PNG, JPEG, GIF, WebP, HEIC), PDF, Word, Excel, PowerPoint, OpenDocument text and spreadsheets, plain text, CSV and e-mail (.eml)';

/** Keeps a file with an incident, typed by what its bytes are; the timeline and audit trail record it, never its content. */
export async function addAttachment(ctx: RequestContext, incidentId: string, rawName: string, body: unknown): Promise<IncidentAttachment> {
  if (body !== undefined && !Buffer.isBuffer(body)) {
    throw new DomainError(415, 'unsupported_media_type', 'Send the file itself as the request body, as application/octet-stream');
  }
  if (!body || body.length === 0) throw new DomainError(400, 'empty_file', 'The file is empty');
  const type = await sniffAttachmentType(body, rawName);
  if (!type.accepted) {
    throw new DomainError(415, 'attachment_type_not_allowed', `The file looks like ${type.looksLike}, which is not accepted; accepted are ${accepted}`);
  }
  const fileName = attachmentName(rawName, type.extensions);
  if (!fileName) {
    throw new DomainError(400, 'validation_failed', 'querystring.fileName: has no usable characters', {}, [{ path: 'querystring.fileName', message: 'has no usable characters' }]);
  }
  const actor = ctx.actor ? { id: ctx.actor.personId, name: ctx.actor.name } : null;
  const attachment = await insertAttachment(ctx, { incidentId, fileName, mediaType: type.mediaType, content: body }, actor);
  await recordIncidentEvent(ctx, incidentId, { kind: 'attachment', to: fileName });
  await recordAudit(ctx, {
    action: 'incident.attachment_added',
    entityType: 'incident',
    entityId: incidentId,
    after: { attachmentId: attachment.id, fileName, mediaType: type.mediaType, size: attachment.size },
  });
  return attachment;
}

/**
 * Someone who may read the incident only because they reported it: their view is their own
 * report, so of its files only those they sent themselves.
 */
async function seesOnlyOwnUploads(ctx: RequestContext, incidentId: string): Promise<boolean> {
  const target = await incidentTarget(ctx, incidentId);
  if (target?.kind !== 'incident' || target.involvement !== 'reporter') return false;
  return !authorize(ctx.actor!.grants, 'incident.read', { kind: 'orgUnit', path: target.path });
}

/**
 * An attachment as a download that no browser renders: always `attachment`, never sniffed,
 * sandboxed should it be opened anyway, and typed only with a media type we accepted.
 */
export async function downloadAttachment(ctx: RequestContext, incidentId: string, attachmentId: string): Promise<FileDownload> {
  const found = await findAttachmentContent(ctx, incidentId, attachmentId);
  if (!found) throw notFound('attachment');
  if (found.uploadedBy !== ctx.actor!.personId && (await seesOnlyOwnUploads(ctx, incidentId))) throw notFound('attachment');
  const contentType = attachmentMediaTypes.has(found.mediaType) ? found.mediaType : 'application/octet-stream';
  // PGlite hands bytea back as a plain Uint8Array, node-postgres as a Buffer.
  const content = Buffer.from(found.content.buffer, found.content.byteOffset, found.content.byteLength);
  return new FileDownload(found.fileName, contentType, content);
}
