import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A table's header row; `actions` adds a last column whose heading only screen readers hear. */
export function TableHead({ columns, actions = false }: { columns: string[]; actions?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <Table.Th key={column}>{column}</Table.Th>
        ))}
        {actions && (
          <Table.Th>
            <span className="varn-visually-hidden">{t('common.actions')}</span>
          </Table.Th>
        )}
      </Table.Tr>
    </Table.Thead>
  );
}
