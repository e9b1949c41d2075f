import { Paper, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { mySurveysQuery } from '../../api/surveys';
import { AnchorLink } from '../links';

/** On the start page: a reminder of the surveys the person has not answered yet (nothing otherwise). */
export function MySurveysNotice() {
  const { t } = useTranslation();
  const surveys = useQuery(mySurveysQuery);
  const waiting = (surveys.data ?? []).filter((survey) => !survey.answeredAt).length;
  if (waiting === 0) return null;
  return (
    <Paper withBorder p="md" role="status">
      <Text fw={700} mb="xs">
        {t('surveys.notice.title', { count: waiting })}
      </Text>
      <AnchorLink to="/my-surveys" fw={600}>
        {t('surveys.notice.link')}
      </AnchorLink>
    </Paper>
  );
}
