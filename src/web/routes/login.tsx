import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locales';
import { ApiError } from '../api/client';
import { login, meQuery, updateMyLocale } from '../api/me';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { problemMessage } from '../components/problem';
import { applyLocale } from '../i18n';

const route = getRouteApi('/login');

/** Only paths inside this app are followed after sign-in (no open redirect). */
function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/login')) return '/';
  return target;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // A language picked here, before sign-in, is saved on the person once they are in.
  const [chosenLocale, setChosenLocale] = useState<Locale | null>(null);

  useEffect(() => {
    document.title = `${t('login.title')} – Värn`;
  }, [t]);

  const signIn = useMutation({
    mutationFn: async () => {
      const me = await login(email.trim(), password);
      if (chosenLocale && chosenLocale !== me.locale) {
        await updateMyLocale(chosenLocale).catch(() => undefined);
        return { ...me, locale: chosenLocale };
      }
      return me;
    },
    onSuccess: async (me) => {
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
      await applyLocale(me.locale);
      router.history.push(safeRedirect(redirect));
    },
  });

  const [missing, setMissing] = useState({ email: false, password: false });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nowMissing = { email: !email.trim(), password: !password };
    setMissing(nowMissing);
    if (!nowMissing.email && !nowMissing.password) signIn.mutate();
  };

  const error = signIn.error;
  const message =
    error instanceof ApiError && error.code === 'too_many_attempts' && error.retryAfterSeconds === null
      ? t('errors.too_many_attempts')
      : problemMessage(error);

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.1">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <Stack>
          <Group justify="space-between" align="flex-start">
            <div>
              <Text fw={800} fz="xl">
                Värn
              </Text>
              <Title order={1} size="h2">
                {t('login.title')}
              </Title>
            </div>
            <LanguageSwitch persist={false} onLocalChange={setChosenLocale} />
          </Group>
          <form onSubmit={submit} noValidate>
            <Stack>
              {error && (
                <Alert color="red" title={t('login.failed')} role="alert">
                  {message}
                </Alert>
              )}
              <TextInput
                label={t('login.email')}
                type="email"
                autoComplete="username"
                required
                value={email}
                error={missing.email ? t('login.emailRequired') : undefined}
                onChange={(event) => setEmail(event.currentTarget.value)}
              />
              <PasswordInput
                label={t('login.password')}
                autoComplete="current-password"
                required
                value={password}
                error={missing.password ? t('login.passwordRequired') : undefined}
                onChange={(event) => setPassword(event.currentTarget.value)}
                visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
              />
              <Button type="submit" loading={signIn.isPending}>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Stack>
      </Paper>
    </Center>
  );
}
