import { Badge } from '@mantine/core';
import { employmentStatusLabels, type EmploymentStatus } from '../../../shared/orgUnitTypes';
import { useLabel } from '../../i18n';

const colors: Record<EmploymentStatus, string> = { active: 'green', on_leave: 'yellow', ended: 'gray' };

export function EmploymentStatusBadge({ status }: { status: EmploymentStatus }) {
  const label = useLabel();
  return (
    <Badge variant="light" color={colors[status]} tt="none" style={{ overflow: 'visible' }}>
      {label(employmentStatusLabels[status])}
    </Badge>
  );
}
