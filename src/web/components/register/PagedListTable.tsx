import { Loader, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paging } from '../Paging';
import { ProblemAlert } from '../ProblemAlert';
import { TableHead } from '../TableHead';
import { listPageSize } from './useListSearch';

interface PagedListTableProps<Item> {
  query: UseQueryResult<{ items: Item[]; total: number }>;
  /** Accessible name of the table. */
  label: string;
  columns: string[];
  minWidth: number;
  emptyText: string;
  page: number;
  onPage: (page: number) => void;
  /** One `Table.Tr` per item. */
  row: (item: Item) => ReactNode;
}

/** One page of a register list: loading and error states, the table, an empty note and the paging. */
export function PagedListTable<Item>({ query, label, columns, minWidth, emptyText, page, onPage, row }: PagedListTableProps<Item>) {
  const { t } = useTranslation();
  return (
    <>
      <ProblemAlert error={query.error} />
      {query.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {query.data && (
        <>
          <Table.ScrollContainer minWidth={minWidth}>
            <Table striped highlightOnHover aria-label={label}>
              <TableHead columns={columns} />
              <Table.Tbody>{query.data.items.map(row)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {query.data.items.length === 0 && <Text mt="md">{emptyText}</Text>}
          <Paging page={page} pageSize={listPageSize} total={query.data.total} onPage={onPage} />
        </>
      )}
    </>
  );
}
