import { Textarea, TextInput } from '@mantine/core';

interface TextFieldProps {
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** The required name that opens every register form (focused when the dialog opens). */
export function NameField({ label, value, error, onChange }: TextFieldProps) {
  return <TextInput label={label} required data-autofocus value={value} error={error} onChange={(e) => onChange(e.currentTarget.value)} />;
}

/** A register record's free-text description, growing with its content. */
export function DescriptionField({ label, value, error, onChange, maxRows = 8 }: TextFieldProps & { maxRows?: number }) {
  return <Textarea label={label} autosize minRows={2} maxRows={maxRows} value={value} error={error} onChange={(e) => onChange(e.currentTarget.value)} />;
}
