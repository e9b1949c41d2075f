import type { z } from 'zod';
import type { MySurvey, SurveyAnswer, surveyCreate } from '../../../shared/schemas/surveys.js';
import { surveyUnitTypes } from '../../../shared/surveys.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { DomainError, notFound, unauthenticated } from '../../http/domainError.js';
import { notify } from '../notifications/service.js';
import { peopleOfTenant } from '../notifications/queries.js';
import { proposeRecipients } from './proposal.js';
import {
  closeSurveyRow,
  contactRoleHolders,
  findSurvey,
  findUnits,
  insertRecipients,
  insertSurvey,
  isSurveyOpen,
  listSurveysWithCounts,
  parseStoredAnswer,
  recipientRowsOf,
  recipientsByUnit,
  saveAnswer,
  surveyUnits,
  toSurveySummary,
  type MyRecipientRow,
} from './queries.js';
import { summariseByUnit } from './results.js';

/** Where a recipient answers, in the web app; the notification links there. */
export const answerPagePath = '/my-surveys';

const surveyClosed = () => new DomainError(409, 'survey_closed', 'The survey is closed');

export async function listSurveys(ctx: TenantContext) {
  return (await listSurveysWithCounts(ctx)).map(({ survey, ...counts }) => toSurveySummary(survey, counts));
}

export async function proposedRecipients(ctx: TenantContext) {
  return proposeRecipients(await surveyUnits(ctx), await contactRoleHolders(ctx));
}

/** Recipients must be people of the tenant, each answering for an open förvaltning or bolag. */
async function checkRecipients(ctx: TenantContext, recipients: Array<{ personId: string; orgUnitId: string }>) {
  const units = new Map((await findUnits(ctx, [...new Set(recipients.map((r) => r.orgUnitId))])).map((unit) => [unit.id, unit]));
  const known = new Set(await peopleOfTenant(ctx, [...new Set(recipients.map((r) => r.personId))]));
  recipients.forEach((recipient, index) => {
    const unit = units.get(recipient.orgUnitId);
    if (!unit) throw new DomainError(422, 'reference_not_found', `recipients.${index}.orgUnitId: the org unit does not exist`);
    if (unit.closedAt) throw new DomainError(409, 'org_unit_closed', `recipients.${index}.orgUnitId: the org unit is closed`);
    if (!(surveyUnitTypes as readonly string[]).includes(unit.type)) {
      throw new DomainError(422, 'survey_unit_type', `recipients.${index}.orgUnitId: answers are gathered per förvaltning or bolag`);
    }
    if (!known.has(recipient.personId)) throw new DomainError(422, 'reference_not_found', `recipients.${index}.personId: the person does not exist`);
  });
}

export async function createSurvey(ctx: TenantContext, input: z.output<typeof surveyCreate>) {
  if (input.closesAt && new Date(input.closesAt).getTime() <= Date.now()) {
    throw new DomainError(422, 'survey_closes_in_past', 'closesAt: a survey must close in the future');
  }
  // The same person for the same unit once; the same person for two units answers twice.
  const recipients = [...new Map(input.recipients.map((r) => [`${r.personId}/${r.orgUnitId}`, r])).values()];
  await checkRecipients(ctx, recipients);
  const survey = await insertSurvey(ctx, {
    title: input.title,
    message: input.message,
    closesAt: input.closesAt ?? null,
    createdBy: ctx.actor?.personId ?? null,
  });
  await insertRecipients(ctx, survey.id, recipients);
  const summary = toSurveySummary(survey, { recipients: recipients.length, answered: 0 });
  await recordAudit(ctx, { action: 'support_survey.created', entityType: 'support_survey', entityId: survey.id, after: { ...summary, recipients } });
  await notify(ctx, { personIds: recipients.map((r) => r.personId), kind: 'survey_received', params: { title: survey.title }, link: answerPagePath });
  return summary;
}

export async function closeSurvey(ctx: TenantContext, id: string) {
  const survey = await findSurvey(ctx, id, 'update');
  if (!survey) throw notFound('survey');
  if (survey.closedAt) throw surveyClosed();
  const closed = await closeSurveyRow(ctx, id);
  const rows = await recipientsByUnit(ctx, id);
  const summary = toSurveySummary(closed, { recipients: rows.length, answered: rows.filter((row) => row.answeredAt).length });
  await recordAudit(ctx, {
    action: 'support_survey.closed',
    entityType: 'support_survey',
    entityId: id,
    before: toSurveySummary(survey, summary),
    after: summary,
  });
  return summary;
}

export async function surveyResults(ctx: TenantContext, id: string) {
  const survey = await findSurvey(ctx, id);
  if (!survey) throw notFound('survey');
  const rows = await recipientsByUnit(ctx, id);
  const answers = rows.map((row) => ({ orgUnitId: row.orgUnitId, orgUnitName: row.orgUnitName, answer: row.answeredAt ? parseStoredAnswer(row.answers) : null }));
  return {
    survey: toSurveySummary(survey, { recipients: rows.length, answered: answers.filter((row) => row.answer).length }),
    units: summariseByUnit(answers),
  };
}

function toMySurvey(row: MyRecipientRow, answeredAt = row.answeredAt): MySurvey {
  return {
    recipientId: row.recipientId,
    surveyId: row.survey.id,
    title: row.survey.title,
    message: row.survey.message,
    closesAt: row.survey.closesAt ? new Date(row.survey.closesAt).toISOString() : null,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    answer: answeredAt ? parseStoredAnswer(row.answers) : null,
    answeredAt: answeredAt ? new Date(answeredAt).toISOString() : null,
  };
}

function actorPersonId(ctx: TenantContext): string {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor.personId;
}

/** The open surveys addressed to the caller. */
export async function mySurveys(ctx: TenantContext): Promise<MySurvey[]> {
  const rows = await recipientRowsOf(ctx, actorPersonId(ctx));
  return rows.filter((row) => isSurveyOpen(row.survey)).map((row) => toMySurvey(row));
}

/** Answers, or changes an answer, until the survey closes. Someone else's survey reads as missing. */
export async function answerMySurvey(ctx: TenantContext, recipientId: string, answer: SurveyAnswer): Promise<MySurvey> {
  const [row] = await recipientRowsOf(ctx, actorPersonId(ctx), recipientId);
  if (!row) throw notFound('survey');
  // Shares the survey's lock with a concurrent close, so an answer never lands after it.
  const survey = await findSurvey(ctx, row.survey.id, 'share');
  if (!survey || !isSurveyOpen(survey)) throw surveyClosed();
  const saved = await saveAnswer(ctx, recipientId, answer);
  // The answer's content stays out of the audit trail: the results are shown without names.
  await recordAudit(ctx, {
    action: 'support_survey.answered',
    entityType: 'support_survey_recipient',
    entityId: recipientId,
    after: { surveyId: survey.id, orgUnitId: row.orgUnitId, changedEarlierAnswer: row.answeredAt !== null },
  });
  return toMySurvey({ ...row, answers: answer }, saved.answeredAt);
}
