import { BorderStyle, Document, Footer, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Locale } from '../../../shared/locales.js';
import { renderPdf } from '../../http/pdfDocument.js';
import { FileDownload } from '../../http/route.js';
import { blankText, type DraftDocument, type DraftField } from './draftContent.js';
import { translator } from './draftFacts.js';

export const draftFormats = ['pdf', 'docx'] as const;
export type DraftFormat = (typeof draftFormats)[number];

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Blanks stand out in both formats, so nobody sends a draft with one left in. */
const blankColor = 'B00020';

function pdfDefinition(draft: DraftDocument, locale: Locale) {
  const tr = translator(locale);
  const value = (field: DraftField) => (field.value === null ? { text: blankText(field, tr), color: `#${blankColor}`, italics: true } : field.value);
  return {
    info: { title: draft.title, creator: 'Värn' },
    content: [
      { text: draft.title, fontSize: 17, bold: true, margin: [0, 0, 0, 2] },
      { text: draft.legalBasis, fontSize: 9, color: '#555555', margin: [0, 0, 0, 6] },
      { text: draft.intro, italics: true, margin: [0, 0, 0, 6] },
      ...draft.sections.flatMap((section) => [
        { text: section.heading, fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
        { table: { widths: [170, '*'], body: section.fields.map((field) => [{ text: field.label, bold: true }, value(field)]) }, layout: 'lightHorizontalLines' },
      ]),
    ],
    footer: (page: number, pages: number) => ({ text: `${draft.footer} · ${page}/${pages}`, alignment: 'center', fontSize: 8, color: '#777777' }),
  };
}

/** Text with line breaks as Word runs. */
function runs(text: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...options }));
}

const cell = (children: TextRun[], width: number) =>
  new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children })] });

function docxDocument(draft: DraftDocument, locale: Locale): Document {
  const tr = translator(locale);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const line = { style: BorderStyle.SINGLE, size: 4, color: 'CCCCCC' };
  return new Document({
    creator: 'Värn',
    title: draft.title,
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ children: runs(draft.footer, { color: '777777' }) })] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(draft.title) }),
          new Paragraph({ children: runs(draft.legalBasis, { color: '555555' }) }),
          new Paragraph({ children: runs(draft.intro, { italics: true }) }),
          ...draft.sections.flatMap((section) => [
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(section.heading) }),
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              borders: { top: none, bottom: line, left: none, right: none, insideHorizontal: line, insideVertical: none },
              rows: section.fields.map(
                (field) =>
                  new TableRow({
                    children: [
                      cell(runs(field.label, { bold: true }), 35),
                      cell(field.value === null ? runs(blankText(field, tr), { italics: true, color: blankColor }) : runs(field.value), 65),
                    ],
                  }),
              ),
            }),
          ]),
        ],
      },
    ],
  });
}

/** The draft as a file to download, named after the report and the incident. */
export async function draftFile(draft: DraftDocument, format: DraftFormat, locale: Locale): Promise<FileDownload> {
  if (format === 'pdf') return new FileDownload(`${draft.title}.pdf`, 'application/pdf', await renderPdf(pdfDefinition(draft, locale)));
  return new FileDownload(`${draft.title}.docx`, docxType, await Packer.toBuffer(docxDocument(draft, locale)));
}
