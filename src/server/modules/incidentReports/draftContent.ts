import type { DeadlineRegime, DeadlineStage } from '../../../shared/incident/deadlines.js';
import type { Locale } from '../../../shared/locales.js';
import { stockholmText } from '../incidentDeadlines/queries.js';
import type { DraftData } from './draftData.js';
import { facts, reportName, type DraftFacts, type Translate } from './draftFacts.js';

export const reportDrafts = ['csirt_early_warning', 'csirt_notification', 'csirt_final_report', 'imy_notification'] as const;
export type ReportDraft = (typeof reportDrafts)[number];

/** A value the incident holds, or null: then the draft shows `[Fyll i: hint]` for a person to complete. */
export interface DraftField {
  label: string;
  value: string | null;
  hint?: string;
}
export interface DraftSection {
  heading: string;
  fields: DraftField[];
}
/** A draft in neutral form; the PDF and DOCX renderers lay it out. */
export interface DraftDocument {
  title: string;
  legalBasis: string;
  intro: string;
  sections: DraftSection[];
  footer: string;
}

export const blankText = (field: DraftField, tr: Translate) => `[${tr('Fyll i', 'Fill in')}: ${field.hint ?? field.label.toLowerCase()}]`;

const field = (label: string, value: string | null, hint?: string): DraftField => ({ label, value, hint });

function senderSection(data: DraftData, f: DraftFacts, withResolved: boolean): DraftSection {
  const { tr, time } = f;
  return {
    heading: tr('Avsändare och incident', 'Sender and incident'),
    fields: [
      field(tr('Organisation', 'Organisation'), data.tenant.name),
      field(tr('Berörd verksamhet', 'Part of the organisation affected'), data.incident.orgUnitName),
      field(tr('Kontaktperson', 'Contact person'), f.contact, tr('namn, telefon och e-post till kontaktperson', 'name, phone and e-mail of the contact person')),
      field(tr('Vårt incidentnummer', 'Our incident number'), data.incident.number),
      field(tr('Rubrik', 'Title'), data.incident.title),
      field(tr('Incidenten inträffade', 'The incident occurred'), time(data.incident.occurredAt), tr('när incidenten inträffade', 'when the incident occurred')),
      field(tr('Incidenten upptäcktes', 'The incident was detected'), time(data.incident.detectedAt), tr('när incidenten upptäcktes', 'when the incident was detected')),
      field(tr('Vi fick kännedom om incidenten', 'We became aware of the incident'), time(data.incident.awareAt)),
      ...(withResolved ? [field(tr('Incidenten åtgärdades', 'The incident was resolved'), time(data.incident.resolvedAt), tr('när incidenten åtgärdades', 'when the incident was resolved'))] : []),
    ],
  };
}

function reportSection(data: DraftData, f: DraftFacts, regime: DeadlineRegime, stage: DeadlineStage, receiver: string): DraftSection {
  const { tr } = f;
  const deadline = f.deadline(regime, stage);
  const due = deadline?.dueAt
    ? `${stockholmText(deadline.dueAt)} (${tr('svensk tid', 'Swedish time')})${deadline.provisional ? ` – ${tr('preliminärt', 'provisional')}` : ''}`
    : tr('Ingen frist räknas för incidenten', 'No deadline runs for this incident');
  return {
    heading: tr('Rapporten', 'The report'),
    fields: [
      field(tr('Mottagare', 'Receiver'), receiver),
      field(tr('Senast', 'Due'), due),
      field(tr('Skickad', 'Sent'), deadline?.submittedAt ? f.time(deadline.submittedAt) : null, tr('när rapporten skickas', 'when the report is sent')),
    ],
  };
}

const crossBorder = (tr: Translate) =>
  field(
    tr('Kan incidenten få gränsöverskridande konsekvenser?', 'Could the incident have a cross-border impact?'),
    null,
    tr('ja eller nej, och vilka länder eller tjänster i andra EU-länder som kan påverkas', 'yes or no, and which countries or services in other EU countries may be affected'),
  );

const malicious = (f: DraftFacts) =>
  field(
    f.tr('Misstänks incidenten vara orsakad av en olaglig eller avsiktligt skadlig handling?', 'Is the incident suspected of being caused by an unlawful or malicious act?'),
    f.malicious,
    f.tr('ja eller nej, och vad som talar för det', 'yes or no, and what points to it'),
  );

