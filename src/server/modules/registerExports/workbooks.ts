import { formatProfile } from '../../../shared/classification/profile.js';
import { classificationStatusLabels } from '../../../shared/classification/workflow.js';
import type { Locale } from '../../../shared/locales.js';
import { hostingLabels, objectStateLabels } from '../../../shared/register.js';
import type { CoverageRow } from '../../../shared/schemas/coverage.js';
import type { InformationSetSummary, ObjectSummary, SystemSummary } from '../../../shared/schemas/register.js';
import { xlsxDownload } from '../../http/spreadsheet.js';

type Bilingual = { sv: string; en: string };
const yesNo = (value: boolean, locale: Locale) => (value ? { sv: 'Ja', en: 'Yes' } : { sv: 'Nej', en: 'No' })[locale];
const date = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

async function workbook(locale: Locale, name: Bilingual, columns: Array<[Bilingual, number]>, rows: Array<Array<string | number | null>>) {
  const stamp = new Date().toISOString().slice(0, 10);
  return xlsxDownload(`${name[locale]} ${stamp}.xlsx`, name[locale], columns.map(([label]) => label[locale]), rows, columns.map(([, width]) => width));
}

export function objectsWorkbook(objects: ObjectSummary[], locale: Locale) {
  return workbook(
    locale,
    { sv: 'Förvaltningsobjekt', en: 'Management objects' },
    [
      [{ sv: 'Namn', en: 'Name' }, 36],
      [{ sv: 'Förvaltning/enhet', en: 'Org unit' }, 30],
      [{ sv: 'Objektägare', en: 'Object owners' }, 30],
      [{ sv: 'Verksamhetskritiskt', en: 'Critical' }, 12],
      [{ sv: 'Skyddsnivå', en: 'Profile' }, 14],
      [{ sv: 'Härledd nivå', en: 'Derived profile' }, 14],
      [{ sv: 'Skäl för höjning', en: 'Raise reason' }, 40],
      [{ sv: 'Klassning', en: 'Classification' }, 16],
      [{ sv: 'Fastställda mängder', en: 'Approved sets' }, 12],
      [{ sv: 'Informationsmängder', en: 'Information sets' }, 12],
      [{ sv: 'System', en: 'Systems' }, 10],
      [{ sv: 'Behöver granskas', en: 'Needs review' }, 12],
    ],
    objects.map((object) => [
      object.name,
      object.orgUnitName,
      object.owners.map((owner) => owner.name).join(', '),
      yesNo(object.critical, locale),
      formatProfile(object.profile),
      formatProfile(object.derivedProfile),
      object.raiseReason ?? '',
      objectStateLabels[object.state][locale],
      object.approvedSetCount,
      object.informationSetCount,
      object.systemCount,
      yesNo(object.needsReview, locale),
    ]),
  );
}

export function systemsWorkbook(systems: SystemSummary[], locale: Locale) {
  return workbook(
    locale,
    { sv: 'System', en: 'Systems' },
    [
      [{ sv: 'Namn', en: 'Name' }, 32],
      [{ sv: 'Förvaltningsobjekt', en: 'Management object' }, 32],
      [{ sv: 'Leverantör', en: 'Supplier' }, 24],
      [{ sv: 'Drift', en: 'Hosting' }, 24],
      [{ sv: 'Beroenden', en: 'Dependencies' }, 30],
      [{ sv: 'Integrationer', en: 'Integrations' }, 40],
      [{ sv: 'Härledd nivå', en: 'Derived profile' }, 14],
    ],
    systems.map((system) => [
      system.name,
      system.objectName,
      system.supplier,
      hostingLabels[system.hosting][locale],
      system.dependencies.join(', '),
      system.integrations.map((integration) => integration.targetName).join(', '),
      formatProfile(system.derivedProfile),
    ]),
  );
}

export function informationSetsWorkbook(sets: InformationSetSummary[], locale: Locale) {
  const status = (set: InformationSetSummary) => (set.classification ? classificationStatusLabels[set.classification.status][locale] : { sv: 'Ej klassad', en: 'Not classified' }[locale]);
  return workbook(
    locale,
    { sv: 'Informationsmängder', en: 'Information sets' },
    [
      [{ sv: 'Namn', en: 'Name' }, 34],
      [{ sv: 'Förvaltningsobjekt', en: 'Management object' }, 30],
      [{ sv: 'Förvaltning/enhet', en: 'Org unit' }, 26],
      [{ sv: 'Informationsägare', en: 'Information owner' }, 24],
      [{ sv: 'Informationstyp', en: 'Information type' }, 24],
      [{ sv: 'Lagrum', en: 'Legal bases' }, 30],
      [{ sv: 'Personuppgifter', en: 'Personal data' }, 12],
      [{ sv: 'Känsliga personuppgifter', en: 'Special categories' }, 12],
      [{ sv: 'Klassning', en: 'Classification' }, 14],
      [{ sv: 'Status', en: 'Status' }, 14],
      [{ sv: 'Giltig till', en: 'Valid until' }, 12],
      [{ sv: 'Behöver granskas', en: 'Needs review' }, 12],
    ],
    sets.map((set) => [
      set.name,
      set.objectName,
      set.orgUnitName,
      set.owner?.name ?? '',
      set.informationTypeName ?? '',
      set.legalBases.join(', '),
      yesNo(set.personalData, locale),
      yesNo(set.specialCategories, locale),
      set.classification ? formatProfile(set.classification) : '',
      status(set),
      date(set.classification?.validUntil ?? null),
      yesNo(set.needsReview !== null, locale),
    ]),
  );
}

export function coverageWorkbook(rows: CoverageRow[], locale: Locale) {
  const depth = new Map<string, number>();
  for (const row of rows) depth.set(row.orgUnitId, row.parentId && depth.has(row.parentId) ? depth.get(row.parentId)! + 1 : 0);
  return workbook(
    locale,
    { sv: 'Täckning', en: 'Coverage' },
    [
      [{ sv: 'Enhet', en: 'Org unit' }, 40],
      [{ sv: 'Objekt', en: 'Objects' }, 10],
      [{ sv: 'Giltig', en: 'Valid' }, 10],
      [{ sv: 'Inaktuell', en: 'Expired' }, 10],
      [{ sv: 'Ofullständig', en: 'Incomplete' }, 12],
      [{ sv: 'Aldrig klassad', en: 'Never classified' }, 14],
      [{ sv: 'Andel giltig (%)', en: 'Share valid (%)' }, 14],
      [{ sv: 'Aktuell riskanalys', en: 'Current risk analysis' }, 14],
      [{ sv: 'Uppfyllnad handlingsplan (%)', en: 'Action plan fulfilment (%)' }, 18],
      [{ sv: 'Försenade åtgärder', en: 'Overdue actions' }, 14],
    ],
    rows.map((row) => [
      `${'  '.repeat(depth.get(row.orgUnitId) ?? 0)}${row.name}`,
      row.objects,
      row.valid,
      row.expired,
      row.incomplete,
      row.never,
      row.objects === 0 ? null : Math.round((row.valid / row.objects) * 1000) / 10,
      row.riskAnalysisCurrent,
      row.actions.fulfilmentPercent,
      row.actions.overdue,
    ]),
  );
}
