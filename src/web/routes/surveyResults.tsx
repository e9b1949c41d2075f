import { Badge, Group, List, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supportNeedLabels, supportNeeds, type SupportNeed } from '../../shared/surveys';
import { surveyResultsQuery } from '../api/surveys';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { SurveyNeedChart } from '../components/surveys/SurveyNeedChart';
import { SurveyResultsTable } from '../components/surveys/SurveyResultsTable';
import { useLabel, useLocale } from '../i18n';
import { formatDate } from '../i18n/dates';

const route = getRouteApi('/app/surveys/$surveyId');

/** A survey's answers summed up per förvaltning: a table, a chart of one need at a time, and the comments. */
export function SurveyResultsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const { surveyId } = route.useParams();
  const results = useQuery(surveyResultsQuery(surveyId));
  const [need, setNeed] = useState<SupportNeed>('training');
  const survey = results.data?.survey;
  const commented = (results.data?.units ?? []).filter((unit) => unit.comments.length > 0);

  return (
    <Stack>
      <AnchorLink to="/surveys">{t('surveys.backToList')}</AnchorLink>
      <PageHeading title={survey ? survey.title : t('surveys.results.title')} documentTitle={t('surveys.results.title')} />
      <ProblemAlert error={results.error} />
      {results.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {survey && results.data && (
        <>
          <Group gap="sm">
            <Badge variant="light" color={survey.open ? 'green' : 'gray'}>
              {survey.open ? t('surveys.status.open') : t('surveys.status.closed')}
            </Badge>
            <Text>{t('surveys.results.summary', { answered: survey.answered, recipients: survey.recipients, sent: formatDate(survey.createdAt, locale) })}</Text>
          </Group>
          {survey.message && <Text style={{ whiteSpace: 'pre-wrap' }}>{survey.message}</Text>}
          <Title order={2} size="h3">
            {t('surveys.results.perUnit')}
          </Title>
          <SurveyResultsTable units={results.data.units} />
          <Paper withBorder p="md">
            <Title order={2} size="h3" mb="sm">
              {t('surveys.results.chartHeading')}
            </Title>
            <SegmentedControl
              mb="md"
              value={need}
              onChange={(value) => setNeed(value as SupportNeed)}
              aria-label={t('surveys.results.chooseNeed')}
              data={supportNeeds.map((value) => ({ value, label: label(supportNeedLabels[value]) }))}
            />
            <SurveyNeedChart units={results.data.units} need={need} />
          </Paper>
          <Title order={2} size="h3">
            {t('surveys.results.comments')}
          </Title>
          {commented.length === 0 && <Text>{t('surveys.results.noComments')}</Text>}
          {commented.map((unit) => (
            <section key={unit.orgUnitId} aria-labelledby={`comments-${unit.orgUnitId}`}>
              <Title order={3} size="h4" id={`comments-${unit.orgUnitId}`}>
                {unit.orgUnitName}
              </Title>
              <List spacing="xs" mt="xs">
                {unit.comments.map((comment, index) => (
                  <List.Item key={index}>{comment}</List.Item>
                ))}
              </List>
            </section>
          ))}
        </>
      )}
    </Stack>
  );
}
