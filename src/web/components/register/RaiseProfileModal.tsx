import { Button, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { aspects, type Level } from '../../../shared/classification/aspects';
import { formatProfile, isRaisedAbove, type Profile } from '../../../shared/classification/profile';
import { refreshRegister, setObjectProfile, type ObjectDetail } from '../../api/register';
import { AppModal } from '../AppModal';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';
import { LevelSelect } from './LevelSelect';

interface RaiseProfileModalProps {
  object: ObjectDetail;
  opened: boolean;
  onClose: () => void;
}

/** "Höj skyddsnivå": an object may go above its derived profile, with a reason, but never below it. */
export function RaiseProfileModal(props: RaiseProfileModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={props.opened} onClose={props.onClose} size="lg" title={t('register.raise.title', { name: props.object.name })}>
      {props.opened && <RaiseProfileForm {...props} />}
    </AppModal>
  );
}

function RaiseProfileForm({ object, onClose }: RaiseProfileModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const derived = object.derivedProfile;
  const [levels, setLevels] = useState<Profile>({ ...object.profile });
  const [reason, setReason] = useState(object.raiseReason ?? '');
  const raised = isRaisedAbove(levels, derived);
  const currentlyRaised = isRaisedAbove(object.profile, derived);

  // The reason is not checked here: the server decides, and its refusal says why.
  const save = useMutation({
    mutationFn: (clear: boolean) =>
      setObjectProfile(object.id, clear ? { version: object.version, profile: null } : { version: object.version, profile: levels, reason: reason.trim() || null }),
    onSuccess: async (saved, clear) => {
      await refreshRegister(queryClient);
      notifySuccess(clear ? t('register.raise.cleared') : t('register.raise.done', { name: saved.name, profile: formatProfile(saved.profile) }));
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(false);
  };
  const reload = async () => {
    await refreshRegister(queryClient);
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('register.raise.intro', { derived: formatProfile(derived) })}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {aspects.map((aspect) => (
            <LevelSelect
              key={aspect}
              aspect={aspect}
              min={derived[aspect]}
              value={levels[aspect]}
              description={t('register.raise.minimum', { level: derived[aspect] })}
              onChange={(level: Level) => setLevels((old) => ({ ...old, [aspect]: level }))}
            />
          ))}
        </SimpleGrid>
        <Textarea
          label={t('register.raise.reason')}
          description={t('register.raise.reasonHelp')}
          required={raised}
          autosize
          minRows={3}
          maxRows={10}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <ProblemAlert error={save.error} onReload={reload} />
        <Group justify="space-between">
          <div>
            {currentlyRaised && (
              <Button variant="outline" color="red" onClick={() => save.mutate(true)} loading={save.isPending && save.variables === true}>
                {t('register.raise.clear')}
              </Button>
            )}
          </div>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending && save.variables === false}>
              {t('register.raise.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
