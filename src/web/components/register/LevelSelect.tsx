import { Select, type SelectProps } from '@mantine/core';
import { aspectLabels, levelLabels, levels, type Aspect, type Level } from '../../../shared/classification/aspects';
import { useLabel } from '../../i18n';

interface LevelSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'label'> {
  aspect: Aspect;
  value: Level;
  onChange: (level: Level) => void;
  /** The lowest level offered (e.g. the derived maximum an object cannot go below). */
  min?: Level;
  /** The highest level offered; level 4 belongs to the säkerhetsskyddschef, not the normal catalogue. */
  max?: Level;
}

/** One aspect's level, 0-4, each with what it means ("2 – Betydande skada"). */
export function LevelSelect({ aspect, value, onChange, min = 0, max = 3, ...props }: LevelSelectProps) {
  const label = useLabel();
  return (
    <Select
      {...props}
      label={`${label(aspectLabels[aspect])} (${aspect})`}
      allowDeselect={false}
      value={String(value)}
      onChange={(chosen) => chosen !== null && onChange(Number(chosen) as Level)}
      data={levels.filter((level) => level >= min && level <= Math.max(max, min)).map((level) => ({ value: String(level), label: `${level} – ${label(levelLabels[level])}` }))}
    />
  );
}
