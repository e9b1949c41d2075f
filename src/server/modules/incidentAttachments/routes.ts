import { z } from 'zod';
import { incidentAttachment } from '../../../shared/schemas/incident.js';
import { defineRoute } from '../../http/route.js';
import { incidentTarget } from '../incidents/targets.js';
import { addAttachment, downloadAttachment } from './service.js';

const tags = ['Incidents'];
const incidentParams = z.strictObject({ id: z.uuid() });
const attachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });
const uploadQuery = z.strictObject({ fileName: z.string().trim().min(1).max(1000) });

export const incidentAttachmentRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/attachments',
    summary:
      'Attach a file to an incident: the file is the request body (application/octet-stream, at most 10 MB), its name in `fileName`. The type is judged from the bytes: images, PDF, office documents, plain text, CSV and e-mail are accepted; HTML, SVG, XML, scripts, programs and archives get 415',
    tags,
    access: { permission: 'incident.contribute', target: (ctx, { params }) => incidentTarget(ctx, params.id) },
    params: incidentParams,
    query: uploadQuery,
    response: incidentAttachment,
    status: 201,
    handler: (ctx, { params, query }) => addAttachment(ctx, params.id, query.fileName, ctx.request.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id/attachments/:attachmentId',
    summary: 'Download an attachment (always as a file, never shown in the browser); a reporter gets only the files they sent',
    tags,
    access: { permission: 'incident.read', target: (ctx, { params }) => incidentTarget(ctx, params.id) },
    params: attachmentParams,
    download: true,
    handler: (ctx, { params }) => downloadAttachment(ctx, params.id, params.attachmentId),
  }),
];
