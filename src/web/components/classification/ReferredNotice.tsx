import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../api/classification';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/dates';

/** The flow stopped: the case is with the säkerhetsskyddschef, and their answer when they have given one. */
export function ReferredNotice({ classification }: { classification: Classification }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Alert color="orange" variant="light">
      <Stack gap="xs">
        <Text size="sm">{t('classify.referredBody')}</Text>
        {classification.referralNote ? (
          <Text size="sm">
            <strong>{t('classify.referralAnswer', { date: formatDate(classification.referralHandledAt, locale) })}</strong>{' '}
            <span style={{ whiteSpace: 'pre-wrap' }}>{classification.referralNote}</span>
          </Text>
        ) : (
          <Text size="sm">{t('classify.referralWaiting')}</Text>
        )}
      </Stack>
    </Alert>
  );
}
