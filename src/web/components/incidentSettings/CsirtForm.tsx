import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentSettingsUpdate, type IncidentSettings } from '../../../shared/schemas/incident';
import { incidentSettingsQuery, updateIncidentSettings } from '../../api/incidentInsights';
import { formErrors } from '../formErrors';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';
import { afterSettingsSaved } from './afterSettingsSaved';

/** The receiving CSIRT's name and contact, printed on the NIS2 report drafts. */
export function CsirtForm({ settings, onReload }: { settings: IncidentSettings; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(settings.csirtName);
  const [contact, setContact] = useState(settings.csirtContact);
  const [tried, setTried] = useState(false);
  // The version is read when saving: switching the public link on this page bumps it.
  const update = () => ({ version: settings.version, csirtName: name, csirtContact: contact });
  const save = useMutation({
    mutationFn: () => updateIncidentSettings(update()),
    onSuccess: async (saved) => {
      setTried(false);
      notifySuccess(t('incidentInsights.settings.saved'));
      await afterSettingsSaved(queryClient, saved);
    },
  });
  const errors = tried ? formErrors(incidentSettingsUpdate, update()) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(formErrors(incidentSettingsUpdate, update())).length === 0) save.mutate();
  };
  const reload = async () => {
    await onReload();
    const fresh = queryClient.getQueryData(incidentSettingsQuery.queryKey);
    if (fresh) {
      setName(fresh.csirtName);
      setContact(fresh.csirtContact);
    }
    save.reset();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="incident-settings-csirt">
      <Title order={2} size="h3" id="incident-settings-csirt" mb="xs">
        {t('incidentInsights.settings.csirt')}
      </Title>
      <Text size="sm" mb="sm">
        {t('incidentInsights.settings.csirtHelp')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('incidentInsights.settings.csirtName')}
            description={t('incidentInsights.settings.csirtNameHelp')}
            required
            maxLength={200}
            value={name}
            error={errors.csirtName}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <TextInput
            label={t('incidentInsights.settings.csirtContact')}
            description={t('incidentInsights.settings.csirtContactHelp')}
            required
            maxLength={300}
            value={contact}
            error={errors.csirtContact}
            onChange={(event) => setContact(event.currentTarget.value)}
          />
          <ProblemAlert error={save.error} onReload={reload} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
