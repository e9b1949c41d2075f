import { Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateOrgUnit, type OrgUnit } from '../../api/org';
import { OrgUnitSelect } from '../OrgUnitSelect';
import { ProblemAlert } from '../ProblemAlert';
import { subtreeIds } from './orgTree';
import { refreshOrgData, useOrgMutation } from './useOrgMutation';
import { AppModal } from '../AppModal';
import { ModalActions } from '../ModalActions';

interface MoveOrgUnitModalProps {
  unit: OrgUnit;
  units: OrgUnit[];
  opened: boolean;
  onClose: () => void;
}

/** Moves a unit (with everything below it) under another parent. */
export function MoveOrgUnitModal(props: MoveOrgUnitModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={t('org.move.title', { name: props.unit.name })}>
      {props.opened && <MoveForm {...props} />}
    </AppModal>
  );
}

function MoveForm({ unit, units, onClose }: MoveOrgUnitModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [parentId, setParentId] = useState<string | null>(unit.parentId);
  const [missing, setMissing] = useState(false);
  // A unit cannot go under itself or under anything below it.
  const excluded = useMemo(() => subtreeIds(units, unit.id), [units, unit.id]);
  const move = useOrgMutation(
    (newParentId: string) => updateOrgUnit(unit.id, { version: unit.version, parentId: newParentId }),
    t('org.move.done', { name: unit.name }),
    onClose,
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!parentId);
    if (parentId && parentId !== unit.parentId) move.mutate(parentId);
    else if (parentId) onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('org.move.help')}</Text>
        <OrgUnitSelect
          label={t('org.move.newParent')}
          required
          data-autofocus
          value={parentId}
          onChange={setParentId}
          exclude={excluded}
          error={missing ? t('validation.required') : undefined}
        />
        <ProblemAlert
          error={move.error}
          onReload={async () => {
            await refreshOrgData(queryClient);
            onClose();
          }}
        />
        <ModalActions submitLabel={t('org.move.submit')} loading={move.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
