import { z } from 'zod';
import { action } from '../../../shared/schemas/actions.js';
import { idParams } from '../../../shared/schemas/common.js';
import {
  incidentCreate,
  incidentDetail,
  incidentList,
  incidentListQuery,
  incidentNote,
  incidentTaskCreate,
  incidentTaskUpdate,
  incidentTransition,
  incidentUpdate,
  lessonAction,
  lessonRisk,
} from '../../../shared/schemas/incident.js';
import { riskDetail } from '../../../shared/schemas/risk.js';
import { defineRoute } from '../../http/route.js';
import { describeIncident } from './detail.js';
import { addIncidentNote, transitionIncident, updateIncident } from './handling.js';
import { lessonToAction, lessonToRisk } from './lessons.js';
import { listIncidents } from './list.js';
import { reportIncident } from './service.js';
import { incidentTarget } from './targets.js';
import { addIncidentTask, updateIncidentTask } from './tasks.js';

const tags = ['Incidents'];
const taskParams = z.strictObject({ id: z.uuid(), taskId: z.uuid() });
const onIncident = <I extends { params: { id: string } }>(ctx: Parameters<typeof incidentTarget>[0], { params }: I) => incidentTarget(ctx, params.id);

export const incidentRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents',
    summary: 'Report an incident (anyone signed in); answers with the report as the reporter sees it',
    tags,
    access: { permission: 'authenticated' },
    body: incidentCreate,
    response: incidentDetail,
    status: 201,
    handler: async (ctx, { body }) => describeIncident(ctx, (await reportIncident(ctx, body)).id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents',
    summary: 'Incidents the caller may see: everything in reach for the incident roles, their own reports for everyone else',
    tags,
    access: { permission: 'authenticated' },
    query: incidentListQuery,
    response: incidentList,
    handler: (ctx, { query }) => listIncidents(ctx, query, ctx.reach('incident.read')),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/incidents/:id',
    summary: 'One incident: in full for the incident roles and the people working on it, the own report for its reporter',
    tags,
    access: { permission: 'incident.read', target: onIncident },
    params: idParams,
    response: incidentDetail,
    handler: (ctx, { params }) => describeIncident(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/incidents/:id',
    summary: 'Triage and handle an incident: type, categories, cause, aspects, objects, severity, escalation, assignee, legal flags',
    tags,
    access: { permission: 'incident.manage', target: onIncident },
    params: idParams,
    body: incidentUpdate,
    response: incidentDetail,
    handler: async (ctx, { params, body }) => {
      await updateIncident(ctx, params.id, body);
      return describeIncident(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/transition',
    summary: 'Move an incident one step along its status flow (422 status_flow for a skip)',
    tags,
    access: { permission: 'incident.manage', target: onIncident },
    params: idParams,
    body: incidentTransition,
    response: incidentDetail,
    handler: async (ctx, { params, body }) => {
      await transitionIncident(ctx, params.id, body);
      return describeIncident(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/notes',
    summary: 'Add a note to the timeline',
    tags,
    access: { permission: 'incident.contribute', target: onIncident },
    params: idParams,
    body: incidentNote,
    response: incidentDetail,
    status: 201,
    handler: async (ctx, { params, body }) => {
      await addIncidentNote(ctx, params.id, body);
      return describeIncident(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/tasks',
    summary: 'Add a task with an owner and a due date',
    tags,
    access: { permission: 'incident.manage', target: onIncident },
    params: idParams,
    body: incidentTaskCreate,
    response: incidentDetail,
    status: 201,
    handler: async (ctx, { params, body }) => {
      await addIncidentTask(ctx, params.id, body);
      return describeIncident(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/incidents/:id/tasks/:taskId',
    summary: 'Change a task (the incident roles), or mark one of your own tasks done',
    tags,
    access: { permission: 'incident.contribute', target: onIncident },
    params: taskParams,
    body: incidentTaskUpdate,
    response: incidentDetail,
    handler: async (ctx, { params, body }) => {
      await updateIncidentTask(ctx, params.id, params.taskId, body);
      return describeIncident(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/lessons/risk',
    summary: 'Turn a lesson learned into a risk in a risk analysis (also needs risk.manage there)',
    tags,
    access: { permission: 'incident.manage', target: onIncident },
    params: idParams,
    body: lessonRisk,
    response: riskDetail,
    status: 201,
    handler: (ctx, { params, body }) => lessonToRisk(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incidents/:id/lessons/action',
    summary: "Turn a lesson learned into an action in an object's handlingsplan (also needs actions.manage there)",
    tags,
    access: { permission: 'incident.manage', target: onIncident },
    params: idParams,
    body: lessonAction,
    response: action,
    status: 201,
    handler: (ctx, { params, body }) => lessonToAction(ctx, params.id, body),
  }),
];
