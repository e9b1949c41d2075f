import { z } from 'zod';
import { idParams } from '../../../shared/schemas/common.js';
import {
  mySurvey,
  proposedRecipients as proposedRecipientsSchema,
  recipientIdParams,
  surveyAnswer,
  surveyCreate,
  surveyResults as surveyResultsSchema,
  surveySummary,
} from '../../../shared/schemas/surveys.js';
import { defineRoute } from '../../http/route.js';
import { answerMySurvey, closeSurvey, createSurvey, listSurveys, mySurveys, proposedRecipients, surveyResults } from './service.js';

const tags = ['Support surveys'];
const manage = { permission: 'surveys.manage', target: 'tenant' } as const;

export const surveyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/surveys',
    summary: 'The support surveys sent, with how many were asked and have answered',
    tags,
    access: manage,
    response: z.array(surveySummary),
    handler: (ctx) => listSurveys(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/surveys/proposed-recipients',
    summary: "Each förvaltning's and bolag's contacts: owners, business service managers and line managers",
    tags,
    access: manage,
    response: proposedRecipientsSchema,
    handler: (ctx) => proposedRecipients(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/surveys',
    summary: 'Send a support survey to contacts, each answering for a förvaltning or bolag',
    tags,
    access: manage,
    body: surveyCreate,
    response: surveySummary,
    status: 201,
    handler: (ctx, { body }) => createSurvey(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/surveys/:id/results',
    summary: 'The answers summed up per förvaltning, without names',
    tags,
    access: manage,
    params: idParams,
    response: surveyResultsSchema,
    handler: (ctx, { params }) => surveyResults(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/surveys/:id/close',
    summary: 'Close a survey: no more answers or changes',
    tags,
    access: manage,
    params: idParams,
    response: surveySummary,
    handler: (ctx, { params }) => closeSurvey(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/surveys',
    summary: 'The open support surveys addressed to me, with my answers so far',
    tags,
    access: { permission: 'authenticated' },
    response: z.array(mySurvey),
    handler: (ctx) => mySurveys(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/me/surveys/:recipientId/answer',
    summary: 'Answer a support survey addressed to me (or change my answer until it closes)',
    tags,
    access: { permission: 'authenticated' },
    params: recipientIdParams,
    body: surveyAnswer,
    response: mySurvey,
    handler: (ctx, { params, body }) => answerMySurvey(ctx, params.recipientId, body),
  }),
];
