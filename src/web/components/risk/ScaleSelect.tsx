import { Select, Text } from '@mantine/core';
import type { ScaleStep } from '../../../shared/risk/matrix';
import { useLabel } from '../../i18n';

interface ScaleSelectProps {
  label: string;
  /** The matrix's likelihood or impact steps, lowest first. */
  steps: ScaleStep[];
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string;
  required?: boolean;
  clearable?: boolean;
}

/** One step of a likelihood or impact scale, each shown as "3 – Hög" with what the step means. */
export function ScaleSelect({ label: fieldLabel, steps, value, onChange, error, required, clearable }: ScaleSelectProps) {
  const label = useLabel();
  const descriptions = new Map(steps.map((step, index) => [String(index + 1), label(step.description)]));
  const chosen = value ? descriptions.get(String(value)) : undefined;
  return (
    <Select
      label={fieldLabel}
      required={required}
      clearable={clearable}
      allowDeselect={!!clearable}
      value={value ? String(value) : null}
      onChange={(next) => onChange(next ? Number(next) : null)}
      error={error}
      description={chosen}
      data={steps.map((step, index) => ({ value: String(index + 1), label: `${index + 1} – ${label(step.label)}` }))}
      renderOption={({ option }) => (
        <div>
          <div>{option.label}</div>
          <Text size="xs" component="div">
            {descriptions.get(option.value)}
          </Text>
        </div>
      )}
    />
  );
}
