import ExcelJS from 'exceljs';
import type { Locale } from '../../../shared/locales.js';
import { statsGroupings, type StatsRows, type StatsSeries, type StatsTimes } from '../../../shared/schemas/incident.js';
import { FileDownload } from '../../http/route.js';
import { xlsxContentType, type SheetCell } from '../../http/spreadsheet.js';
import type { Grouping } from './labels.js';

type Bilingual = { sv: string; en: string };

const groupingNames: Record<Grouping, Bilingual> = {
  type: { sv: 'Typ', en: 'Type' },
  category: { sv: 'Kategori', en: 'Category' },
  cause: { sv: 'Orsak', en: 'Cause' },
  orgUnit: { sv: 'Förvaltning', en: 'Department' },
  severity: { sv: 'Allvarlighetsgrad', en: 'Severity' },
};
const words = {
  count: { sv: 'Antal incidenter', en: 'Incidents' },
  total: { sv: 'Totalt (antal incidenter)', en: 'Total (incidents)' },
  perMonth: { sv: 'per månad', en: 'per month' },
  times: { sv: 'Tider och rapporter', en: 'Times and reports' },
  measure: { sv: 'Mått', en: 'Measure' },
  measured: { sv: 'Antal mätta', en: 'Measured' },
  median: { sv: 'Median (timmar)', en: 'Median (hours)' },
  p90: { sv: '90:e percentilen (timmar)', en: '90th percentile (hours)' },
  detect: { sv: 'Tid till upptäckt', en: 'Time to detect' },
  resolve: { sv: 'Tid till åtgärdad', en: 'Time to resolve' },
  close: { sv: 'Tid till avslutad', en: 'Time to close' },
  reports: { sv: 'Lagstadgade rapporter', en: 'Legal reports' },
  due: { sv: 'Förfallna eller inlämnade', en: 'Due or submitted' },
  onTime: { sv: 'I tid', en: 'On time' },
  late: { sv: 'Sena eller saknade', en: 'Late or missing' },
  share: { sv: 'Andel i tid (%)', en: 'Share on time (%)' },
  file: { sv: 'Incidentstatistik', en: 'Incident statistics' },
} satisfies Record<string, Bilingual>;

export interface StatsWorkbookInput {
  rows: Record<Grouping, StatsRows>;
  months: Record<Grouping, StatsSeries>;
  times: StatsTimes;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: string[], rows: SheetCell[][], widths: number[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((header, index) => ({ header, key: `c${index}`, width: widths[index] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const values of rows) sheet.addRow(values);
}

/**
 * The statistics as one workbook: a sheet per grouping (rows and the number of incidents), a sheet
 * per grouping month by month, and the times with the legal reports. Labels only, never people.
 */
export async function statsWorkbook(input: StatsWorkbookInput, locale: Locale): Promise<FileDownload> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Värn';
  for (const grouping of statsGroupings) {
    const { rows, total } = input.rows[grouping];
    const cells: SheetCell[][] = [...rows.map((row) => [row.label, row.count]), [words.total[locale], total]];
    addSheet(workbook, groupingNames[grouping][locale], [groupingNames[grouping][locale], words.count[locale]], cells, [48, 18]);
  }
  for (const grouping of statsGroupings) {
    const { periods, series } = input.months[grouping];
    const name = `${groupingNames[grouping][locale]} ${words.perMonth[locale]}`;
    addSheet(workbook, name, [groupingNames[grouping][locale], ...periods], series.map((entry) => [entry.label, ...entry.counts]), [48, ...periods.map(() => 9)]);
  }
  const { times } = input;
  const duration = (name: 'detect' | 'resolve' | 'close'): SheetCell[] => [words[name][locale], times[name].count, times[name].medianHours, times[name].p90Hours];
  const reports = times.legalReports;
  addSheet(
    workbook,
    words.times[locale],
    [words.measure[locale], words.measured[locale], words.median[locale], words.p90[locale]],
    [
      duration('detect'),
      duration('resolve'),
      duration('close'),
      [],
      [words.reports[locale], words.due[locale], words.onTime[locale], words.late[locale], words.share[locale]],
      ['', reports.due, reports.onTime, reports.late, reports.share === null ? null : Math.round(reports.share * 1000) / 10],
    ],
    [30, 24, 22, 24, 14],
  );
  const stamp = new Date().toISOString().slice(0, 10);
  return new FileDownload(`${words.file[locale]} ${stamp}.xlsx`, xlsxContentType, Buffer.from(await workbook.xlsx.writeBuffer()));
}
