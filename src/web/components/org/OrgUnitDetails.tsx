import { Badge, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgUnitTypeLabels } from '../../../shared/orgUnitTypes';
import { closeOrgUnit, reopenOrgUnit, type OrgUnit } from '../../api/org';
import { formatDate } from '../../i18n/dates';
import { useLabel, useLocale } from '../../i18n';
import { ConfirmModal } from '../ConfirmModal';
import { DescriptionList } from '../DescriptionList';
import { ProblemAlert } from '../ProblemAlert';
import { AnchorLink } from '../links';
import { MoveOrgUnitModal } from './MoveOrgUnitModal';
import { OrgUnitFormModal } from './OrgUnitFormModal';
import { ancestorsOf } from './orgTree';
import { refreshOrgData, useOrgMutation } from './useOrgMutation';

interface OrgUnitDetailsProps {
  unit: OrgUnit;
  units: OrgUnit[];
  canManage: boolean;
  canReadPeople: boolean;
  onSelect: (id: string) => void;
}

type OpenDialog = 'create' | 'edit' | 'move' | 'close' | null;

/** What the selected unit is, where it sits, and what the person may do with it. */
export function OrgUnitDetails({ unit, units, canManage, canReadPeople, onSelect }: OrgUnitDetailsProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);
  const closed = Boolean(unit.closedAt);
  const path = ancestorsOf(units, unit.id);

  const closeUnit = useOrgMutation(() => closeOrgUnit(unit.id, unit.version), t('org.close.done', { name: unit.name }), close);
  const reopenUnit = useOrgMutation(() => reopenOrgUnit(unit.id, unit.version), t('org.reopen.done', { name: unit.name }), () => {});

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="org-unit-heading">
      <Stack>
        <Group gap="sm">
          <Title order={2} id="org-unit-heading">
            {unit.name}
          </Title>
          {closed && (
            <Badge color="gray" variant="light" tt="none">
              {t('org.closed')}
            </Badge>
          )}
        </Group>
        <DescriptionList
          items={[
            { term: t('org.fields.type'), value: label(orgUnitTypeLabels[unit.type]) },
            { term: t('org.fields.status'), value: closed ? t('org.closedSince', { date: formatDate(unit.closedAt, locale) }) : t('org.open') },
            {
              term: t('org.fields.path'),
              value: path.length ? path.map((ancestor) => ancestor.name).join(' › ') : t('org.topLevel'),
            },
          ]}
        />
        {canReadPeople && (
          <AnchorLink to="/people" search={{ unit: unit.id }}>
            {t('org.showPeople')}
          </AnchorLink>
        )}
        {canManage && (
          <Group gap="sm">
            {!closed && <Button onClick={() => setDialog('create')}>{t('org.create.button')}</Button>}
            <Button variant="default" onClick={() => setDialog('edit')}>
              {t('org.edit.button')}
            </Button>
            {unit.parentId && (
              <Button variant="default" onClick={() => setDialog('move')}>
                {t('org.move.button')}
              </Button>
            )}
            {closed ? (
              <Button variant="default" loading={reopenUnit.isPending} onClick={() => reopenUnit.mutate(undefined)}>
                {t('org.reopen.button')}
              </Button>
            ) : (
              unit.parentId && (
                <Button variant="outline" color="red" onClick={() => setDialog('close')}>
                  {t('org.close.button')}
                </Button>
              )
            )}
          </Group>
        )}
        <ProblemAlert
          error={reopenUnit.error}
          onReload={async () => {
            await refreshOrgData(queryClient);
            reopenUnit.reset();
          }}
        />
      </Stack>
      <OrgUnitFormModal mode="create" parent={unit} opened={dialog === 'create'} onClose={close} onCreated={(created) => onSelect(created.id)} />
      <OrgUnitFormModal mode="edit" unit={unit} opened={dialog === 'edit'} onClose={close} />
      <MoveOrgUnitModal unit={unit} units={units} opened={dialog === 'move'} onClose={close} />
      <ConfirmModal
        opened={dialog === 'close'}
        title={t('org.close.title', { name: unit.name })}
        confirmLabel={t('org.close.button')}
        danger
        loading={closeUnit.isPending}
        error={closeUnit.error}
        onReload={async () => {
          await refreshOrgData(queryClient);
          closeUnit.reset();
          close();
        }}
        onConfirm={() => closeUnit.mutate(undefined)}
        onClose={() => {
          closeUnit.reset();
          close();
        }}
      >
        {t('org.close.confirm')}
      </ConfirmModal>
    </Paper>
  );
}
