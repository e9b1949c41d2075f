import { Badge, Group, Tooltip } from '@mantine/core';
import { nis2Labels, type Nis2Measure } from '../../../shared/actions';
import { useLabel } from '../../i18n';

/** The NIS2 art. 21(2) points a requirement maps to, each named in full for screen readers and on hover. */
export function Nis2Badges({ measures }: { measures: readonly Nis2Measure[] }) {
  const label = useLabel();
  if (measures.length === 0) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {measures.map((measure) => (
        <Tooltip key={measure} label={label(nis2Labels[measure])} withArrow>
          <Badge variant="light" color="gray" radius="sm" tt="none">
            <span aria-hidden="true">{measure}</span>
            <span className="varn-visually-hidden">{`NIS2 ${measure}) ${label(nis2Labels[measure])}`}</span>
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
