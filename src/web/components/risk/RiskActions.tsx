import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatusLabels } from '../../../shared/actions';
import type { Action } from '../../api/actions';
import type { RiskDetail } from '../../api/risk';
import { formatDate } from '../../i18n/dates';
import { useLabel, useLocale } from '../../i18n';
import { TableHead } from '../TableHead';
import { RiskActionModal } from './RiskActionModal';

/** The actions that reduce the risk, with "Lägg till åtgärd" and follow-up of each for those who may. */
export function RiskActions({ risk }: { risk: RiskDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Action | null>(null);
  const manage = risk.capabilities.manage;
  const columns = ['title', 'owner', 'dueDate', 'status'].map((key) => t(`risk.actions.columns.${key}`));

  return (
    <Stack component="section" aria-labelledby="risk-actions-heading" gap="xs">
      <Group justify="space-between">
        <Title order={2} id="risk-actions-heading">
          {t('risk.actions.heading')}
        </Title>
        {manage && <Button onClick={() => setAdding(true)}>{t('risk.actions.add')}</Button>}
      </Group>
      <Text size="sm">{t('risk.actions.intro')}</Text>
      {risk.actions.length === 0 ? (
        <Text>{t('risk.actions.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table striped aria-label={t('risk.actions.tableLabel')}>
            <TableHead columns={columns} actions={manage} />
            <Table.Tbody>
              {risk.actions.map((action) => (
                <Table.Tr key={action.id}>
                  <Table.Td>
                    {action.title}
                    {action.implementation && (
                      <Text size="xs" component="div">
                        {action.implementation}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{action.ownerName ?? '–'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(action.dueDate, locale) || '–'}
                    {action.overdue && (
                      <Text size="xs" fw={700} c="red.9" component="div">
                        {t('risk.overdue')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{label(actionStatusLabels[action.status])}</Table.Td>
                  {manage && (
                    <Table.Td>
                      <Button size="xs" variant="subtle" onClick={() => setEditing(action)} aria-label={t('risk.actions.edit', { title: action.title })}>
                        {t('risk.actions.editShort')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RiskActionModal riskId={risk.id} opened={adding} onClose={() => setAdding(false)} />
      <RiskActionModal riskId={risk.id} action={editing ?? undefined} opened={editing !== null} onClose={() => setEditing(null)} />
    </Stack>
  );
}
