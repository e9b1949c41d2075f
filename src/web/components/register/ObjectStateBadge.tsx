import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ObjectState } from '../../../shared/schemas/register';

const colors: Record<ObjectState, string> = { valid: 'green', expired: 'orange', incomplete: 'yellow', never: 'gray' };

/** An object's coverage state: Giltig, Inaktuell, Ofullständig or Aldrig klassad. */
export function ObjectStateBadge({ state }: { state: ObjectState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[state]} tt="none" style={{ overflow: 'visible' }}>
      {t(`register.state.${state}`)}
    </Badge>
  );
}
