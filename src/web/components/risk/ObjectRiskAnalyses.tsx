import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgUnitsQuery } from '../../api/org';
import type { ObjectDetail } from '../../api/register';
import { riskAnalysesQuery } from '../../api/risk';
import { hasPermission, hasPermissionAt } from '../../auth/access';
import { useMe } from '../../auth/useMe';
import { roleGrants } from '../../../shared/permissions';
import { AnchorLink } from '../links';
import { AnalysisFormModal } from './AnalysisFormModal';
import { RiskLevelBadge } from './RiskLevelBadge';
import { AnalysisStatusBadge } from './StatusBadges';

/** On the object page: its latest risk analysis, a link to all of them, and "Starta riskanalys" for those who may. */
export function ObjectRiskAnalyses({ object }: { object: ObjectDetail }) {
  const me = useMe();
  if (!hasPermission(me, 'risk.read')) return null;
  return <ObjectRiskSection object={object} />;
}

function ObjectRiskSection({ object }: { object: ObjectDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const analyses = useQuery(riskAnalysesQuery({ objectId: object.id, limit: 1 }));
  const units = useQuery({ ...orgUnitsQuery, enabled: hasPermission(me, 'risk.manage') });
  const parents = new Map((units.data ?? []).map((unit) => [unit.id, unit.parentId]));
  // A tenant or unit grant above the object, or a role on this very object.
  const canStart =
    hasPermissionAt(me, 'risk.manage', object.orgUnitId, (id) => parents.get(id)) ||
    me.grants.some((grant) => grant.scopeType === 'object' && grant.objectId === object.id && roleGrants(grant.role, 'risk.manage'));
  const latest = analyses.data?.items[0];

  return (
    <Stack component="section" aria-labelledby="object-risk-heading" gap="xs">
      <Group justify="space-between">
        <Title order={2} id="object-risk-heading">
          {t('risk.objectSection.heading')}
        </Title>
        {canStart && (
          <Button variant="default" onClick={() => setStarting(true)}>
            {t('risk.objectSection.start')}
          </Button>
        )}
      </Group>
      {analyses.data && !latest && <Text>{t('risk.objectSection.none')}</Text>}
      {latest && (
        <Group gap="xs">
          <AnchorLink to="/risk-analyses/$analysisId" params={{ analysisId: latest.id }}>
            {t('risk.objectSection.latest', { title: latest.title })}
          </AnchorLink>
          <AnalysisStatusBadge status={latest.status} />
          {latest.highestLevel && <RiskLevelBadge level={latest.highestLevel} />}
          {latest.overdue && (
            <Text component="span" size="sm" fw={700} c="red.9">
              {t('risk.overdue')}
            </Text>
          )}
        </Group>
      )}
      {analyses.data && analyses.data.total > 0 && (
        <AnchorLink to="/risk-analyses" search={{ objectId: object.id }}>
          {t('risk.objectSection.showAll')} ({analyses.data.total})
        </AnchorLink>
      )}
      <AnalysisFormModal
        opened={starting}
        defaultObjectId={object.id}
        onClose={() => setStarting(false)}
        onSaved={(saved) => void navigate({ to: '/risk-analyses/$analysisId', params: { analysisId: saved.id } })}
      />
    </Stack>
  );
}
