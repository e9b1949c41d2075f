import ExcelJS from 'exceljs';
import { FileDownload } from './route.js';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SheetCell = string | number | null;

/** Writes cells as plain strings and numbers (exceljs never writes them as formulas). */
export async function writeXlsx(sheetName: string, columns: string[], rows: SheetCell[][], widths: number[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Värn';
  const worksheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((header, index) => ({ header, key: header, width: widths[index] ?? 18 }));
  worksheet.getRow(1).font = { bold: true };
  for (const values of rows) worksheet.addRow(values);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One sheet as a download: every export of a list goes through here. */
export async function xlsxDownload(filename: string, sheetName: string, columns: string[], rows: SheetCell[][], widths: number[] = []): Promise<FileDownload> {
  return new FileDownload(filename, xlsxContentType, await writeXlsx(sheetName, columns, rows, widths));
}
