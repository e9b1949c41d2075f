import { Button, CopyButton, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IncidentSettings } from '../../../shared/schemas/incident';
import { updateIncidentSettings } from '../../api/incidentInsights';
import { ConfirmModal } from '../ConfirmModal';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';
import { afterSettingsSaved } from './afterSettingsSaved';

/** The public report link: on or off, its full address to copy, and replacing it so the old one stops working. */
export function PublicLinkSection({ settings, onReload }: { settings: IncidentSettings; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, confirm] = useDisclosure(false);
  const on = settings.publicReportPath !== null;
  const url = on ? `${window.location.origin}${settings.publicReportPath}` : '';

  const toggle = useMutation({
    mutationFn: (publicReport: boolean) => updateIncidentSettings({ version: settings.version, publicReport }),
    onSuccess: async (saved) => {
      notifySuccess(saved.publicReportPath ? t('incidentInsights.settings.switchedOn') : t('incidentInsights.settings.switchedOff'));
      await afterSettingsSaved(queryClient, saved);
    },
  });
  const rotate = useMutation({
    mutationFn: () => updateIncidentSettings({ version: settings.version, rotatePublicReport: true }),
    onSuccess: async (saved) => {
      confirm.close();
      notifySuccess(t('incidentInsights.settings.rotated'));
      await afterSettingsSaved(queryClient, saved);
    },
  });
  const reload = async () => {
    await onReload();
    toggle.reset();
    rotate.reset();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="incident-settings-public-link">
      <Title order={2} size="h3" id="incident-settings-public-link" mb="xs">
        {t('incidentInsights.settings.publicLink')}
      </Title>
      <Stack>
        <Text size="sm">{t('incidentInsights.settings.publicLinkHelp')}</Text>
        <Switch
          label={t('incidentInsights.settings.publicSwitch')}
          checked={on}
          disabled={toggle.isPending}
          onChange={(event) => {
            rotate.reset();
            toggle.mutate(event.currentTarget.checked);
          }}
        />
        {on ? (
          <Group align="flex-end" gap="sm">
            <TextInput label={t('incidentInsights.settings.url')} value={url} readOnly flex={1} miw={280} onFocus={(event) => event.currentTarget.select()} />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button variant={copied ? 'filled' : 'default'} color={copied ? 'teal.8' : undefined} onClick={copy} aria-live="polite">
                  {copied ? t('incidentInsights.settings.copied') : t('incidentInsights.settings.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" color="red" onClick={confirm.open}>
              {t('incidentInsights.settings.rotate')}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t('incidentInsights.settings.isOff')}</Text>
        )}
        <ProblemAlert error={toggle.error} onReload={reload} />
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('incidentInsights.settings.rotateTitle')}
        confirmLabel={t('incidentInsights.settings.rotate')}
        onConfirm={() => rotate.mutate()}
        onClose={() => {
          confirm.close();
          rotate.reset();
        }}
        loading={rotate.isPending}
        error={rotate.error}
        onReload={reload}
        danger
      >
        {t('incidentInsights.settings.rotateConfirm')}
      </ConfirmModal>
    </Paper>
  );
}
