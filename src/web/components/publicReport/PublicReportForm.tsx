import { Alert, Button, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { publicIncidentReport } from '../../../shared/schemas/incident';
import { ApiError } from '../../api/client';
import { sendPublicReport, type PublicIncidentReport } from '../../api/incidentInsights';
import { stockholmLocalToIso } from '../../i18n/dates';
import { formErrors } from '../formErrors';
import { problemMessage } from '../problem';

interface PublicReportFormProps {
  token: string;
  onSent: (number: string) => void;
  /** The link stopped working while the form was open. */
  onGone: () => void;
}

const empty = { title: '', description: '', occurredAt: '', contact: '' };

/** Title, description, when it happened and an optional contact: all a person without an account can tell. */
export function PublicReportForm({ token, onSent, onGone }: PublicReportFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(empty);
  const [tried, setTried] = useState(false);
  const report = (): PublicIncidentReport => ({
    title: values.title,
    description: values.description,
    ...(values.occurredAt ? { occurredAt: stockholmLocalToIso(values.occurredAt) } : {}),
    ...(values.contact.trim() ? { contact: values.contact } : {}),
  });
  const send = useMutation({
    mutationFn: () => sendPublicReport(token, report()),
    onSuccess: (sent) => onSent(sent.number),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 404) onGone();
    },
  });

  const problems = formErrors(publicIncidentReport, report());
  const errors = tried ? problems : {};
  const occurredError = errors.occurredAt && values.occurredAt && stockholmLocalToIso(values.occurredAt) ? t('incidentInsights.publicReport.inFuture') : errors.occurredAt;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length === 0) send.mutate();
  };
  const set = (field: keyof typeof empty) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((old) => ({ ...old, [field]: value }));
  };
  const failure = send.error instanceof ApiError && send.error.status === 429 ? t('incidentInsights.publicReport.tooMany') : send.error ? problemMessage(send.error) : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('incidentInsights.publicReport.fields.title')}
          description={t('incidentInsights.publicReport.fields.titleHelp')}
          required
          maxLength={200}
          value={values.title}
          error={errors.title && t('incidentInsights.publicReport.required')}
          onChange={set('title')}
        />
        <Textarea
          label={t('incidentInsights.publicReport.fields.description')}
          description={t('incidentInsights.publicReport.fields.descriptionHelp')}
          required
          autosize
          minRows={5}
          maxLength={10_000}
          value={values.description}
          error={errors.description && t('incidentInsights.publicReport.required')}
          onChange={set('description')}
        />
        <TextInput
          type="datetime-local"
          label={t('incidentInsights.publicReport.fields.occurredAt')}
          description={t('incidentInsights.publicReport.fields.occurredAtHelp')}
          value={values.occurredAt}
          error={occurredError}
          onChange={set('occurredAt')}
          maw={320}
        />
        <TextInput
          label={t('incidentInsights.publicReport.fields.contact')}
          description={t('incidentInsights.publicReport.fields.contactHelp')}
          autoComplete="email"
          maxLength={300}
          value={values.contact}
          error={errors.contact}
          onChange={set('contact')}
        />
        {failure && (
          <Alert color="red" title={t('incidentInsights.publicReport.failed')} role="alert">
            {failure}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={send.isPending}>
            {t('incidentInsights.publicReport.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
