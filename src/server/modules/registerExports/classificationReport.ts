import { aspectLabels, aspects, levelLabels } from '../../../shared/classification/aspects.js';
import { formatProfile, handlingLabelNames, defaultHandlingLabel } from '../../../shared/classification/profile.js';
import { classificationStatusLabels } from '../../../shared/classification/workflow.js';
import type { Locale } from '../../../shared/locales.js';
import { hostingLabels, objectStateLabels } from '../../../shared/register.js';
import type { ActionPlan } from '../../../shared/schemas/actions.js';
import type { Classification } from '../../../shared/schemas/classification.js';
import type { ObjectDetail } from '../../../shared/schemas/register.js';
import { renderPdf } from '../../http/pdfDocument.js';
import { FileDownload } from '../../http/route.js';

const text = {
  title: { sv: 'Klassningsrapport', en: 'Classification report' },
  unit: { sv: 'Förvaltning/enhet', en: 'Org unit' },
  owners: { sv: 'Objektägare', en: 'Object owners' },
  critical: { sv: 'Verksamhetskritiskt', en: 'Business-critical' },
  state: { sv: 'Klassningsläge', en: 'Classification state' },
  profile: { sv: 'Skyddsnivå', en: 'Protection profile' },
  derived: { sv: 'Härledd från informationsmängderna', en: 'Derived from the information sets' },
  raise: { sv: 'Skäl för höjning', en: 'Reason for raising' },
  handling: { sv: 'Hanteringsklass (utgår från K)', en: 'Handling label (from K)' },
  handlingNote: {
    sv: 'Hanteringsklassen är en märkning för hantering, inte en säkerhetsskyddsklass enligt säkerhetsskyddslagen.',
    en: 'The handling label is a marking for handling, not a security classification under the Protective Security Act.',
  },
  sets: { sv: 'Informationsmängder', en: 'Information sets' },
  set: { sv: 'Informationsmängd', en: 'Information set' },
  owner: { sv: 'Informationsägare', en: 'Information owner' },
  status: { sv: 'Status', en: 'Status' },
  approved: { sv: 'Fastställd av', en: 'Approved by' },
  validUntil: { sv: 'Giltig till', en: 'Valid until' },
  notClassified: { sv: 'Ej klassad', en: 'Not classified' },
  reasons: { sv: 'Motiveringar', en: 'Reasons' },
  systems: { sv: 'System', en: 'Systems' },
  supplier: { sv: 'Leverantör', en: 'Supplier' },
  hosting: { sv: 'Drift', en: 'Hosting' },
  plan: { sv: 'Handlingsplan', en: 'Action plan' },
  fulfilment: { sv: 'Uppfyllnad', en: 'Fulfilment' },
  planCounts: {
    sv: 'Tillämpliga krav {applicable}: uppfyllda {met}, delvis {partly}, ej uppfyllda {notMet}, ej bedömda {unassessed}; försenade åtgärder {overdue}.',
    en: 'Applicable requirements {applicable}: met {met}, partly {partly}, not met {notMet}, not assessed {unassessed}; overdue actions {overdue}.',
  },
  generated: { sv: 'Skapad', en: 'Generated' },
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
};

const header = (cells: string[]) => cells.map((cell) => ({ text: cell, bold: true, fillColor: '#eeeeee' }));
const date = (iso: string | null) => (iso ? iso.slice(0, 10) : '–');