function earlyWarning(data: DraftData, f: DraftFacts): DraftSection[] {
  const { tr } = f;
  return [
    {
      heading: tr('Tidig varning', 'Early warning'),
      fields: [
        field(tr('Vad har hänt', 'What happened'), data.incident.description),
        field(tr('Varför incidenten är betydande', 'Why the incident is significant'), f.significance, tr('vilket kriterium i cybersäkerhetslagen som är uppfyllt och varför', 'which criterion of the Cybersecurity Act is met, and why')),
        malicious(f),
        crossBorder(tr),
        field(tr('Berörda objekt och system', 'Objects and systems affected'), f.affected, tr('berörda tjänster och system', 'services and systems affected')),
      ],
    },
  ];
}

function notification(data: DraftData, f: DraftFacts): DraftSection[] {
  const { tr } = f;
  const earlyWarningSent = f.deadline('nis2', 'early_warning');
  const sentText = earlyWarningSent?.submittedAt ? `${f.time(earlyWarningSent.submittedAt)}${earlyWarningSent.reference ? `, ${tr('referens', 'reference')} ${earlyWarningSent.reference}` : ''}` : null;
  return [
    {
      heading: tr('Uppdatering av den tidiga varningen', 'Update of the early warning'),
      fields: [
        field(tr('Den tidiga varningen skickades', 'The early warning was sent'), sentText, tr('när den tidiga varningen skickades och dess referens', 'when the early warning was sent, and its reference')),
        malicious(f),
        crossBorder(tr),
      ],
    },
    {
      heading: tr('Inledande bedömning', 'Initial assessment'),
      fields: [
        field(tr('Vad har hänt', 'What happened'), data.incident.description),
        field(tr('Allvarlighetsgrad', 'Severity'), f.severity, tr('allvarlighetsgrad 1–4', 'severity 1–4')),
        field(tr('Konsekvenser', 'Impact'), f.impact),
        field(tr('Berörda objekt och system', 'Objects and systems affected'), f.affected, tr('berörda tjänster och system', 'services and systems affected')),
        field(tr('Typ av incident', 'Type of incident'), f.type, tr('typ av incident', 'type of incident')),
        field(tr('Kategori (MSB)', 'Category (MSB)'), f.categories, tr('kategori', 'category')),
        field(tr('Nuvarande status', 'Current status'), f.status),
      ],
    },
    {
      heading: tr('Indikatorer på intrång', 'Indicators of compromise'),
      fields: [field(tr('Indikatorer (IoC)', 'Indicators (IoC)'), null, tr('IP-adresser, domännamn, filhashar, avsändaradresser m.m. om sådana finns', 'IP addresses, domain names, file hashes, sender addresses etc. where available'))],
    },
    {
      heading: tr('Åtgärder hittills', 'Measures so far'),
      fields: [
        field(tr('Vidtagna åtgärder', 'Measures taken'), f.measuresTaken, tr('vidtagna åtgärder', 'measures taken')),
        field(tr('Pågående åtgärder', 'Measures ongoing'), f.measuresOngoing, tr('pågående åtgärder', 'measures ongoing')),
      ],
    },
  ];
}

