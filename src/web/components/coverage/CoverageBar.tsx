import type { CoverageRow } from '../../../shared/schemas/coverage';
import { coverageStates, type CoverageState } from './coverageTree';

/** The colour of each state, in the bar and in the legend. */
export const stateColors: Record<CoverageState, string> = {
  valid: 'var(--mantine-color-green-8)',
  expired: 'var(--mantine-color-orange-7)',
  incomplete: 'var(--mantine-color-yellow-5)',
  never: 'var(--mantine-color-red-8)',
};

/**
 * The four states side by side as one bar. It is a picture of the numbers in the same row,
 * so screen readers skip it (the numbers are read from the table).
 */
export function CoverageBar({ row }: { row: CoverageRow }) {
  if (row.objects === 0) return null;
  return (
    <div className="varn-coverage-bar" aria-hidden="true">
      {coverageStates.map((state) =>
        row[state] > 0 ? <span key={state} style={{ flexGrow: row[state], background: stateColors[state] }} title={`${row[state]}`} /> : null,
      )}
    </div>
  );
}

/** A small square of a state's colour, for the legend. */
export function StateSwatch({ state }: { state: CoverageState }) {
  return <span className="varn-swatch" aria-hidden="true" style={{ background: stateColors[state] }} />;
}
