import type { Place, Sample } from '../../access/routeSamples.js';
import { withTenant } from '../../db/context.js';
import { addresseeIn } from '../notifications/routeSamples.js';
import { createSurvey } from './service.js';
import { recipientRowsOf } from './queries.js';

let serial = 0;

const answer = { needs: { training: 'some', workshops: 'large', templates: 'none', time: 'some' }, hoursPerMonth: 4, comment: '' };

/** A fresh förvaltning in the place's tenant with one recipient (a new person unless given). */
async function surveyIn(place: Place, personId?: string) {
  serial += 1;
  const unit = await place.tenant.unit(`Enkätförvaltning ${serial}`);
  const recipient = personId ?? (await place.tenant.person(`Kontakt ${serial}`, unit.id)).id;
  return withTenant(place.tenant.database, place.tenant.tenantId, null, async (ctx) => {
    const survey = await createSurvey(ctx, { title: `Stödenkät ${serial}`, message: '', recipients: [{ personId: recipient, orgUnitId: unit.id }] });
    const row = (await recipientRowsOf(ctx, recipient)).find((candidate) => candidate.survey.id === survey.id)!;
    return { surveyId: survey.id, recipientId: row.recipientId };
  });
}

export const surveyRouteSamples: Record<string, Sample> = {
  'GET /api/v1/surveys': async () => ({ url: '/api/v1/surveys' }),
  'GET /api/v1/surveys/proposed-recipients': async () => ({ url: '/api/v1/surveys/proposed-recipients' }),
  'POST /api/v1/surveys': async (place) => {
    serial += 1;
    const unit = await place.tenant.unit(`Enkätförvaltning ${serial}`);
    const person = await place.tenant.person(`Kontakt ${serial}`, unit.id);
    return { url: '/api/v1/surveys', body: { title: `Stödenkät ${serial}`, recipients: [{ personId: person.id, orgUnitId: unit.id }] } };
  },
  'GET /api/v1/surveys/:id/results': async (place) => ({ url: `/api/v1/surveys/${(await surveyIn(place)).surveyId}/results` }),
  'POST /api/v1/surveys/:id/close': async (place) => ({ url: `/api/v1/surveys/${(await surveyIn(place)).surveyId}/close` }),
  'GET /api/v1/me/surveys': async () => ({ url: '/api/v1/me/surveys' }),
  'PUT /api/v1/me/surveys/:recipientId/answer': async (place, caller) => ({
    url: `/api/v1/me/surveys/${(await surveyIn(place, await addresseeIn(place, caller))).recipientId}/answer`,
    method: 'PUT',
    body: answer,
    addressesTarget: true,
  }),
};
