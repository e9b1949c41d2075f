import type { NeedCounts, SurveyAnswer, SurveyUnitResult } from '../../../shared/schemas/surveys.js';
import { median, needLevels, supportNeeds, type SupportNeed } from '../../../shared/surveys.js';

export interface RecipientAnswer {
  orgUnitId: string;
  orgUnitName: string;
  answer: SurveyAnswer | null;
}

const noCounts = (): NeedCounts => Object.fromEntries(needLevels.map((level) => [level, 0])) as NeedCounts;

/**
 * The picture per förvaltning that the auditors asked for: how many were asked and answered,
 * how many need none / some / a lot of each kind of support, the median hours they can give,
 * and their comments with nothing that tells who wrote which.
 */
export function summariseByUnit(recipients: readonly RecipientAnswer[]): SurveyUnitResult[] {
  const units = new Map<string, { name: string; recipients: number; answers: SurveyAnswer[] }>();
  for (const recipient of recipients) {
    const unit = units.get(recipient.orgUnitId) ?? { name: recipient.orgUnitName, recipients: 0, answers: [] };
    unit.recipients += 1;
    if (recipient.answer) unit.answers.push(recipient.answer);
    units.set(recipient.orgUnitId, unit);
  }
  return [...units.entries()]
    .map(([orgUnitId, unit]) => {
      const needs = Object.fromEntries(supportNeeds.map((need) => [need, noCounts()])) as Record<SupportNeed, NeedCounts>;
      for (const answer of unit.answers) for (const need of supportNeeds) needs[need][answer.needs[need]] += 1;
      return {
        orgUnitId,
        orgUnitName: unit.name,
        recipients: unit.recipients,
        answered: unit.answers.length,
        needs,
        medianHours: median(unit.answers.map((answer) => answer.hoursPerMonth)),
        comments: unit.answers
          .map((answer) => answer.comment.trim())
          .filter((comment) => comment.length > 0)
          .sort((a, b) => a.localeCompare(b, 'sv')),
      };
    })
    .sort((a, b) => a.orgUnitName.localeCompare(b.orgUnitName, 'sv'));
}