/** A förvaltningsobjekt's classification on paper: profile, each set with its reasons, systems, handlingsplan. */
export async function classificationReport(object: ObjectDetail, approvedBySet: Map<string, Classification>, plan: ActionPlan, locale: Locale): Promise<FileDownload> {
  const t = (key: keyof typeof text) => text[key][locale];
  const facts: Array<[string, string]> = [
    [t('unit'), object.orgUnitName],
    [t('owners'), object.owners.map((owner) => owner.name).join(', ') || '–'],
    [t('critical'), object.critical ? t('yes') : t('no')],
    [t('state'), objectStateLabels[object.state][locale]],
    [t('profile'), formatProfile(object.profile)],
    [t('derived'), formatProfile(object.derivedProfile)],
    ...(object.raiseReason ? ([[t('raise'), object.raiseReason]] as Array<[string, string]>) : []),
    [t('handling'), handlingLabelNames[defaultHandlingLabel(object.profile.K)][locale]],
  ];
  const setRows = object.informationSets.map((set) => {
    const approved = approvedBySet.get(set.id);
    return [
      set.name,
      set.ownerName ?? '–',
      set.classification ? formatProfile(set.classification) : '–',
      set.classification ? classificationStatusLabels[set.classification.status][locale] : t('notClassified'),
      approved?.approvedBy ? `${approved.approvedBy.name} ${date(approved.approvedAt)}` : '–',
      date(set.classification?.validUntil ?? null),
    ];
  });
  const reasons = object.informationSets.flatMap((set) => {
    const approved = approvedBySet.get(set.id);
    if (!approved) return [];
    const lines = aspects
      .filter((aspect) => approved.reasons[aspect])
      .map((aspect) => ({ text: `${aspectLabels[aspect][locale]} ${approved.profile[aspect]} (${levelLabels[approved.profile[aspect]][locale]}): ${approved.reasons[aspect]}`, margin: [8, 0, 0, 2] }));
    return lines.length > 0 ? [{ text: set.name, bold: true, margin: [0, 6, 0, 2] }, ...lines] : [];
  });
  const summary = plan.summary;
  const counts = t('planCounts')
    .replace('{applicable}', String(summary.applicable))
    .replace('{met}', String(summary.met))
    .replace('{partly}', String(summary.partlyMet))
    .replace('{notMet}', String(summary.notMet))
    .replace('{unassessed}', String(summary.unassessed))
    .replace('{overdue}', String(summary.overdue));
  const body = await renderPdf({
    info: { title: `${t('title')}: ${object.name}`, creator: 'Värn' },
    content: [
      { text: t('title'), fontSize: 9, color: '#555555' },
      { text: object.name, fontSize: 18, bold: true, margin: [0, 2, 0, 4] },
      ...(object.description ? [{ text: object.description, margin: [0, 0, 0, 8] }] : []),
      { table: { widths: [150, '*'], body: facts.map(([label, value]) => [{ text: label, bold: true }, value]) }, layout: 'lightHorizontalLines' },
      { text: t('handlingNote'), italics: true, fontSize: 8, margin: [0, 4, 0, 12] },
      { text: t('sets'), fontSize: 13, bold: true, margin: [0, 6, 0, 4] },
      {
        table: {
          headerRows: 1,
          widths: ['*', 90, 62, 62, 90, 56],
          body: [header([t('set'), t('owner'), t('profile'), t('status'), t('approved'), t('validUntil')]), ...setRows],
        },
        layout: 'lightHorizontalLines',
      },
      ...(reasons.length > 0 ? [{ text: t('reasons'), fontSize: 13, bold: true, margin: [0, 12, 0, 2] }, ...reasons] : []),
      { text: t('systems'), fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      {
        table: {
          headerRows: 1,
          widths: ['*', 110, 110, 62],
          body: [header([t('systems'), t('supplier'), t('hosting'), t('profile')]), ...object.systems.map((system) => [system.name, system.supplier || '–', hostingLabels[system.hosting][locale], formatProfile(system.derivedProfile)])],
        },
        layout: 'lightHorizontalLines',
      },
      { text: t('plan'), fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      { text: `${t('fulfilment')}: ${summary.fulfilmentPercent === null ? '–' : `${summary.fulfilmentPercent} %`}` },
      { text: counts, margin: [0, 2, 0, 0] },
    ],
    footer: (page: number, pages: number) => ({ text: `${t('generated')} ${new Date().toISOString().slice(0, 10)} · ${page}/${pages}`, alignment: 'center', fontSize: 8, color: '#777777' }),
  });
  return new FileDownload(`${t('title')} ${object.name}.pdf`, 'application/pdf', body);
}
