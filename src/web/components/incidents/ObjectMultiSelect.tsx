import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { objectsQuery } from '../../api/register';
import type { AffectedObject } from './triageDraft';

interface ObjectMultiSelectProps {
  label: string;
  description?: string;
  value: AffectedObject[];
  onChange: (objects: AffectedObject[]) => void;
  error?: string;
}

/** Affected förvaltningsobjekt: searches the register (GET /api/v1/objects?q=) as you type; the chosen keep their names. */
export function ObjectMultiSelect({ label, description, value, onChange, error }: ObjectMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [opened, setOpened] = useState(false);
  const results = useQuery({ ...objectsQuery({ q: debounced || undefined, limit: 20 }), enabled: opened || Boolean(debounced) });
  // An object without an approved classification has no profile to suggest from (as on the server).
  const found = (results.data?.items ?? []).map((object) => ({
    id: object.id,
    name: object.name,
    unit: object.orgUnitName,
    profile: object.approvedSetCount > 0 || object.raiseReason ? object.profile : null,
    critical: object.critical,
  }));
  const known = new Map<string, AffectedObject>(value.map((object) => [object.id, object]));
  for (const { unit: _unit, ...object } of found) if (!known.has(object.id)) known.set(object.id, object);

  const data = [
    ...value.map((object) => ({ value: object.id, label: object.name })),
    ...found.filter((object) => !value.some((chosen) => chosen.id === object.id)).map((object) => ({ value: object.id, label: `${object.name} (${object.unit})` })),
  ];

  return (
    <MultiSelect
      label={label}
      description={description}
      error={error}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      value={value.map((object) => object.id)}
      onChange={(ids) => onChange(ids.map((id) => known.get(id) ?? { id, name: id, profile: null, critical: false }))}
      data={data}
      // The server already searched; do not filter a second time.
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('common.nothingFound')}
    />
  );
}
