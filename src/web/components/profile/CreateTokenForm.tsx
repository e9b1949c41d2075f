import { Alert, Button, Code, CopyButton, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiTokenCreate } from '../../../shared/schemas/auth';
import { createToken, tokensQuery, type ApiTokenCreated } from '../../api/me';
import { formErrors } from '../formErrors';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';

/** Creates an API token and shows its secret once, with a copy button. */
export function CreateTokenForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | string>(90);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);

  const create = useMutation({
    mutationFn: () => createToken(name.trim(), Number(days)),
    onSuccess: async (token) => {
      setCreated(token);
      setName('');
      await queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey });
      notifySuccess(t('tokens.create.done', { name: token.name }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(apiTokenCreate, { name, expiresInDays: days === '' ? undefined : Number(days) });
    setErrors(found);
    if (Object.keys(found).length === 0) {
      setCreated(null);
      create.mutate();
    }
  };

  return (
    <Stack>
      {created && (
        <Alert color="yellow" title={t('tokens.secret.title', { name: created.name })} role="status">
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('tokens.secret.warning')}
            </Text>
            <Code block aria-label={t('tokens.secret.label')}>
              {created.secret}
            </Code>
            <Group>
              <CopyButton value={created.secret}>
                {({ copied, copy }) => (
                  <Button size="xs" color={copied ? 'teal' : undefined} onClick={copy}>
                    {copied ? t('tokens.secret.copied') : t('tokens.secret.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button size="xs" variant="default" onClick={() => setCreated(null)}>
                {t('tokens.secret.hide')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('tokens.fields.name')}
            description={t('tokens.create.nameHelp')}
            required
            value={name}
            error={errors.name}
            onChange={(event) => setName(event.currentTarget.value)}
            w={280}
          />
          <NumberInput
            label={t('tokens.fields.expiresInDays')}
            description={t('tokens.create.daysHelp')}
            required
            min={1}
            max={365}
            allowDecimal={false}
            value={days}
            error={errors.expiresInDays}
            onChange={setDays}
            w={200}
          />
          <Button type="submit" mt={{ sm: 46 }} loading={create.isPending}>
            {t('tokens.create.submit')}
          </Button>
        </Group>
      </form>
      <ProblemAlert error={create.error} />
    </Stack>
  );
}
