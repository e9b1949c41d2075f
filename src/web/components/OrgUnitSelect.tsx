import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { orgUnitsQuery } from '../api/org';
import { buildOrgTree, flattenOrgTree } from './org/orgTree';

interface OrgUnitSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'renderOption'> {
  value: string | null;
  onChange: (id: string | null) => void;
  /** Units that may not be chosen, e.g. a unit itself and its descendants when moving it. */
  exclude?: ReadonlySet<string>;
  /** Closed units are not offered unless asked for (filters may want them). */
  includeClosed?: boolean;
}

/** A searchable org-unit picker in tree order, indented by depth. */
export function OrgUnitSelect({ value, onChange, exclude, includeClosed = false, ...props }: OrgUnitSelectProps) {
  const { t } = useTranslation();
  const units = useQuery(orgUnitsQuery);
  const entries = useMemo(
    () =>
      flattenOrgTree(buildOrgTree(units.data ?? [])).filter(
        ({ unit }) => (includeClosed || !unit.closedAt || unit.id === value) && !exclude?.has(unit.id),
      ),
    [units.data, includeClosed, exclude, value],
  );
  const depthOf = useMemo(() => new Map(entries.map(({ unit, depth }) => [unit.id, depth])), [entries]);

  return (
    <Select
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      {...props}
      value={value}
      onChange={onChange}
      error={props.error ?? (units.isError ? t('errors.unitsUnavailable') : undefined)}
      data={entries.map(({ unit }) => ({
        value: unit.id,
        label: unit.closedAt ? `${unit.name} (${t('org.closed')})` : unit.name,
      }))}
      renderOption={({ option }) => <span style={{ paddingLeft: `${(depthOf.get(option.value) ?? 0) * 0.9}rem` }}>{option.label}</span>}
    />
  );
}
