import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeading } from '../PageHeading';
import { ExportLink } from './ExportLink';

/** A register list's heading with the export of the filtered list and, for lists that have one, a create button (`false` when not allowed). */
export function ListPageHeader({ title, exportHref, action }: { title: string; exportHref: string; action?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start">
      <PageHeading title={title} />
      {action !== undefined ? (
        <Group gap="xs">
          <ExportLink href={exportHref} />
          {action}
        </Group>
      ) : (
        <ExportLink href={exportHref} />
      )}
    </Group>
  );
}
