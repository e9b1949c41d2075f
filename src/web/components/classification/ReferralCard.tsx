import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerReferral, referralsQuery, type Classification } from '../../api/classification';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/dates';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';

/** One referred case and the säkerhetsskyddschef's answer to the informationsägare. */
export function ReferralCard({ referral }: { referral: Classification }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [note, setNote] = useState(referral.referralNote ?? '');
  const save = useMutation({
    mutationFn: () => answerReferral(referral.id, referral.version, note.trim()),
    onSuccess: async () => {
      notifySuccess(t('referrals.saved'));
      await queryClient.invalidateQueries({ queryKey: referralsQuery.queryKey });
    },
  });
  const headingId = `referral-${referral.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id={headingId}>
              {referral.informationSetName}
            </Title>
            <Text size="sm">{t('referrals.setIn', { object: referral.objectName })}</Text>
            <Text size="sm">{t('referrals.startedBy', { name: referral.createdBy?.name ?? '–', date: formatDate(referral.createdAt, locale) })}</Text>
          </div>
          <Badge variant="light" color={referral.referralHandledAt ? 'green' : 'orange'} tt="none">
            {referral.referralHandledAt ? t('referrals.handledBadge') : t('referrals.waiting')}
          </Badge>
        </Group>
        {referral.referralHandledAt && (
          <Text size="sm">
            <strong>{t('referrals.handled', { date: formatDate(referral.referralHandledAt, locale) })}</strong>{' '}
            <span style={{ whiteSpace: 'pre-wrap' }}>{referral.referralNote}</span>
          </Text>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('referrals.noteLabel')}
              description={t('referrals.noteDescription')}
              autosize
              minRows={2}
              maxLength={4000}
              required
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <ProblemAlert error={save.error} onReload={() => void queryClient.invalidateQueries({ queryKey: referralsQuery.queryKey })} />
            <Group>
              <Button type="submit" loading={save.isPending} disabled={note.trim() === ''}>
                {t('referrals.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
