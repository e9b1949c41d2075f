import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { objectQuery, objectsQuery } from '../../api/register';

interface ObjectSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'filter'> {
  value: string | null;
  onChange: (id: string | null) => void;
}

/** A förvaltningsobjekt picker that searches the register (GET /api/v1/objects?q=) as you type. */
export function ObjectSelect({ value, onChange, ...props }: ObjectSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [opened, setOpened] = useState(false);
  const results = useQuery({ ...objectsQuery({ q: debounced || undefined, limit: 20 }), enabled: opened || Boolean(debounced) });
  // Names seen so far, so the chosen object keeps its label when a new search no longer lists it.
  const names = useRef(new Map<string, string>());
  for (const object of results.data?.items ?? []) names.current.set(object.id, object.name);
  const chosen = useQuery({ ...objectQuery(value ?? ''), enabled: Boolean(value && !names.current.has(value)) });
  if (value && chosen.data) names.current.set(value, chosen.data.name);

  const data = (results.data?.items ?? []).map((object) => ({ value: object.id, label: `${object.name} (${object.orgUnitName})` }));
  if (value && !data.some((option) => option.value === value)) data.unshift({ value, label: names.current.get(value) ?? t('common.loading') });

  return (
    <Select
      {...props}
      searchable
      clearable
      value={value}
      onChange={onChange}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      data={data}
      // The server already searched; do not filter a second time.
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('common.nothingFound')}
    />
  );
}
