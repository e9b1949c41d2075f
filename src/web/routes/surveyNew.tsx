import { Button, Group, Loader, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyCreate } from '../../shared/schemas/surveys';
import { createSurvey, proposedRecipientsQuery } from '../api/surveys';
import { formErrors } from '../components/formErrors';
import { AnchorLink } from '../components/links';
import { notifySuccess } from '../components/notify';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { proposedChoices, RecipientPicker, type RecipientChoice } from '../components/surveys/RecipientPicker';
import { useLabel } from '../i18n';
import { stockholmLocalToIso } from '../i18n/dates';

/** Compose a support survey and send it to each förvaltning's contacts. */
export function SurveyNewPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const proposal = useQuery(proposedRecipientsQuery);
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [choices, setChoices] = useState<RecipientChoice[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  // Start from Värn's proposal once it has loaded; after that the list is the CISO's.
  useEffect(() => {
    if (proposal.data && choices === null) setChoices(proposedChoices(proposal.data, label));
  }, [proposal.data, choices, label]);

  const input = () => ({
    title: title.trim(),
    message: message.trim(),
    // The last day to answer, to its end in Swedish time.
    closesAt: closesOn ? stockholmLocalToIso(`${closesOn}T23:59`) : undefined,
    recipients: (choices ?? []).filter((choice) => choice.chosen).map(({ personId, orgUnitId }) => ({ personId, orgUnitId })),
  });

  const send = useMutation({
    mutationFn: () => createSurvey(input()),
    onSuccess: async (survey) => {
      await queryClient.invalidateQueries({ queryKey: ['surveys'] });
      notifySuccess(t('surveys.create.done', { title: survey.title, count: survey.recipients }));
      await navigate({ to: '/surveys' });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(surveyCreate, input());
    if (found.recipients) found.recipients = t('surveys.create.noneChosen');
    setErrors(found);
    if (Object.keys(found).length === 0) send.mutate();
  };

  return (
    <Stack maw={900}>
      <AnchorLink to="/surveys">{t('surveys.backToList')}</AnchorLink>
      <PageHeading title={t('surveys.create.title')} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('surveys.fields.title')} required value={title} error={errors.title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Textarea label={t('surveys.fields.message')} autosize minRows={3} value={message} error={errors.message} onChange={(e) => setMessage(e.currentTarget.value)} />
          <TextInput
            label={t('surveys.fields.closesOn')}
            description={t('surveys.create.closesOnHelp')}
            type="date"
            w={220}
            value={closesOn}
            error={errors.closesAt}
            onChange={(e) => setClosesOn(e.currentTarget.value)}
          />
          <ProblemAlert error={proposal.error} />
          {proposal.isPending && <Loader role="status" aria-label={t('common.loading')} />}
          {proposal.data && choices && (
            <RecipientPicker units={proposal.data} choices={choices} onChange={setChoices} error={errors.recipients} />
          )}
          <ProblemAlert error={send.error} />
          <Group>
            <Button type="submit" loading={send.isPending}>
              {t('surveys.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
