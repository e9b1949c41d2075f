import { Button, Tooltip } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/classification/profile';
import { canDraftRisk } from '../../../shared/risk/fromRequirement';
import { draftRiskFromAction, type Action } from '../../api/actions';
import { hasPermission } from '../../auth/access';
import { useMe } from '../../auth/useMe';
import { notifyFailure } from '../notify';

/** "Ej uppfyllt" on sensitive enough information: one click makes it a draft risk and opens it. */
export function DraftRiskButton({ action, profile, code }: { action: Action; profile: Profile; code: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const draft = useMutation({
    mutationFn: () => draftRiskFromAction(action.id),
    onSuccess: (risk) => navigate({ to: '/risks/$riskId', params: { riskId: risk.id } }),
    onError: notifyFailure,
  });
  if (!hasPermission(me, 'risk.manage') || !canDraftRisk(action, profile)) return null;
  return (
    <Tooltip label={t('actionPlan.draftRisk.hint')} multiline w={280}>
      <Button size="xs" variant="light" color="orange" loading={draft.isPending} onClick={() => draft.mutate()}>
        {t('actionPlan.draftRisk.button', { code })}
      </Button>
    </Tooltip>
  );
}
