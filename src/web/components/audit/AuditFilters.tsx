import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { auditEntityTypes } from '../../api/audit';
import { PersonSelect } from '../PersonSelect';

/** Filter values as the form holds them; times are `datetime-local` values in Stockholm time. */
export interface AuditFilterValues {
  actor?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

interface AuditFiltersProps {
  value: AuditFilterValues;
  onApply: (value: AuditFilterValues) => void;
}

export function AuditFilters({ value, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilterValues>(value);
  const set = (key: keyof AuditFilterValues, next: string | null) => setDraft((old) => ({ ...old, [key]: next || undefined }));
  const knownType = !draft.entityType || (auditEntityTypes as readonly string[]).includes(draft.entityType);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, entityId: draft.entityId?.trim() || undefined });
  };
  const clear = () => {
    setDraft({});
    onApply({});
  };

  return (
    <form onSubmit={submit} role="search" aria-label={t('audit.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        <PersonSelect label={t('audit.actor')} value={draft.actor ?? null} onChange={(id) => set('actor', id)} />
        <Select
          label={t('audit.entityType')}
          clearable
          value={draft.entityType ?? null}
          onChange={(next) => set('entityType', next)}
          data={[
            ...auditEntityTypes.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) })),
            ...(knownType ? [] : [{ value: draft.entityType!, label: draft.entityType! }]),
          ]}
        />
        <TextInput label={t('audit.entityId')} value={draft.entityId ?? ''} onChange={(event) => set('entityId', event.currentTarget.value)} />
        <TextInput
          type="datetime-local"
          label={t('audit.from')}
          value={draft.from ?? ''}
          onChange={(event) => set('from', event.currentTarget.value)}
        />
        <TextInput type="datetime-local" label={t('audit.to')} value={draft.to ?? ''} onChange={(event) => set('to', event.currentTarget.value)} />
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        <Button type="submit">{t('audit.apply')}</Button>
        <Button variant="default" onClick={clear}>
          {t('audit.clear')}
        </Button>
      </Group>
    </form>
  );
}
