import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { setClassificationSummary } from '../../../shared/schemas/register';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/dates';
import { ClassificationStatusBadge } from './ClassificationStatusBadge';
import { ProfileBadge } from './ProfileBadge';

/** The classification an information set counts with: profile, status and how long it is valid; "Ej klassad" without one. */
export function ClassificationSummary({ classification }: { classification: z.infer<typeof setClassificationSummary> | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!classification) return <ClassificationStatusBadge status={null} />;
  return (
    <Group gap={6} wrap="wrap">
      <ProfileBadge profile={classification} />
      <ClassificationStatusBadge status={classification.status} />
      {classification.validUntil && (
        <Text size="xs" component="span">
          {t('register.validUntil', { date: formatDate(classification.validUntil, locale) })}
        </Text>
      )}
    </Group>
  );
}
