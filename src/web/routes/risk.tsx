import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aspectLabels } from '../../shared/classification/aspects';
import { threatOriginLabels } from '../../shared/risk/threatOrigins';
import { riskQuery, type RiskDetail } from '../api/risk';
import { DescriptionList } from '../components/DescriptionList';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { RiskAcceptance } from '../components/risk/RiskAcceptance';
import { RiskActions } from '../components/risk/RiskActions';
import { RiskFormModal } from '../components/risk/RiskFormModal';
import { RiskLevelBadge } from '../components/risk/RiskLevelBadge';
import { RiskSentence } from '../components/risk/RiskSentence';
import { RiskTreatment } from '../components/risk/RiskTreatment';
import { RiskStatusBadge } from '../components/risk/StatusBadges';
import { useLabel } from '../i18n';

const route = getRouteApi('/app/risks/$riskId');

/** One risk: the sentence and its score, the treatment and residual risk, its actions and the acceptance decision. */
export function RiskPage() {
  const { t } = useTranslation();
  const { riskId } = route.useParams();
  const risk = useQuery(riskQuery(riskId));
  const [editing, setEditing] = useState(false);

  return (
    <Stack>
      {risk.data && (
        <AnchorLink to="/risk-analyses/$analysisId" params={{ analysisId: risk.data.analysisId }}>
          {t('risk.riskPage.backToAnalysis', { title: risk.data.analysisTitle })}
        </AnchorLink>
      )}
      <Group justify="space-between" align="flex-start">
        <PageHeading title={risk.data?.title ?? t('risk.riskPage.object')} />
        {risk.data?.capabilities.manage && <Button onClick={() => setEditing(true)}>{t('risk.riskForm.editButton')}</Button>}
      </Group>
      <ProblemAlert error={risk.error} />
      {risk.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {risk.data && (
        <>
          <RiskOverview risk={risk.data} />
          <RiskTreatment risk={risk.data} />
          <RiskActions risk={risk.data} />
          <RiskAcceptance risk={risk.data} />
          <RiskFormModal risk={risk.data} opened={editing} onClose={() => setEditing(false)} />
        </>
      )}
    </Stack>
  );
}

function RiskOverview({ risk }: { risk: RiskDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const field = (key: string) => t(`risk.riskPage.${key}`);
  return (
    <Stack gap="sm">
      <Paper withBorder p="md">
        <RiskSentence cause={risk.cause} event={risk.event} consequence={risk.consequence} />
      </Paper>
      <DescriptionList
        items={[
          {
            term: field('inherent'),
            value: (
              <Group gap="xs">
                <Text component="span" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {t('risk.scoreLine', { likelihood: risk.likelihood, impact: risk.impact, score: risk.score })}
                </Text>
                <RiskLevelBadge level={risk.level} />
              </Group>
            ),
          },
          { term: field('status'), value: <RiskStatusBadge status={risk.status} /> },
          { term: field('origin'), value: label(threatOriginLabels[risk.threatOrigin]) },
          { term: field('aspects'), value: risk.aspects.map((aspect) => label(aspectLabels[aspect])).join(', ') || '–' },
          {
            term: field('analysis'),
            value: (
              <AnchorLink to="/risk-analyses/$analysisId" params={{ analysisId: risk.analysisId }}>
                {risk.analysisTitle}
              </AnchorLink>
            ),
          },
          {
            term: field('objectName'),
            value: risk.objectId ? (
              <AnchorLink to="/objects/$objectId" params={{ objectId: risk.objectId }}>
                {risk.objectName}
              </AnchorLink>
            ) : (
              '–'
            ),
          },
          { term: field('orgUnit'), value: risk.orgUnitName },
          { term: field('riskOwner'), value: risk.riskOwner?.name ?? '–' },
        ]}
      />
    </Stack>
  );
}
