import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalActions } from '../ModalActions';
import { ProblemAlert } from '../ProblemAlert';

interface RegisterFormLayoutProps {
  /** What `useRegisterForm` returned. */
  form: { submit: (event: FormEvent) => void; save: { error: unknown; isPending: boolean }; reload: () => void };
  /** Editing an existing record (Save) rather than adding one (Create). */
  editing: boolean;
  onClose: () => void;
  /** The form's fields. */
  children: ReactNode;
}

/** A register create/edit form: its fields stacked, then the server's problem if any, then Cancel and Save/Create. */
export function RegisterFormLayout({ form, editing, onClose, children }: RegisterFormLayoutProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={form.submit} noValidate>
      <Stack>
        {children}
        <ProblemAlert error={form.save.error} onReload={form.reload} />
        <ModalActions submitLabel={editing ? t('common.save') : t('common.create')} loading={form.save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
