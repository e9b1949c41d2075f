import { Badge, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgUnitTypeLabels } from '../../../shared/orgUnitTypes';
import { useLabel } from '../../i18n';
import { TreeToggle } from '../TreeToggle';
import { ancestorsOf, flattenOrgTree, type OrgTreeNode } from './orgTree';

interface OrgTreeProps {
  nodes: OrgTreeNode[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/**
 * The org tree as nested lists of buttons: Tab moves between units, Enter or Space selects
 * one, and each parent has its own expand/collapse button that announces its state.
 */
export function OrgTree({ nodes, selectedId, onSelect }: OrgTreeProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<Set<string>>(() => {
    const all = flattenOrgTree(nodes).map((entry) => entry.unit);
    const open = new Set(nodes.map((node) => node.unit.id));
    if (selectedId) for (const unit of ancestorsOf(all, selectedId)) open.add(unit.id);
    return open;
  });

  // Whenever the selection changes (also after a move or create), open the path down to it.
  useEffect(() => {
    if (!selectedId) return;
    const above = ancestorsOf(flattenOrgTree(nodes).map((entry) => entry.unit), selectedId);
    setExpanded((current) => (above.every((unit) => current.has(unit.id)) ? current : new Set([...current, ...above.map((unit) => unit.id)])));
  }, [selectedId, nodes]);

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const expandAll = () => setExpanded(new Set(flattenOrgTree(nodes).map((entry) => entry.unit.id)));
  const collapseAll = () => setExpanded(new Set());

  return (
    <div>
      <Group gap="xs" mb="sm">
        <Button size="compact-sm" variant="default" onClick={expandAll}>
          {t('org.tree.expandAll')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={collapseAll}>
          {t('org.tree.collapseAll')}
        </Button>
      </Group>
      <TreeLevel nodes={nodes} expanded={expanded} onToggle={toggle} selectedId={selectedId} onSelect={onSelect} />
    </div>
  );
}

interface TreeLevelProps extends Omit<OrgTreeProps, 'nodes'> {
  nodes: OrgTreeNode[];
  expanded: Set<string>;
  onToggle: (id: string) => void;
}

function TreeLevel({ nodes, ...props }: TreeLevelProps) {
  return (
    <ul className="varn-tree">
      {nodes.map((node) => (
        <TreeItem key={node.unit.id} node={node} {...props} />
      ))}
    </ul>
  );
}

function TreeItem({ node, expanded, onToggle, selectedId, onSelect }: Omit<TreeLevelProps, 'nodes'> & { node: OrgTreeNode }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { unit, children } = node;
  const open = expanded.has(unit.id);
  const selected = unit.id === selectedId;
  const closed = Boolean(unit.closedAt);

  return (
    <li>
      <Group gap={4} wrap="nowrap" align="center">
        <TreeToggle
          hasChildren={children.length > 0}
          open={open}
          label={t(open ? 'org.tree.collapse' : 'org.tree.expand', { name: unit.name })}
          onToggle={() => onToggle(unit.id)}
        />
        <UnstyledButton
          className="varn-tree-item"
          data-selected={selected || undefined}
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelect(unit.id)}
        >
          <Text span fw={selected ? 700 : 500} fs={closed ? 'italic' : undefined} c={closed ? 'gray.7' : undefined}>
            {unit.name}
          </Text>{' '}
          <Text span size="xs" c="dimmed">
            {label(orgUnitTypeLabels[unit.type])}
          </Text>
          {closed && (
            <Badge ml={6} size="sm" color="gray" variant="light" tt="none">
              {t('org.closed')}
            </Badge>
          )}
        </UnstyledButton>
      </Group>
      {open && children.length > 0 && (
        <TreeLevel nodes={children} expanded={expanded} onToggle={onToggle} selectedId={selectedId} onSelect={onSelect} />
      )}
    </li>
  );
}
