import { Button, Group, List, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addIntegration, refreshRegister, removeIntegration, systemsQuery, type SystemSummary } from '../../api/register';
import { AppModal } from '../AppModal';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';

interface IntegrationsModalProps {
  system: SystemSummary | null;
  onClose: () => void;
}

/** A system's integrations: with another registered system or an external one, added and removed here. */
export function IntegrationsModal({ system, onClose }: IntegrationsModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={system !== null} onClose={onClose} size="lg" title={system ? t('register.integrations.title', { name: system.name }) : ''}>
      {system && <Integrations system={system} onClose={onClose} />}
    </AppModal>
  );
}

function Integrations({ system, onClose }: { system: SystemSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<'registered' | 'external'>('registered');
  const [targetSystemId, setTargetSystemId] = useState<string | null>(null);
  const [externalName, setExternalName] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  // The systems one may integrate with: everything in the caller's reach but this one.
  const candidates = useQuery(systemsQuery({ limit: 1000 }));

  // The list shows the system as the server last answered, so it stays current between changes.
  const [current, setCurrent] = useState(system);
  const add = useMutation({
    mutationFn: () =>
      addIntegration(system.id, kind === 'registered' ? { targetSystemId: targetSystemId ?? undefined, description } : { externalName: externalName.trim(), description }),
    onSuccess: async (saved) => {
      setCurrent(saved);
      setTargetSystemId(null);
      setExternalName('');
      setDescription('');
      await refreshRegister(queryClient);
      notifySuccess(t('register.integrations.added'));
    },
  });
  const remove = useMutation({
    mutationFn: (integrationId: string) => removeIntegration(system.id, integrationId),
    onSuccess: async (saved) => {
      setCurrent(saved);
      await refreshRegister(queryClient);
      notifySuccess(t('register.integrations.removed'));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const incomplete = kind === 'registered' ? !targetSystemId : !externalName.trim();
    setMissing(incomplete);
    if (!incomplete) add.mutate();
  };

  return (
    <Stack>
      {current.integrations.length === 0 ? (
        <Text>{t('register.integrations.none')}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" aria-label={t('register.integrations.listLabel', { name: current.name })}>
          {current.integrations.map((integration) => (
            <List.Item key={integration.id}>
              <Group gap="sm" wrap="nowrap">
                <Text>
                  {integration.targetName}
                  {!integration.targetSystemId && ` (${t('register.integrations.externalTag')})`}
                  {integration.description && ` – ${integration.description}`}
                </Text>
                <Button
                  size="xs"
                  variant="outline"
                  color="red"
                  loading={remove.isPending && remove.variables === integration.id}
                  aria-label={t('register.integrations.removeFor', { name: integration.targetName })}
                  onClick={() => remove.mutate(integration.id)}
                >
                  {t('register.integrations.remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <ProblemAlert error={remove.error} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4">
            {t('register.integrations.add')}
          </Title>
          <Radio.Group label={t('register.integrations.kind')} value={kind} onChange={(value) => setKind(value as 'registered' | 'external')}>
            <Group mt="xs">
              <Radio value="registered" label={t('register.integrations.registered')} />
              <Radio value="external" label={t('register.integrations.external')} />
            </Group>
          </Radio.Group>
          {kind === 'registered' ? (
            <Select
              label={t('register.integrations.target')}
              required
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              value={targetSystemId}
              onChange={setTargetSystemId}
              error={missing ? t('validation.required') : undefined}
              data={(candidates.data?.items ?? [])
                .filter((candidate) => candidate.id !== system.id)
                .map((candidate) => ({ value: candidate.id, label: `${candidate.name} (${candidate.objectName})` }))}
            />
          ) : (
            <TextInput
              label={t('register.integrations.externalName')}
              required
              value={externalName}
              error={missing ? t('validation.required') : undefined}
              onChange={(event) => setExternalName(event.currentTarget.value)}
            />
          )}
          <TextInput label={t('register.integrations.description')} value={description} onChange={(event) => setDescription(event.currentTarget.value)} />
          <Text size="sm">{t('register.integrations.reviewNote')}</Text>
          <ProblemAlert error={add.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('register.integrations.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
