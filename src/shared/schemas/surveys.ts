import { z } from 'zod';
import { roleCodes } from '../roles.js';
import { maxHoursPerMonth, needLevels, supportNeeds, type NeedLevel, type SupportNeed } from '../surveys.js';
import { isoDateTime } from './common.js';

const needLevel = z.enum(needLevels);

/** One contact's answer; every need must be answered. */
export const surveyAnswer = z.strictObject({
  needs: z.strictObject(Object.fromEntries(supportNeeds.map((need) => [need, needLevel])) as Record<SupportNeed, typeof needLevel>),
  hoursPerMonth: z.number().int().min(0).max(maxHoursPerMonth),
  comment: z.string().trim().max(2000).default(''),
});
export type SurveyAnswer = z.infer<typeof surveyAnswer>;

export const surveyRecipientInput = z.strictObject({ personId: z.uuid(), orgUnitId: z.uuid() });

export const surveyCreate = z.strictObject({
  title: z.string().trim().min(1).max(200),
  message: z.string().trim().max(4000).default(''),
  closesAt: isoDateTime.optional(),
  recipients: z.array(surveyRecipientInput).min(1).max(2000),
});
export type SurveyCreate = z.input<typeof surveyCreate>;

export const surveySummary = z.object({
  id: z.uuid(),
  title: z.string(),
  message: z.string(),
  closesAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  /** False once closed by hand or past `closesAt`. */
  open: z.boolean(),
  recipients: z.number().int(),
  answered: z.number().int(),
});
export type SurveySummary = z.infer<typeof surveySummary>;

/** How many answered none / some / large for one need. */
export const needCounts = z.object(Object.fromEntries(needLevels.map((level) => [level, z.number().int()])) as Record<NeedLevel, z.ZodNumber>);
export type NeedCounts = z.infer<typeof needCounts>;

/** One förvaltning's picture: counts and a median, never who said what. */
export const surveyUnitResult = z.object({
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  recipients: z.number().int(),
  answered: z.number().int(),
  needs: z.object(Object.fromEntries(supportNeeds.map((need) => [need, needCounts])) as Record<SupportNeed, typeof needCounts>),
  medianHours: z.number().nullable(),
  /** Comments in alphabetical order, so their order tells nothing about who wrote them. */
  comments: z.array(z.string()),
});
export type SurveyUnitResult = z.infer<typeof surveyUnitResult>;

export const surveyResults = z.object({
  survey: surveySummary,
  units: z.array(surveyUnitResult),
});
export type SurveyResults = z.infer<typeof surveyResults>;

/** A survey addressed to the caller, with their answer so far. */
export const mySurvey = z.object({
  recipientId: z.uuid(),
  surveyId: z.uuid(),
  title: z.string(),
  message: z.string(),
  closesAt: z.string().nullable(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  answer: surveyAnswer.nullable(),
  answeredAt: z.string().nullable(),
});
export type MySurvey = z.infer<typeof mySurvey>;

export const recipientIdParams = z.strictObject({ recipientId: z.uuid() });

/** A förvaltning or bolag and the contacts Värn proposes for it, with the roles that make them one. */
export const proposedRecipients = z.array(
  z.object({
    orgUnitId: z.uuid(),
    orgUnitName: z.string(),
    people: z.array(z.object({ personId: z.uuid(), name: z.string(), email: z.string(), roles: z.array(z.enum(roleCodes)) })),
  }),
);
export type ProposedRecipients = z.infer<typeof proposedRecipients>;
