import { Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatusLabels, assessmentLabels, modalityLabels } from '../../../shared/actions';
import { formatProfile, type Profile } from '../../../shared/classification/profile';
import { actionPlanExportUrl, actionPlanQuery, type Action } from '../../api/actions';
import { useLabel, useLocale } from '../../i18n';
import { ProblemAlert } from '../ProblemAlert';
import { Nis2Badges } from '../requirements/Nis2Badges';
import { requirementTitle } from '../requirements/requirementLabels';
import { TableHead } from '../TableHead';
import { ActionEditor } from './ActionEditor';
import { ActionPlanSummary } from './ActionPlanSummary';
import { DraftRiskButton } from './DraftRiskButton';
import { ManualActionModal } from './ManualActionModal';

/** What a row is called: its requirement code, or the manual action's own title. */
const nameOf = (action: Action) => action.requirementCode ?? action.title;

/**
 * An object's handlingsplan: the requirements its classification calls for, each self-assessed
 * in place, with fulfilment and what is overdue, and an XLSX export.
 */
export function ActionPlan({ objectId, canManage }: { objectId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const plan = useQuery(actionPlanQuery(objectId));
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  if (plan.isPending) return <Loader role="status" aria-label={t('common.loading')} />;
  if (!plan.data) return <ProblemAlert error={plan.error} />;
  const applicable = plan.data.actions.filter((action) => action.applicable);
  const setAside = plan.data.actions.filter((action) => !action.applicable);
  const rowsProps = { canManage, editingId, onEdit: setEditingId, profile: plan.data.profile as Profile };

  return (
    <Stack component="section" aria-labelledby="action-plan-heading">
      <Group justify="space-between" align="flex-start">
        <Title order={2} id="action-plan-heading">
          {t('actionPlan.heading')}
        </Title>
        <Group gap="xs">
          <Button component="a" href={actionPlanExportUrl(objectId, locale)} download variant="default" size="xs">
            {t('actionPlan.export')}
          </Button>
          {canManage && (
            <Button size="xs" onClick={() => setAdding(true)}>
              {t('actionPlan.addManual.button')}
            </Button>
          )}
        </Group>
      </Group>
      <Text>{t('actionPlan.intro', { profile: formatProfile(plan.data.profile as Profile) })}</Text>
      <ActionPlanSummary summary={plan.data.summary} />
      {applicable.length === 0 ? <Text>{t('actionPlan.empty')}</Text> : <ActionTable label={t('actionPlan.tableLabel')} actions={applicable} {...rowsProps} />}
      {setAside.length > 0 && (
        <>
          <Title order={3}>{t('actionPlan.setAsideHeading')}</Title>
          <Text size="sm">{t('actionPlan.setAsideIntro')}</Text>
          <ActionTable label={t('actionPlan.setAsideLabel')} actions={setAside} {...rowsProps} />
        </>
      )}
      <ManualActionModal objectId={objectId} opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}

interface ActionTableProps {
  label: string;
  actions: Action[];
  canManage: boolean;
  editingId: string | null;
  onEdit: (id: string | null) => void;
  profile: Profile;
}

function ActionTable({ label: tableLabel, actions, canManage, editingId, onEdit, profile }: ActionTableProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const columns = ['requirement', 'assessment', 'implementation', 'owner', 'dueDate', 'status'].map((column) => t(`actionPlan.columns.${column}`));
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table aria-label={tableLabel} verticalSpacing="sm" striped>
        <TableHead columns={columns} actions={canManage} />
        <Table.Tbody>
          {actions.map((action) => (
            <Fragment key={action.id}>
              <Table.Tr>
                <Table.Td maw={360}>
                  <Stack gap={4}>
                    <Text size="sm" fw={500}>
                      {action.requirementCode ? `${action.requirementCode} ${requirementTitle({ titleSv: action.requirementTitleSv ?? action.title, titleEn: action.requirementTitleEn }, locale)}` : action.title}
                    </Text>
                    <Group gap={6}>
                      {action.modality ? (
                        <Badge size="sm" variant="outline" color={action.modality === 'must' ? 'dark' : 'gray'} tt="none">
                          {label(modalityLabels[action.modality])}
                        </Badge>
                      ) : (
                        <Badge size="sm" variant="outline" color="gray" tt="none">
                          {t(action.source === 'risk' ? 'actionPlan.fromRisk' : 'actionPlan.manual')}
                        </Badge>
                      )}
                      {action.aspects.length > 0 && (
                        <Text size="xs" c="dimmed">
                          {action.aspects.join(', ')} ≥ {action.minLevel}
                        </Text>
                      )}
                      <Nis2Badges measures={action.nis2} />
                    </Group>
                    <DraftRiskButton action={action} profile={profile} code={nameOf(action)} />
                  </Stack>
                </Table.Td>
                <Table.Td>{action.assessment ? label(assessmentLabels[action.assessment]) : <Text size="sm" c="dimmed">{t('actionPlan.notAssessed')}</Text>}</Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm" lineClamp={3}>
                    {action.implementation}
                  </Text>
                </Table.Td>
                <Table.Td>{action.ownerName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {action.dueDate}
                  {action.overdue && (
                    <Badge ml={6} color="red" variant="filled" size="sm" tt="none">
                      {t('actionPlan.pastDue')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{label(actionStatusLabels[action.status])}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button size="xs" variant="default" aria-expanded={editingId === action.id} onClick={() => onEdit(editingId === action.id ? null : action.id)}>
                      {t('actionPlan.edit.button', { code: nameOf(action) })}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
              {editingId === action.id && (
                <Table.Tr>
                  <Table.Td colSpan={columns.length + 1}>
                    <ActionEditor action={action} name={nameOf(action)} onClose={() => onEdit(null)} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
