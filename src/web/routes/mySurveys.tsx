import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { mySurveysQuery } from '../api/surveys';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { SurveyAnswerForm } from '../components/surveys/SurveyAnswerForm';
import { useLocale } from '../i18n';
import { formatDate } from '../i18n/dates';

/** Where a förvaltning's contact answers the support surveys sent to them. */
export function MySurveysPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const surveys = useQuery(mySurveysQuery);
  return (
    <Stack maw={800}>
      <PageHeading title={t('surveys.mine.title')} />
      <ProblemAlert error={surveys.error} />
      {surveys.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {surveys.data?.length === 0 && <Text>{t('surveys.mine.empty')}</Text>}
      {surveys.data?.map((survey) => (
        <Paper key={survey.recipientId} withBorder p="md">
          <Title order={2} size="h3" id={`survey-${survey.recipientId}-title`}>
            {survey.title}
          </Title>
          <Text size="sm" mt={4}>
            {t('surveys.mine.answeringFor', { unit: survey.orgUnitName })}
            {survey.closesAt && ` ${t('surveys.mine.closesAt', { date: formatDate(survey.closesAt, locale) })}`}
          </Text>
          {survey.message && (
            <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {survey.message}
            </Text>
          )}
          <Text size="sm" mt="sm" mb="md">
            {t('surveys.mine.anonymous')}
          </Text>
          <SurveyAnswerForm survey={survey} />
        </Paper>
      ))}
    </Stack>
  );
}
