import { Badge, Button, Code, Loader, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../shared/schemas/auth';
import { revokeToken, tokensQuery } from '../../api/me';
import { formatDate, formatDateTime } from '../../i18n/dates';
import { useLocale } from '../../i18n';
import { ConfirmModal } from '../ConfirmModal';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';
import { TableHead } from '../TableHead';

type TokenState = 'active' | 'revoked' | 'expired';

function stateOf(token: ApiToken, now: number): TokenState {
  if (token.revokedAt) return 'revoked';
  return Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
}

/** The person's API tokens; a working token can be revoked. */
export function ApiTokenList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const tokens = useQuery(tokensQuery);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const now = Date.now();

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => revokeToken(token.id),
    onSuccess: async (_answer, token) => {
      await queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey });
      notifySuccess(t('tokens.revoke.done', { name: token.name }));
      setRevoking(null);
    },
  });

  if (tokens.isPending) return <Loader role="status" aria-label={t('common.loading')} />;
  if (tokens.error) return <ProblemAlert error={tokens.error} />;
  if (tokens.data.length === 0) return <Text>{t('tokens.empty')}</Text>;

  return (
    <>
      <Table.ScrollContainer minWidth={700}>
        <Table aria-label={t('tokens.tableLabel')}>
          <TableHead columns={[t('tokens.fields.name'), t('tokens.fields.prefix'), t('tokens.fields.createdAt'), t('tokens.fields.expiresAt'), t('tokens.fields.lastUsedAt'), t('tokens.fields.state')]} actions />
          <Table.Tbody>
            {tokens.data.map((token) => {
              const state = stateOf(token, now);
              return (
                <Table.Tr key={token.id}>
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td>
                    <Code>{token.prefix}</Code>
                  </Table.Td>
                  <Table.Td>{formatDate(token.createdAt, locale)}</Table.Td>
                  <Table.Td>{formatDate(token.expiresAt, locale)}</Table.Td>
                  <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('tokens.neverUsed')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={state === 'active' ? 'green' : 'gray'} tt="none">
                      {t(`tokens.state.${state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {state === 'active' && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        aria-label={t('tokens.revoke.buttonFor', { name: token.name })}
                        onClick={() => setRevoking(token)}
                      >
                        {t('tokens.revoke.button')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={revoking !== null}
        title={t('tokens.revoke.title')}
        confirmLabel={t('tokens.revoke.button')}
        danger
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => {
          revoke.reset();
          setRevoking(null);
        }}
      >
        {t('tokens.revoke.confirm', { name: revoking?.name ?? '' })}
      </ConfirmModal>
    </>
  );
}
