import type { Sample } from '../../access/routeSamples.js';
import { sampleIncident } from '../incidentDeadlines/routeSamples.js';

/** Samples for the report drafts (see access/routeSamples.ts). */
export const incidentReportRouteSamples: Record<string, Sample> = {
  'GET /api/v1/incidents/:id/report-drafts/:draft': async (place) => ({ url: `/api/v1/incidents/${await sampleIncident(place)}/report-drafts/csirt_notification?format=docx` }),
};
