import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { peopleQuery, personQuery } from '../api/people';

interface PersonSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'filter'> {
  value: string | null;
  onChange: (id: string | null) => void;
  /** The chosen person's name when the caller already knows it (saves a lookup). */
  selectedName?: string | null;
  /** People who may not be chosen, e.g. a person as their own manager. */
  excludeId?: string;
}

/** A person picker that searches the people register as you type. */
export function PersonSelect({ value, onChange, selectedName, excludeId, ...props }: PersonSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [opened, setOpened] = useState(false);
  // Ask the server only once someone opens the list or types.
  const results = useQuery({ ...peopleQuery({ q: debounced || undefined, limit: 20 }), enabled: opened || Boolean(debounced) });
  // Remember names seen, so the chosen person keeps a label when a new search no longer lists them.
  const names = useRef(new Map<string, string>());
  for (const person of results.data?.items ?? []) names.current.set(person.id, person.name);
  if (value && selectedName) names.current.set(value, selectedName);
  const needsLookup = Boolean(value && !names.current.has(value));
  const chosen = useQuery({ ...personQuery(value ?? ''), enabled: needsLookup });
  if (value && chosen.data) names.current.set(value, chosen.data.name);

  const data = useMemo(() => {
    const options = (results.data?.items ?? [])
      .filter((person) => person.id !== excludeId)
      .map((person) => ({ value: person.id, label: person.name, email: person.email }));
    if (value && !options.some((option) => option.value === value)) {
      options.unshift({ value, label: names.current.get(value) ?? t('common.loading'), email: '' });
    }
    return options;
  }, [results.data, value, excludeId, t]);
  const emails = new Map(data.map((option) => [option.value, option.email]));

  return (
    <Select
      {...props}
      searchable
      clearable={props.clearable ?? true}
      value={value}
      onChange={(id) => onChange(id)}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      data={data.map(({ value: id, label }) => ({ value: id, label }))}
      // The server already filtered by the search text; do not filter a second time.
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={props.error ?? (results.isError ? t('errors.peopleUnavailable') : undefined)}
      renderOption={({ option }) => (
        <div>
          <div>{option.label}</div>
          {emails.get(option.value) && <div style={{ fontSize: '0.8em' }}>{emails.get(option.value)}</div>}
        </div>
      )}
    />
  );
}
