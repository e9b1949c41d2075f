import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { refreshRegister } from '../../api/register';
import { formErrors } from '../formErrors';
import { notifySuccess } from '../notify';

/** The form's values with a typed setter for one field. */
export function useFormValues<Values extends object>(initial: Values) {
  const [values, setValues] = useState(initial);
  const change = <K extends keyof Values>(key: K, value: Values[K]) => setValues((old) => ({ ...old, [key]: value }));
  return { values, setValues, change };
}

/** For an edit, only the fields that differ from the original (plus the version it was based on). */
export function changedFields<Fields extends object>(fields: Fields, before: { [K in keyof Fields]?: unknown }, version: number) {
  const changed: Record<string, unknown> = { version };
  for (const key of Object.keys(fields) as (keyof Fields)[]) {
    if (JSON.stringify(fields[key] ?? null) !== JSON.stringify(before[key] ?? null)) changed[key as string] = fields[key];
  }
  return changed as { version: number };
}

interface RegisterFormOptions<Saved> {
  /** Validates the body before sending, so field errors show without a round trip. */
  schema: z.ZodType;
  body: () => unknown;
  send: () => Promise<Saved>;
  /** The success notice for what was saved. */
  done: (saved: Saved) => string;
  onSaved?: (saved: Saved) => void;
  onClose: () => void;
}

/**
 * Submit of a register create/edit form: check the body against the schema, send it, refresh the
 * register's lists, say so and close. `reload` answers a version conflict by fetching the newer data.
 */
export function useRegisterForm<Saved>({ schema, body, send, done, onSaved, onClose }: RegisterFormOptions<Saved>) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: send,
    onSuccess: async (saved) => {
      await refreshRegister(queryClient);
      notifySuccess(done(saved));
      onSaved?.(saved);
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(schema, body());
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  // Someone else changed the record: fetch theirs and let the person redo the change on top of it.
  const reload = async () => {
    await refreshRegister(queryClient);
    onClose();
  };
  return { errors, save, submit, reload };
}