function finalReport(data: DraftData, f: DraftFacts): DraftSection[] {
  const { tr } = f;
  return [
    {
      heading: tr('Detaljerad beskrivning', 'Detailed description'),
      fields: [
        field(tr('Vad har hänt', 'What happened'), data.incident.description),
        field(tr('Allvarlighetsgrad', 'Severity'), f.severity, tr('allvarlighetsgrad 1–4', 'severity 1–4')),
        field(tr('Konsekvenser', 'Impact'), f.impact),
        field(tr('Berörda objekt och system', 'Objects and systems affected'), f.affected, tr('berörda tjänster och system', 'services and systems affected')),
        field(tr('Händelseförlopp', 'Course of events'), f.chronology, tr('händelseförloppet i tidsordning', 'the course of events in order')),
      ],
    },
    {
      heading: tr('Typ av hot eller grundorsak', 'Type of threat or root cause'),
      fields: [
        field(tr('Typ av incident', 'Type of incident'), f.type, tr('typ av incident', 'type of incident')),
        field(tr('Orsak', 'Cause'), f.cause, tr('orsak', 'cause')),
        field(tr('Grundorsak', 'Root cause'), data.incident.rootCause, tr('den troliga grundorsaken', 'the likely root cause')),
        malicious(f),
      ],
    },
    {
      heading: tr('Åtgärder', 'Mitigation measures'),
      fields: [
        field(tr('Tillämpade åtgärder', 'Measures applied'), f.measuresTaken, tr('tillämpade åtgärder', 'measures applied')),
        field(tr('Pågående åtgärder', 'Measures ongoing'), f.measuresOngoing, tr('pågående åtgärder, eller "inga"', 'measures ongoing, or "none"')),
        field(tr('Lärdomar', 'Lessons learned'), data.incident.lessonsLearned, tr('lärdomar', 'lessons learned')),
      ],
    },
    { heading: tr('Gränsöverskridande konsekvenser', 'Cross-border impact'), fields: [crossBorder(tr)] },
    { heading: tr('Tidigare rapporter', 'Earlier reports'), fields: [field(tr('Skickade rapporter', 'Reports sent'), f.earlierReports, tr('tidigare rapporter och deras referenser', 'earlier reports and their references'))] },
  ];
}

/** IMY asks whether other authorities were told: the CSIRT for a significant incident, the police for a suspected crime. */
function otherAuthorities(data: DraftData, f: DraftFacts): string | null {
  const { tr } = f;
  const others = [
    ...(data.incident.significant ? [`${data.tenant.csirtName} (${tr('cybersäkerhetslagen', 'Cybersecurity Act')})`] : []),
    ...(data.incident.policeReportRef ? [`${tr('Polisen', 'The police')} (${tr('polisanmälan', 'police report')} ${data.incident.policeReportRef})`] : []),
  ];
  return others.length > 0 ? others.join('\n') : null;
}

function imyNotification(data: DraftData, f: DraftFacts): DraftSection[] {
  const { tr } = f;
  const gdpr = f.deadline('gdpr', 'notification');
  const late = gdpr?.dueAt ? Date.parse(gdpr.submittedAt ?? data.now) > Date.parse(gdpr.dueAt) : false;
  const count = (value: number | null) => (value === null ? null : tr(`cirka ${value}`, `about ${value}`));
  const dpo = data.dataProtectionOfficers.map((person) => `${person.name}, ${person.email}`);
  return [
    {
      heading: tr('a) Personuppgiftsincidentens art', 'a) Nature of the personal data breach'),
      fields: [
        field(tr('Vad har hänt', 'What happened'), data.incident.description),
        field(tr('Kategorier av registrerade', 'Categories of data subjects'), null, tr('t.ex. elever, brukare, anställda', 'e.g. pupils, care recipients, employees')),
        field(tr('Ungefärligt antal registrerade', 'Approximate number of data subjects'), count(data.incident.peopleAffected), tr('ungefärligt antal registrerade', 'approximate number of data subjects')),
        field(tr('Kategorier av personuppgiftsposter', 'Categories of personal data records'), null, tr('t.ex. kontaktuppgifter, personnummer, hälsouppgifter', 'e.g. contact details, personal identity numbers, health data')),
        field(tr('Ungefärligt antal personuppgiftsposter', 'Approximate number of personal data records'), count(data.incident.recordsAffected), tr('ungefärligt antal poster', 'approximate number of records')),
      ],
    },
    {
      heading: tr('b) Dataskyddsombud eller annan kontaktpunkt', 'b) Data protection officer or other contact point'),
      fields: [field(tr('Namn och kontaktuppgifter', 'Name and contact details'), dpo.length > 0 ? dpo.join('\n') : f.contact, tr('namn och kontaktuppgifter till dataskyddsombudet', 'name and contact details of the data protection officer'))],
    },
    {
      heading: tr('c) Sannolika konsekvenser', 'c) Likely consequences'),
      fields: [field(tr('Konsekvenser för de registrerade', 'Consequences for the data subjects'), f.consequences, tr('sannolika konsekvenser för de registrerade', 'likely consequences for the data subjects'))],
    },
    {
      heading: tr('d) Vidtagna eller föreslagna åtgärder', 'd) Measures taken or proposed'),
      fields: [
        field(tr('Vidtagna åtgärder', 'Measures taken'), f.measuresTaken, tr('åtgärder för att hantera incidenten och mildra dess effekter', 'measures to address the breach and mitigate its effects')),
        field(tr('Föreslagna åtgärder', 'Measures proposed'), f.measuresOngoing, tr('föreslagna åtgärder', 'measures proposed')),
      ],
    },
    {
      heading: tr('Försenad anmälan (artikel 33.1)', 'Late notification (Article 33(1))'),
      fields: [
        late
          ? field(tr('Skäl till förseningen', 'Reasons for the delay'), gdpr?.lateReason ?? null, tr('skälen till att anmälan inte gjordes inom 72 timmar', 'why the notification was not made within 72 hours'))
          : field(tr('Skäl till förseningen', 'Reasons for the delay'), tr('Ej aktuellt: anmälan görs inom 72 timmar.', 'Not applicable: notified within 72 hours.')),
        ...(data.incident.gdprWaivedReason ? [field(tr('Tidigare bedömning att anmälan inte behövdes', 'Earlier assessment that no notification was needed'), data.incident.gdprWaivedReason)] : []),
      ],
    },
    {
      heading: tr('Övrigt', 'Other'),
      fields: [field(tr('Incidenten rapporteras även till', 'The incident is also reported to'), otherAuthorities(data, f), tr('andra myndigheter som underrättats, t.ex. polisen', 'other authorities notified, e.g. the police'))],
    },
  ];
}

