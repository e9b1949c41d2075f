import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostingLabels, systemDependencyLabels } from '../../../shared/register';
import type { ObjectDetail, SystemSummary } from '../../api/register';
import { useLabel } from '../../i18n';
import { TableHead } from '../TableHead';
import { IntegrationsModal } from './IntegrationsModal';
import { ProfileBadge } from './ProfileBadge';
import { SystemFormModal } from './SystemFormModal';

/** The object's IT systems: supplier, hosting, dependencies, integrations and derived profile. */
export function ObjectSystems({ object }: { object: ObjectDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [editing, setEditing] = useState<SystemSummary | 'new' | null>(null);
  const [integrating, setIntegrating] = useState<SystemSummary | null>(null);
  const canManage = object.can.manage;

  return (
    <Stack>
      {canManage && (
        <Group justify="flex-end">
          <Button onClick={() => setEditing('new')}>{t('register.systems.create.button')}</Button>
        </Group>
      )}
      {object.systems.length === 0 ? (
        <Text>{t('register.systems.emptyOnObject')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label={t('register.systems.tableLabel')}>
            <TableHead
              columns={[
                t('register.systems.fields.name'),
                t('register.systems.fields.supplier'),
                t('register.systems.fields.hosting'),
                t('register.systems.fields.dependencies'),
                t('register.systems.fields.integrations'),
                t('register.systems.fields.derivedProfile'),
              ]}
              actions={canManage}
            />
            <Table.Tbody>
              {object.systems.map((system) => (
                <Table.Tr key={system.id}>
                  <Table.Td>{system.name}</Table.Td>
                  <Table.Td>{system.supplier || '–'}</Table.Td>
                  <Table.Td>{label(hostingLabels[system.hosting])}</Table.Td>
                  <Table.Td>{system.dependencies.map((dependency) => label(systemDependencyLabels[dependency])).join(', ') || '–'}</Table.Td>
                  <Table.Td>{system.integrations.map((integration) => integration.targetName).join(', ') || '–'}</Table.Td>
                  <Table.Td>
                    <ProfileBadge profile={system.derivedProfile} />
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" aria-label={t('register.systems.edit.buttonFor', { name: system.name })} onClick={() => setEditing(system)}>
                          {t('register.systems.edit.button')}
                        </Button>
                        <Button size="xs" variant="default" aria-label={t('register.integrations.buttonFor', { name: system.name })} onClick={() => setIntegrating(system)}>
                          {t('register.integrations.button')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SystemFormModal object={object} system={editing === 'new' || editing === null ? undefined : editing} opened={editing !== null} onClose={() => setEditing(null)} />
      <IntegrationsModal system={integrating} onClose={() => setIntegrating(null)} />
    </Stack>
  );
}
