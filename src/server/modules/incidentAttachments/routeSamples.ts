import type { Place, Sample } from '../../access/routeSamples.js';
import { withTenant } from '../../db/context.js';
import { sampleIncident } from '../incidents/routeSamples.js';
import { insertAttachment } from './queries.js';

const note = () => Buffer.from('Loggutdrag från brandväggen 02:14: blockerad inloggning.\n', 'utf8');

/** An incident in the place with one attachment sent by someone else. */
async function sampleAttachment(place: Place) {
  const incidentId = await sampleIncident(place);
  const attachment = await withTenant(place.tenant.database, place.tenant.tenantId, null, (ctx) =>
    insertAttachment(ctx, { incidentId, fileName: 'logg.txt', mediaType: 'text/plain', content: note() }, null),
  );
  return { incidentId, attachmentId: attachment.id };
}

/** Samples for the attachment routes (see access/routeSamples.ts); a Buffer body is sent as application/octet-stream. */
export const incidentAttachmentRouteSamples: Record<string, Sample> = {
  'POST /api/v1/incidents/:id/attachments': async (place) => ({ url: `/api/v1/incidents/${await sampleIncident(place)}/attachments?fileName=logg.txt`, body: note() }),
  'GET /api/v1/incidents/:id/attachments/:attachmentId': async (place) => {
    const { incidentId, attachmentId } = await sampleAttachment(place);
    return { url: `/api/v1/incidents/${incidentId}/attachments/${attachmentId}` };
  },
};
