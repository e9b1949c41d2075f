import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { DescriptionList } from '../components/DescriptionList';
import { GrantList } from '../components/GrantList';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageHeading } from '../components/PageHeading';
import { ApiTokenList } from '../components/profile/ApiTokenList';
import { CreateTokenForm } from '../components/profile/CreateTokenForm';
import { PasswordChangeForm } from '../components/profile/PasswordChangeForm';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack maw={1000}>
      <PageHeading title={t('profile.title')} />
      <Section id="profile-details" title={t('profile.details')}>
        <DescriptionList
          items={[
            { term: t('profile.name'), value: me.name },
            { term: t('profile.email'), value: me.email },
            { term: t('profile.tenant'), value: me.tenant.name },
          ]}
        />
      </Section>
      <Section id="profile-roles" title={t('profile.roles')}>
        <GrantList grants={me.grants} />
      </Section>
      <Section id="profile-language" title={t('language.label')}>
        <Text size="sm" mb="xs">
          {t('profile.languageHelp')}
        </Text>
        <LanguageSwitch persist />
      </Section>
      <Section id="profile-password" title={t('profile.password.heading')}>
        <PasswordChangeForm />
      </Section>
      <Section id="profile-tokens" title={t('tokens.heading')}>
        <Text size="sm" mb="sm">
          {t('tokens.help')}
        </Text>
        <Stack>
          <CreateTokenForm />
          <ApiTokenList />
        </Stack>
      </Section>
    </Stack>
  );
}
