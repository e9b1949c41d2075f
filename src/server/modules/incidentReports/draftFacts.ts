import { aspectLabels } from '../../../shared/classification/aspects.js';
import {
  findRsitClass,
  findRsitType,
  incidentCauseLabels,
  incidentStatusLabels,
  msbCategoryLabels,
  severityLabels,
  significanceCriterionLabels,
  type IncidentCause,
  type IncidentStatus,
  type MsbCategory,
  type Severity,
  type SignificanceCriterion,
} from '../../../shared/incident/taxonomy.js';
import type { Locale } from '../../../shared/locales.js';
import type { DeadlineRegime, DeadlineStage } from '../../../shared/incident/deadlines.js';
import { stockholmText } from '../incidentDeadlines/queries.js';
import type { DraftData } from './draftData.js';

/**
 * The facts a draft states, phrased in the reader's language from what the incident holds.
 * Each returns null when the incident does not hold it, so the draft shows a blank to fill in.
 */
export type Translate = (sv: string, en: string) => string;
export const translator = (locale: Locale): Translate => (sv, en) => (locale === 'sv' ? sv : en);

const lines = (items: string[]) => (items.length > 0 ? items.join('\n') : null);

export function facts(data: DraftData, locale: Locale) {
  const tr = translator(locale);
  const { incident } = data;
  const time = (iso: string | null) => (iso ? `${stockholmText(iso)} (${tr('svensk tid', 'Swedish time')})` : null);
  const date = (iso: string | null) => (iso ? stockholmText(iso).slice(0, 10) : '');
  const deadline = (regime: DeadlineRegime, stage: DeadlineStage) => data.deadlines.find((item) => item.regime === regime && item.stage === stage && item.seq === 0) ?? null;

  const severity = incident.severity ? `${incident.severity} – ${severityLabels[incident.severity as Severity][locale]}` : null;
  const cause = incident.cause ? incidentCauseLabels[incident.cause as IncidentCause][locale] : null;
  const rsitClass = incident.rsitClass ? findRsitClass(incident.rsitClass) : undefined;
  const rsitType = incident.rsitClass && incident.rsitType ? findRsitType(incident.rsitClass, incident.rsitType) : undefined;
  const aspects = incident.aspects.map((aspect) => aspectLabels[aspect][locale]);

  const personalData = incident.personalData
    ? [
        tr('Personuppgifter berörs', 'Personal data is involved'),
        incident.peopleAffected !== null ? tr(`cirka ${incident.peopleAffected} registrerade`, `about ${incident.peopleAffected} data subjects`) : null,
        incident.recordsAffected !== null ? tr(`cirka ${incident.recordsAffected} poster`, `about ${incident.recordsAffected} records`) : null,
      ]
        .filter(Boolean)
        .join(', ')
    : null;

  return {
    tr,
    time,
    deadline,
    severity,
    cause,
    type: rsitClass ? `${rsitClass[locale]}${rsitType ? ` / ${rsitType[locale]}` : ''} (ENISA RSIT)` : null,
    categories: lines(incident.categories.map((code) => msbCategoryLabels[code as MsbCategory]?.[locale] ?? code)),
    status: incidentStatusLabels[incident.status as IncidentStatus]?.[locale] ?? incident.status,
    contact: data.assignee ? `${data.assignee.name}, ${data.assignee.email}` : null,
    affected: lines([...data.objectNames, ...data.systemNames]),
    significance: lines(
      incident.significantCriteria.map((code) => {
        const criterion = significanceCriterionLabels[code as SignificanceCriterion];
        return criterion ? `${criterion.article}: ${criterion[locale]}` : code;
      }).concat(incident.significantExplanation ? [incident.significantExplanation] : []),
    ),
    /** Impact as far as it is known: the aspects lost, the people and the data. */
    impact: lines(
      [
        aspects.length > 0 ? `${tr('Påverkade aspekter', 'Aspects affected')}: ${aspects.join(', ')}` : null,
        personalData,
        `${tr('Eskaleringsnivå', 'Escalation level')}: ${incident.escalationLevel}`,
      ].filter((item): item is string => item !== null),
    ),
    /** NIS2 art. 23(4)(a): is an unlawful or malicious act suspected? */
    malicious: (() => {
      const suspected = incident.crimeSuspected || incident.cause === 'malicious_human';
      if (suspected) {
        const crime = incident.crimeSuspected ? tr(' Brott misstänks', ' A crime is suspected') + (incident.policeReportRef ? ` (${tr('polisanmälan', 'police report')} ${incident.policeReportRef}).` : '.') : '';
        return `${tr('Ja.', 'Yes.')}${cause ? ` ${tr('Bedömd orsak', 'Assessed cause')}: ${cause}.` : ''}${crime}`;
      }
      if (incident.cause && incident.cause !== 'unknown') return `${tr('Nej, inget tyder på det.', 'No, nothing indicates so.')} ${tr('Bedömd orsak', 'Assessed cause')}: ${cause}.`;
      return null;
    })(),
    /** Done tasks are measures taken; open ones are ongoing or planned. */
    measuresTaken: lines(data.tasks.filter((task) => task.doneAt).map((task) => `${date(task.doneAt)} ${task.title}`)),
    measuresOngoing: lines(
      data.tasks.filter((task) => !task.doneAt).map((task) => (task.dueDate ? `${task.title} (${tr('klart senast', 'due')} ${task.dueDate})` : task.title)),
    ),
    chronology: lines(
      data.events.map((event) =>
        event.kind === 'status'
          ? `${stockholmText(event.at)} ${tr('Status', 'Status')}: ${incidentStatusLabels[event.to as IncidentStatus]?.[locale] ?? event.to ?? ''}`
          : `${stockholmText(event.at)} ${event.note ?? ''}`,
      ),
    ),
    /** Likely consequences for the people whose data it is (GDPR art. 33(3)(c)), from the aspects lost. */
    consequences: lines(
      incident.aspects.flatMap((aspect) => {
        const text: Partial<Record<typeof aspect, string>> = {
          K: tr('Personuppgifter kan ha röjts för obehöriga (förlorad konfidentialitet).', 'Personal data may have been disclosed to unauthorised people (loss of confidentiality).'),
          R: tr('Personuppgifter kan ha ändrats eller förvanskats (förlorad riktighet).', 'Personal data may have been altered or corrupted (loss of integrity).'),
          T: tr('Personuppgifter har inte varit tillgängliga när de behövts (förlorad tillgänglighet).', 'Personal data was not available when needed (loss of availability).'),
        };
        return text[aspect] ? [text[aspect]!] : [];
      }),
    ),
    /** Reports already made, for the drafts that update or close earlier ones. */
    earlierReports: lines(
      data.deadlines
        .filter((item) => item.submittedAt)
        .map((item) => `${stockholmText(item.submittedAt!)} ${reportName(item.regime, item.stage, tr)}${item.seq > 0 ? ` ${item.seq}` : ''}${item.reference ? ` (${tr('referens', 'reference')} ${item.reference})` : ''}`),
    ),
  };
}

export function reportName(regime: DeadlineRegime, stage: DeadlineStage, tr: Translate): string {
  const names: Record<string, [string, string]> = {
    'nis2.early_warning': ['Tidig varning', 'Early warning'],
    'nis2.notification': ['Incidentanmälan', 'Incident notification'],
    'nis2.intermediate_report': ['Delrapport', 'Intermediate report'],
    'nis2.progress_report': ['Lägesrapport', 'Progress report'],
    'nis2.final_report': ['Slutrapport', 'Final report'],
    'gdpr.notification': ['Anmälan till IMY', 'Notification to IMY'],
  };
  const [sv, en] = names[`${regime}.${stage}`] ?? [stage, stage];
  return tr(sv, en);
}

export type DraftFacts = ReturnType<typeof facts>;
