import { Badge, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeSurvey, surveysQuery, type SurveySummary } from '../api/surveys';
import { ConfirmModal } from '../components/ConfirmModal';
import { AnchorLink, ButtonLink } from '../components/links';
import { notifySuccess } from '../components/notify';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { TableHead } from '../components/TableHead';
import { useLocale } from '../i18n';
import { formatDate } from '../i18n/dates';

/** The CISO's support surveys: what was sent, how many answered, and the way to the results. */
export function SurveysPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const surveys = useQuery(surveysQuery);
  const [closing, setClosing] = useState<SurveySummary | null>(null);
  const close = useMutation({
    mutationFn: (survey: SurveySummary) => closeSurvey(survey.id),
    onSuccess: async (survey) => {
      await queryClient.invalidateQueries({ queryKey: ['surveys'] });
      notifySuccess(t('surveys.close.done', { title: survey.title }));
      setClosing(null);
    },
  });

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('surveys.title')} />
        <ButtonLink to="/surveys/new">{t('surveys.create.button')}</ButtonLink>
      </Group>
      <Text mb="md" maw={800}>
        {t('surveys.intro')}
      </Text>
      <ProblemAlert error={surveys.error} />
      {surveys.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {surveys.data && surveys.data.length === 0 && <Text>{t('surveys.empty')}</Text>}
      {surveys.data && surveys.data.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label={t('surveys.tableLabel')}>
            <TableHead
              columns={[t('surveys.fields.title'), t('surveys.fields.sent'), t('surveys.fields.closesAt'), t('surveys.fields.status'), t('surveys.fields.answered')]}
              actions
            />
            <Table.Tbody>
              {surveys.data.map((survey) => (
                <Table.Tr key={survey.id}>
                  <Table.Td>
                    <AnchorLink to="/surveys/$surveyId" params={{ surveyId: survey.id }}>
                      {survey.title}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{formatDate(survey.createdAt, locale)}</Table.Td>
                  <Table.Td>{survey.closesAt ? formatDate(survey.closesAt, locale) : '–'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={survey.open ? 'green' : 'gray'}>
                      {survey.open ? t('surveys.status.open') : t('surveys.status.closed')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t('surveys.answeredOf', { answered: survey.answered, recipients: survey.recipients })}</Table.Td>
                  <Table.Td>
                    {survey.open && (
                      <Button size="xs" variant="default" onClick={() => setClosing(survey)} aria-label={t('surveys.close.buttonFor', { title: survey.title })}>
                        {t('surveys.close.button')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={closing !== null}
        title={t('surveys.close.title', { title: closing?.title ?? '' })}
        confirmLabel={t('surveys.close.button')}
        onConfirm={() => closing && close.mutate(closing)}
        onClose={() => {
          close.reset();
          setClosing(null);
        }}
        loading={close.isPending}
        error={close.error}
      >
        {t('surveys.close.text')}
      </ConfirmModal>
    </>
  );
}
