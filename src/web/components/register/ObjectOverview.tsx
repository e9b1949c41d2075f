import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRaisedAbove } from '../../../shared/classification/profile';
import type { ObjectDetail } from '../../api/register';
import { DescriptionList } from '../DescriptionList';
import { ObjectStateBadge } from './ObjectStateBadge';
import { ProfileBadge } from './ProfileBadge';

/** The object at a glance: its profile and where it comes from, its state, owners and plan. */
export function ObjectOverview({ object }: { object: ObjectDetail }) {
  const { t } = useTranslation();
  const raised = isRaisedAbove(object.profile, object.derivedProfile);
  return (
    <Paper withBorder p="md">
      <DescriptionList
        items={[
          {
            term: t('register.objects.fields.profile'),
            value: (
              <Group gap="xs">
                <ProfileBadge profile={object.profile} size="lg" />
                <Text size="sm" component="span">
                  {raised ? t('register.objects.raisedNote') : t('register.objects.followsDerived')}
                </Text>
              </Group>
            ),
          },
          {
            term: t('register.objects.fields.derivedProfile'),
            value: (
              <Stack gap={2}>
                <div>
                  <ProfileBadge profile={object.derivedProfile} />
                </div>
                <Text size="sm">{t('register.objects.derivedHelp')}</Text>
              </Stack>
            ),
          },
          ...(raised ? [{ term: t('register.objects.fields.raiseReason'), value: object.raiseReason ?? '–' }] : []),
          {
            term: t('register.objects.fields.state'),
            value: (
              <Group gap="xs">
                <ObjectStateBadge state={object.state} />
                <Text size="sm" component="span">
                  {t('register.objects.stateDetail', { approved: object.approvedSetCount, total: object.informationSetCount })}
                </Text>
              </Group>
            ),
          },
          { term: t('register.objects.fields.orgUnit'), value: object.orgUnitName },
          { term: t('register.objects.fields.owners'), value: object.owners.map((owner) => owner.name).join(', ') || t('register.objects.noOwner') },
          { term: t('register.objects.fields.critical'), value: object.critical ? t('common.yes') : t('common.no') },
          {
            term: t('register.objects.fields.managementPlan'),
            value: object.managementPlanUrl ? (
              <Anchor href={object.managementPlanUrl} target="_blank" rel="noreferrer">
                {t('register.objects.openManagementPlan')}
              </Anchor>
            ) : (
              '–'
            ),
          },
          { term: t('register.objects.fields.description'), value: object.description || '–' },
        ]}
      />
    </Paper>
  );
}
