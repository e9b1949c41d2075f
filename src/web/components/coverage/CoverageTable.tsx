import { Box, Button, Group, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageRow } from '../../../shared/schemas/coverage';
import { AnchorLink } from '../links';
import { TableHead } from '../TableHead';
import { TreeToggle } from '../TreeToggle';
import { CoverageBar } from './CoverageBar';
import { coverageStates, coverageTree, parentIds, validShare, visibleNodes, type CoverageNode } from './coverageTree';

/**
 * Coverage per org unit as an indented tree table. The top level starts expanded; each parent
 * has a button that opens its units. Every count links to the objects behind it.
 */
export function CoverageTable({ rows }: { rows: readonly CoverageRow[] }) {
  const { t } = useTranslation();
  const tree = coverageTree(rows);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(tree.map((node) => node.row.orgUnitId)));
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const columns = ['unit', 'objects', 'valid', 'expired', 'incomplete', 'never', 'distribution', 'share', 'riskCurrent', 'fulfilment', 'overdue'].map((key) => t(`coverage.columns.${key}`));

  return (
    <Box>
      <Group gap="xs" mb="sm">
        <Button size="compact-sm" variant="default" onClick={() => setExpanded(new Set(parentIds(tree)))}>
          {t('coverage.expandAll')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => setExpanded(new Set())}>
          {t('coverage.collapseAll')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={1000}>
        <Table striped highlightOnHover aria-label={t('coverage.tableLabel')}>
          <TableHead columns={columns} />
          <Table.Tbody>
            {visibleNodes(tree, expanded).map((node) => (
              <CoverageTableRow key={node.row.orgUnitId} node={node} open={expanded.has(node.row.orgUnitId)} onToggle={toggle} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Box>
  );
}

function CoverageTableRow({ node, open, onToggle }: { node: CoverageNode; open: boolean; onToggle: (id: string) => void }) {
  const { t } = useTranslation();
  const { row } = node;
  const share = validShare(row);
  const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={node.depth === 0 ? 700 : 500}>
        <Group gap={4} wrap="nowrap" pl={`${node.depth * 1.25}rem`}>
          <TreeToggle
            hasChildren={node.children.length > 0}
            open={open}
            label={t(open ? 'coverage.collapse' : 'coverage.expand', { name: row.name })}
            onToggle={() => onToggle(row.orgUnitId)}
          />
          <span>{row.name}</span>
        </Group>
      </Table.Th>
      <Table.Td style={numeric}>
        {row.objects > 0 ? (
          <AnchorLink to="/objects" search={{ unit: row.orgUnitId }} aria-label={t('coverage.drillAll', { count: row.objects, unit: row.name })}>
            {row.objects}
          </AnchorLink>
        ) : (
          0
        )}
      </Table.Td>
      {coverageStates.map((state) => (
        <Table.Td key={state} style={numeric}>
          {row[state] > 0 ? (
            <AnchorLink to="/objects" search={{ unit: row.orgUnitId, state }} aria-label={t(`coverage.drill.${state}`, { count: row[state], unit: row.name })}>
              {row[state]}
            </AnchorLink>
          ) : (
            0
          )}
        </Table.Td>
      ))}
      <Table.Td miw={140}>
        <CoverageBar row={row} />
      </Table.Td>
      <Table.Td style={numeric}>{share === null ? t('coverage.none') : `${share} %`}</Table.Td>
      <Table.Td style={numeric}>
        {row.objects === 0 ? t('coverage.none') : t('coverage.riskShare', { count: row.riskAnalysisCurrent, share: Math.round((row.riskAnalysisCurrent / row.objects) * 100) })}
      </Table.Td>
      <Table.Td style={numeric}>{row.actions.fulfilmentPercent === null ? t('coverage.none') : `${Math.round(row.actions.fulfilmentPercent)} %`}</Table.Td>
      <Table.Td style={numeric}>
        {row.actions.overdue > 0 ? (
          <AnchorLink to="/objects" search={{ unit: row.orgUnitId }} aria-label={t('coverage.drillOverdue', { count: row.actions.overdue, unit: row.name })} c="red.9" fw={700}>
            {row.actions.overdue}
          </AnchorLink>
        ) : (
          0
        )}
      </Table.Td>
    </Table.Tr>
  );
}
