import { ActionIcon, Box } from '@mantine/core';

/** The expand/collapse button of a tree row, or the same width of space for a leaf. */
export function TreeToggle({ hasChildren, open, label, onToggle }: { hasChildren: boolean; open: boolean; label: string; onToggle: () => void }) {
  if (!hasChildren) return <Box w={28} />;
  return (
    <ActionIcon variant="subtle" color="gray" size="md" aria-expanded={open} aria-label={label} onClick={onToggle}>
      <span aria-hidden="true">{open ? '▾' : '▸'}</span>
    </ActionIcon>
  );
}
