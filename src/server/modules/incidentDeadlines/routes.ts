import { idParams } from '../../../shared/schemas/common.js';
import { deadlineList, deadlineSubmission, incidentDeadlineSet, intermediateRequest } from '../../../shared/schemas/incident.js';
import { defineRoute } from '../../http/route.js';
import { incidentTarget } from '../incidents/targets.js';
import { listOpenDeadlines, requestIntermediateReport, submitDeadline } from './service.js';

const tags = ['Incidents'];

export const incidentDeadlineRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/deadlines/submit',
    summary: 'Record that a legal report (CSIRT or IMY) was submitted, with its reference; a late one needs the reason. A NIS2 progress report records that the incident is still ongoing',
    tags,
    access: { permission: 'incident.manage', target: (ctx, { params }) => incidentTarget(ctx, params.id) },
    params: idParams,
    body: deadlineSubmission,
    response: incidentDeadlineSet,
    handler: (ctx, { params, body }) => submitDeadline(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/intermediate-requests',
    summary: 'Record that the CSIRT asked for an intermediate report by a given time',
    tags,
    access: { permission: 'incident.manage', target: (ctx, { params }) => incidentTarget(ctx, params.id) },
    params: idParams,
    body: intermediateRequest,
    response: incidentDeadlineSet,
    status: 201,
    handler: (ctx, { params, body }) => requestIntermediateReport(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incident-deadlines',
    summary: 'Open legal deadlines of the incidents in reach, soonest first, with how much of each period has gone',
    tags,
    access: { permission: 'incident.read', target: 'reach' },
    response: deadlineList,
    handler: (ctx) => listOpenDeadlines(ctx, ctx.reach('incident.read')),
  }),
];
