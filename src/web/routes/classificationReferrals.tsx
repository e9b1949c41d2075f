import { Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { referralsQuery } from '../api/classification';
import { ReferralCard } from '../components/classification/ReferralCard';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';

/** The säkerhetsskyddschef's list: classifications stopped because they may concern national security. */
export function ClassificationReferralsPage() {
  const { t } = useTranslation();
  const referrals = useQuery(referralsQuery);
  return (
    <Stack maw={900}>
      <PageHeading title={t('referrals.title')} />
      <Text>{t('referrals.intro')}</Text>
      <ProblemAlert error={referrals.error} />
      {referrals.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {referrals.data?.length === 0 && <Text>{t('referrals.empty')}</Text>}
      {referrals.data?.map((referral) => <ReferralCard key={`${referral.id}:${referral.version}`} referral={referral} />)}
    </Stack>
  );
}
