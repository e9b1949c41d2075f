import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The foot of every dialog's form: Cancel, then the submit button with its own label. */
export function ModalActions({ submitLabel, loading, onCancel }: { submitLabel: string; loading: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
