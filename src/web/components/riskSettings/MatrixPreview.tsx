import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { matrixCells, type RiskMatrix } from '../../../shared/risk/matrix';
import { useLabel } from '../../i18n';
import { readableTextColour } from '../risk/contrast';

/**
 * The matrix as the form stands: likelihood rows (highest on top, as MSB draws it), impact
 * columns, each cell in its band's colour with the score and the band's name.
 */
export function MatrixPreview({ matrix }: { matrix: RiskMatrix }) {
  const { t } = useTranslation();
  const label = useLabel();
  const likelihoodFromTop = matrix.likelihood.map((step, index) => ({ step, value: index + 1 })).reverse();
  // matrixCells is likelihood-major: the cell of (l, i) is at (l − 1) × impact steps + (i − 1).
  const cells = matrix.bands.length > 0 ? matrixCells(matrix) : [];
  const bandOf = (level: string | undefined) => matrix.bands.find((band) => band.level === level);
  return (
    <Table withTableBorder withColumnBorders layout="fixed" aria-label={t('riskSettings.preview')} data-testid="risk-matrix-preview">
      <Table.Caption>{t('riskSettings.previewCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">
            <Text size="xs">{t('riskSettings.previewCorner')}</Text>
          </Table.Th>
          {matrix.impact.map((step, index) => (
            <Table.Th scope="col" key={index}>
              {index + 1} {label(step.label)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {likelihoodFromTop.map(({ step, value: likelihood }) => (
          <Table.Tr key={likelihood}>
            <Table.Th scope="row">
              {likelihood} {label(step.label)}
            </Table.Th>
            {matrix.impact.map((_, index) => {
              const cell = cells[(likelihood - 1) * matrix.impact.length + index];
              const score = cell?.score ?? likelihood * (index + 1);
              const band = bandOf(cell?.level);
              const colour = band && /^#[0-9a-f]{6}$/i.test(band.colour) ? band.colour : '#ffffff';
              return (
                <Table.Td key={index} data-level={band?.level} ta="center" style={{ backgroundColor: colour, color: readableTextColour(colour) }}>
                  <Text fw={700} inherit>
                    {score}
                  </Text>
                  <Text size="xs" inherit>
                    {band ? label(band.label) : ''}
                  </Text>
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
