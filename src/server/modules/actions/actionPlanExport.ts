import { actionStatusLabels, assessmentLabels, modalityLabels } from '../../../shared/actions.js';
import type { Locale } from '../../../shared/locales.js';
import type { ActionPlan } from '../../../shared/schemas/actions.js';
import type { FileDownload } from '../../http/route.js';
import { xlsxDownload } from '../../http/spreadsheet.js';

const headings: Record<Locale, string[]> = {
  sv: ['Kod', 'Krav eller åtgärd', 'Ska/Bör', 'Aspekter', 'NIS2 art. 21.2', 'Bedömning', 'Hur', 'Ansvarig', 'Klart senast', 'Status', 'Försenad', 'Tillämplig'],
  en: ['Code', 'Requirement or action', 'Must/Should', 'Aspects', 'NIS2 art. 21(2)', 'Assessment', 'How', 'Owner', 'Due', 'Status', 'Overdue', 'Applicable'],
};
const yesNo: Record<Locale, [string, string]> = { sv: ['Ja', 'Nej'], en: ['Yes', 'No'] };

/** An object's handlingsplan as a workbook, in the reader's language. */
export async function actionPlanWorkbook(plan: ActionPlan, locale: Locale): Promise<FileDownload> {
  const [yes, no] = yesNo[locale];
  const rows = plan.actions.map((action) => [
    action.requirementCode ?? '',
    (locale === 'en' ? action.requirementTitleEn : null) ?? action.requirementTitleSv ?? action.title,
    action.modality ? modalityLabels[action.modality][locale] : '',
    action.aspects.join(', '),
    action.nis2.join(', '),
    action.assessment ? assessmentLabels[action.assessment][locale] : '',
    action.implementation,
    action.ownerName ?? '',
    action.dueDate ?? '',
    actionStatusLabels[action.status][locale],
    action.overdue ? yes : no,
    action.applicable ? yes : no,
  ]);
  const stem = locale === 'sv' ? 'handlingsplan' : 'action-plan';
  const sheet = locale === 'sv' ? 'Handlingsplan' : 'Action plan';
  return xlsxDownload(`${stem} ${plan.objectName}.xlsx`, sheet, headings[locale], rows, [12, 50, 10, 10, 10, 16, 50, 24, 12, 14, 10, 10]);
}
