import { Alert, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatProfile } from '../../../shared/classification/profile';
import { objectDetailQuery, type Classification } from '../../api/classification';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/dates';
import { AnchorLink, ButtonLink } from '../links';

/** Done: the approved result, and the way on to the object's next set that still lacks a valid classification. */
export function ApprovedNotice({ classification }: { classification: Classification }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const object = useQuery(objectDetailQuery(classification.objectId));
  const next = object.data?.informationSets.find(
    (set) => set.id !== classification.informationSetId && (set.classification === null || set.classification.status !== 'approved' || set.pendingClassification !== null),
  );
  return (
    <Stack gap="md">
      <Alert color="green" variant="light">
        <Text size="sm">
          {t('classify.approvedBody', { name: classification.informationSetName, profile: formatProfile(classification.profile), date: formatDate(classification.validUntil, locale) })}
        </Text>
      </Alert>
      {object.data && !next && <Text>{t('classify.allDone', { object: classification.objectName })}</Text>}
      <Group>
        {next && (
          <ButtonLink to="/information-sets/$setId/classify" params={{ setId: next.id }}>
            {t('classify.classifyNext', { name: next.name })}
          </ButtonLink>
        )}
        <AnchorLink to="/objects/$objectId" params={{ objectId: classification.objectId }}>
          {t('classify.backToObject')}
        </AnchorLink>
      </Group>
    </Stack>
  );
}
