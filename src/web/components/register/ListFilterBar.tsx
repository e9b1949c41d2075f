import { SimpleGrid, TextInput, type SimpleGridProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgUnitSelect } from '../OrgUnitSelect';

interface ListFilterBarProps {
  /** Accessible name of the search landmark. */
  label: string;
  searchLabel: string;
  text: string;
  onText: (text: string) => void;
  unit: string | undefined;
  onUnit: (unitId: string | undefined) => void;
  cols: SimpleGridProps['cols'];
  /** The filters only this list has, after the text search and org unit. */
  children?: ReactNode;
}

/** The filter row of a register list: free-text search and org unit, then the list's own filters. */
export function ListFilterBar({ label, searchLabel, text, onText, unit, onUnit, cols, children }: ListFilterBarProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={cols} mb="md" role="search" aria-label={label}>
      <TextInput type="search" label={searchLabel} value={text} onChange={(event) => onText(event.currentTarget.value)} />
      <OrgUnitSelect label={t('register.objects.fields.orgUnit')} clearable includeClosed value={unit ?? null} onChange={(id) => onUnit(id ?? undefined)} />
      {children}
    </SimpleGrid>
  );
}
