import pdfmake from 'pdfmake';

const standardFonts = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };

// The PDF standard fonts cover Swedish. Nothing is fetched from a URL, and the only "files"
// read are those four built-in font names: no user text can point the renderer at the disk.
pdfmake.setFonts({ Helvetica: standardFonts });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => Object.values(standardFonts).includes(path));

/** Renders a pdfmake document definition to a PDF. */
export async function renderPdf(definition: Record<string, unknown>): Promise<Buffer> {
  return pdfmake.createPdf({ defaultStyle: { font: 'Helvetica', fontSize: 10 }, pageSize: 'A4', pageMargins: [48, 56, 48, 56], ...definition }).getBuffer();
}
