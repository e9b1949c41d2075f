import { Button, Group, Loader, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TenantSettings } from '../../shared/schemas/settings';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsQuery, updateSettings } from '../api/settings';
import { notifySuccess } from '../components/notify';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { RiskSettingsSection } from '../components/riskSettings/RiskSettingsSection';
import { IncidentSettingsLink } from '../components/incidentSettings/IncidentSettingsLink';

/** The organisation's settings: how long an approved classification stays valid. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQuery);
  return (
    <Stack maw={720}>
      <PageHeading title={t('settings.title')} />
      {settings.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      <ProblemAlert error={settings.error} />
      {settings.data && <ClassificationSettings settings={settings.data} />}
      <RiskSettingsSection />
      <IncidentSettingsLink />
    </Stack>
  );
}

function ClassificationSettings({ settings }: { settings: TenantSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [months, setMonths] = useState<number | string>(settings.classificationValidityMonths);
  const save = useMutation({
    mutationFn: () => updateSettings({ version: settings.version, classificationValidityMonths: Number(months) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsQuery.queryKey, saved);
      // The risk settings share the version: re-read it so a save there is not refused as stale.
      void queryClient.invalidateQueries({ queryKey: ['riskSettings'] });
      notifySuccess(t('settings.saved'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-classification">
        <Title order={2} size="h3" id="settings-classification" mb="sm">
          {t('settings.classification')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack>
            <NumberInput
              label={t('settings.validityMonths')}
              description={t('settings.validityHelp')}
              min={1}
              max={60}
              required
              value={months}
              onChange={setMonths}
              maw={260}
            />
            <Text size="sm">{t('settings.validityNote')}</Text>
            <ProblemAlert error={save.error} />
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
