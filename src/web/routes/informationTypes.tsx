import { Alert, Button, Group, List, Loader, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aspectLabels, aspects } from '../../shared/classification/aspects';
import { roleGrants } from '../../shared/permissions';
import { informationTypesQuery, type InformationType } from '../api/register';
import { useMe } from '../auth/useMe';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { InformationTypeFormModal } from '../components/register/InformationTypeFormModal';
import { ProfileBadge } from '../components/register/ProfileBadge';
import { TableHead } from '../components/TableHead';
import { useLabel } from '../i18n';

/** The organisation-wide information types whose standard classification pre-fills the sets of that type. */
export function InformationTypesPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const me = useMe();
  const [editing, setEditing] = useState<InformationType | 'new' | null>(null);
  const types = useQuery(informationTypesQuery);
  // The types are the whole organisation's: only a tenant-wide grant may change them.
  const canManage = me.grants.some((grant) => grant.scopeType === 'tenant' && roleGrants(grant.role, 'catalogue.manage'));

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('register.types.title')} />
        {canManage && <Button onClick={() => setEditing('new')}>{t('register.types.create.button')}</Button>}
      </Group>
      <Alert color="blue" variant="light" title={t('register.types.noteTitle')} mb="md">
        {t('register.types.note')}
      </Alert>
      <ProblemAlert error={types.error} />
      {types.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {types.data && types.data.length === 0 && <Text>{t('register.types.empty')}</Text>}
      {types.data && types.data.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped aria-label={t('register.types.tableLabel')} verticalSpacing="sm">
            <TableHead
              columns={[t('register.types.fields.name'), t('register.types.fields.profile'), t('register.types.fields.reasons'), t('register.types.fields.legalBases'), t('register.types.fields.usedBy')]}
              actions={canManage}
            />
            <Table.Tbody>
              {types.data.map((type) => (
                <Table.Tr key={type.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <Text fw={600}>{type.name}</Text>
                    {type.description && <Text size="sm">{type.description}</Text>}
                    {(type.personalData || type.specialCategories) && (
                      <Text size="xs">{type.specialCategories ? t('register.sets.fields.specialCategories') : t('register.sets.fields.personalData')}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ProfileBadge profile={type.profile} />
                  </Table.Td>
                  <Table.Td>
                    <List size="sm" spacing={2} listStyleType="none">
                      {aspects
                        .filter((aspect) => type.reasons[aspect])
                        .map((aspect) => (
                          <List.Item key={aspect}>
                            <Text span size="sm" fw={600}>
                              {label(aspectLabels[aspect])} {type.profile[aspect]}:
                            </Text>{' '}
                            {type.reasons[aspect]}
                          </List.Item>
                        ))}
                    </List>
                  </Table.Td>
                  <Table.Td>{type.legalBases.join(', ') || '–'}</Table.Td>
                  <Table.Td>{t('register.types.usedByCount', { count: type.usedBy })}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Button size="xs" variant="default" aria-label={t('register.types.edit.buttonFor', { name: type.name })} onClick={() => setEditing(type)}>
                        {t('register.types.edit.button')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <InformationTypeFormModal type={editing === 'new' || editing === null ? undefined : editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </>
  );
}
