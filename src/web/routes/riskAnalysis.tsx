import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analysisTriggerLabels } from '../../shared/risk/analysis';
import { riskAnalysisQuery, type RiskAnalysisDetail } from '../api/risk';
import { riskAnalysisReportUrl } from '../api/riskExports';
import { DescriptionList } from '../components/DescriptionList';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { AnalysisFormModal } from '../components/risk/AnalysisFormModal';
import { AnalysisInputs } from '../components/risk/AnalysisInputs';
import { AnalysisRisks } from '../components/risk/AnalysisRisks';
import { AnalysisStatusFlow } from '../components/risk/AnalysisStatusFlow';
import { RiskLevelBadge } from '../components/risk/RiskLevelBadge';
import { AnalysisStatusBadge } from '../components/risk/StatusBadges';
import { subjectText } from '../components/risk/subjectText';
import { formatDate } from '../i18n/dates';
import { useLabel, useLocale } from '../i18n';

const route = getRouteApi('/app/risk-analyses/$analysisId');

/** One risk analysis: its details and status flow, what it builds on, and its risks. */
export function RiskAnalysisPage() {
  const { t } = useTranslation();
  const { analysisId } = route.useParams();
  const analysis = useQuery(riskAnalysisQuery(analysisId));
  const locale = useLocale();
  const [editing, setEditing] = useState(false);

  return (
    <Stack>
      <AnchorLink to="/risk-analyses">{t('risk.analysis.backToList')}</AnchorLink>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={analysis.data?.title ?? t('risk.analysis.object')} />
        <Group gap="xs">
          {analysis.data && (
            <Button component="a" href={riskAnalysisReportUrl(analysisId, locale)} download variant="default">
              {t('riskExports.analysisReport')}
            </Button>
          )}
          {analysis.data?.capabilities.manage && <Button onClick={() => setEditing(true)}>{t('risk.analysis.edit.button')}</Button>}
        </Group>
      </Group>
      <ProblemAlert error={analysis.error} />
      {analysis.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {analysis.data && (
        <>
          <AnalysisDetails analysis={analysis.data} />
          {analysis.data.capabilities.manage && <AnalysisStatusFlow analysis={analysis.data} />}
          <AnalysisInputs analysis={analysis.data} />
          <AnalysisRisks analysis={analysis.data} />
          <AnalysisFormModal analysis={analysis.data} opened={editing} onClose={() => setEditing(false)} />
        </>
      )}
    </Stack>
  );
}

function AnalysisDetails({ analysis }: { analysis: RiskAnalysisDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const field = (key: string) => t(`risk.analysis.fields.${key}`);
  const items = [
    { term: t('risk.analyses.columns.subject'), value: subjectText(analysis, label) },
    { term: t('risk.analyses.columns.orgUnit'), value: analysis.orgUnitName },
    { term: field('purpose'), value: <Text style={{ whiteSpace: 'pre-wrap' }}>{analysis.purpose}</Text> },
    { term: field('riskOwner'), value: analysis.riskOwner?.name ?? '–' },
    { term: field('lead'), value: analysis.lead?.name ?? '–' },
    { term: field('participants'), value: analysis.participants.map((person) => person.name).join(', ') || '–' },
    { term: field('analysisDate'), value: formatDate(analysis.analysisDate, locale) || '–' },
    { term: field('status'), value: <AnalysisStatusBadge status={analysis.status} /> },
    ...(analysis.approvedAt ? [{ term: field('approvedAt'), value: formatDate(analysis.approvedAt, locale) }] : []),
    {
      term: field('nextDue'),
      value: (
        <>
          {formatDate(analysis.nextDueDate, locale) || '–'}
          {analysis.overdue && (
            <Text component="span" fw={700} c="red.9" ml="xs">
              {t('risk.overdue')}
            </Text>
          )}
        </>
      ),
    },
    ...(analysis.reviewTrigger ? [{ term: field('reviewTrigger'), value: label(analysisTriggerLabels[analysis.reviewTrigger]) }] : []),
    { term: t('risk.analyses.columns.highestLevel'), value: <RiskLevelBadge level={analysis.highestLevel} /> },
  ];
  return <DescriptionList items={items} />;
}
