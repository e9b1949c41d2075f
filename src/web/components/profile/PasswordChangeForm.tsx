import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/me';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';

/** The server refuses shorter passwords too; checking here saves a round trip. */
export const minimumPasswordLength = 12;

export function PasswordChangeForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string; repeat?: string }>({});
  const toggleLabel = { 'aria-label': t('common.showPassword') };

  const save = useMutation({
    mutationFn: () => changePassword(current, next),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setRepeat('');
      notifySuccess(t('profile.password.done'));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      current: current ? undefined : t('validation.required'),
      next: next.length >= minimumPasswordLength ? undefined : t('profile.password.tooShort', { min: minimumPasswordLength }),
      repeat: repeat === next ? undefined : t('profile.password.mismatch'),
    };
    setErrors(found);
    if (!found.current && !found.next && !found.repeat) save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        <PasswordInput
          label={t('profile.password.current')}
          autoComplete="current-password"
          required
          value={current}
          error={errors.current}
          onChange={(event) => setCurrent(event.currentTarget.value)}
          visibilityToggleButtonProps={toggleLabel}
        />
        <PasswordInput
          label={t('profile.password.new')}
          description={t('profile.password.rules', { min: minimumPasswordLength })}
          autoComplete="new-password"
          required
          value={next}
          error={errors.next}
          onChange={(event) => setNext(event.currentTarget.value)}
          visibilityToggleButtonProps={toggleLabel}
        />
        <PasswordInput
          label={t('profile.password.repeat')}
          autoComplete="new-password"
          required
          value={repeat}
          error={errors.repeat}
          onChange={(event) => setRepeat(event.currentTarget.value)}
          visibilityToggleButtonProps={toggleLabel}
        />
        <ProblemAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('profile.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
