import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { roleLabels } from '../../shared/roles';
import type { Me } from '../../shared/schemas/auth';
import { useLabel } from '../i18n';
import { useScopeLabel } from './ScopeLabel';

/** The roles a person holds, each with where it applies. */
export function GrantList({ grants }: { grants: Me['grants'] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const scopeLabel = useScopeLabel();
  if (grants.length === 0) return <Text>{t('grants.none')}</Text>;
  return (
    <List spacing="xs">
      {grants.map((grant) => (
        <List.Item key={`${grant.role}:${grant.scopeType}:${grant.orgUnitId ?? ''}`}>
          <Text span fw={600}>
            {label(roleLabels[grant.role])}
          </Text>
          {' – '}
          {scopeLabel(grant)}
        </List.Item>
      ))}
    </List>
  );
}