const definitions: Record<ReportDraft, { title: [string, string]; legalBasis: [string, string]; regime: DeadlineRegime; stage: DeadlineStage; body: (data: DraftData, f: DraftFacts) => DraftSection[] }> = {
  csirt_early_warning: { title: ['Tidig varning om betydande incident', 'Early warning of a significant incident'], legalBasis: ['Cybersäkerhetslagen (2025:1506), NIS2-direktivet artikel 23.4 a', 'Swedish Cybersecurity Act (2025:1506), NIS2 Directive Article 23(4)(a)'], regime: 'nis2', stage: 'early_warning', body: earlyWarning },
  csirt_notification: { title: ['Incidentanmälan', 'Incident notification'], legalBasis: ['Cybersäkerhetslagen (2025:1506), NIS2-direktivet artikel 23.4 b', 'Swedish Cybersecurity Act (2025:1506), NIS2 Directive Article 23(4)(b)'], regime: 'nis2', stage: 'notification', body: notification },
  csirt_final_report: { title: ['Slutrapport', 'Final report'], legalBasis: ['Cybersäkerhetslagen (2025:1506), NIS2-direktivet artikel 23.4 d', 'Swedish Cybersecurity Act (2025:1506), NIS2 Directive Article 23(4)(d)'], regime: 'nis2', stage: 'final_report', body: finalReport },
  imy_notification: { title: ['Anmälan av personuppgiftsincident', 'Notification of a personal data breach'], legalBasis: ['Dataskyddsförordningen (GDPR) artikel 33', 'General Data Protection Regulation (GDPR) Article 33'], regime: 'gdpr', stage: 'notification', body: imyNotification },
};

/** The draft as text in the reader's language, filled from the incident, with marked blanks for the rest. */
export function buildDraft(draft: ReportDraft, data: DraftData, locale: Locale): DraftDocument {
  const f = facts(data, locale);
  const { tr } = f;
  const definition = definitions[draft];
  const receiver = definition.regime === 'gdpr' ? tr('Integritetsskyddsmyndigheten (IMY), www.imy.se', 'Swedish Authority for Privacy Protection (IMY), www.imy.se') : `${data.tenant.csirtName}, ${data.tenant.csirtContact}`;
  return {
    title: `${tr(...definition.title)} – ${data.incident.number}`,
    legalBasis: tr(...definition.legalBasis),
    intro: tr(
      'Utkast. Kontrollera uppgifterna och fyll i de markerade fälten innan rapporten skickas.',
      'Draft. Check the details and complete the marked fields before the report is sent.',
    ),
    sections: [senderSection(data, f, draft === 'csirt_final_report'), reportSection(data, f, definition.regime, definition.stage, receiver), ...definition.body(data, f)],
    footer: `${tr('Utkast skapat i Värn', 'Draft generated in Värn')} ${stockholmText(data.now)} · ${reportName(definition.regime, definition.stage, tr)} · ${data.incident.number}`,
  };
}
