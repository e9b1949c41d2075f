import type { Locale } from '../../../shared/locales.js';
import { levelOfScore, type RiskMatrix } from '../../../shared/risk/matrix.js';

type Cell = { likelihood: number; impact: number };

/** Black or white, whichever reads better on the band colour (#rrggbb). */
function textOn(colour: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.5 ? '#000000' : '#ffffff';
}

/**
 * A heat map as a pdfmake table: likelihood rising upwards, impact to the right, each cell
 * filled with its band colour and holding how many risks sit there.
 */
export function matrixTable(matrix: RiskMatrix, cells: Cell[], locale: Locale, corner: string) {
  const count = (likelihood: number, impact: number) => cells.filter((cell) => cell.likelihood === likelihood && cell.impact === impact).length;
  const impacts = matrix.impact.map((step, index) => ({ text: `${index + 1} ${step.label[locale]}`, bold: true, fontSize: 8, alignment: 'center' }));
  const rows = matrix.likelihood
    .map((step, index) => {
      const likelihood = index + 1;
      return [
        { text: `${likelihood} ${step.label[locale]}`, bold: true, fontSize: 8 },
        ...matrix.impact.map((_, impactIndex) => {
          const colour = levelOfScore(matrix, likelihood * (impactIndex + 1)).colour;
          const n = count(likelihood, impactIndex + 1);
          return { text: n > 0 ? String(n) : '', fillColor: colour, color: textOn(colour), bold: true, alignment: 'center', margin: [0, 6, 0, 6] };
        }),
      ];
    })
    .reverse();
  return {
    table: { headerRows: 0, widths: [90, ...matrix.impact.map(() => '*')], body: [...rows, [{ text: corner, fontSize: 8, italics: true }, ...impacts]] },
    layout: { hLineColor: () => '#ffffff', vLineColor: () => '#ffffff', hLineWidth: () => 2, vLineWidth: () => 2 },
  };
}

/** The legend under a heat map: each band's label and score range on its own colour. */
export function bandLegend(matrix: RiskMatrix, locale: Locale) {
  const top = matrix.likelihood.length * matrix.impact.length;
  const cells = matrix.bands.map((band, index) => {
    const to = (matrix.bands[index + 1]?.from ?? top + 1) - 1;
    const range = band.from === to ? String(band.from) : `${band.from}–${to}`;
    return { text: `${band.label[locale]} (${range})`, fillColor: band.colour, color: textOn(band.colour), fontSize: 8, alignment: 'center' };
  });
  return { table: { widths: cells.map(() => '*'), body: [cells] }, layout: 'noBorders', margin: [0, 4, 0, 0] };
}
