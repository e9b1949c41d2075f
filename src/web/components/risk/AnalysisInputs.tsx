import { Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { objectQuery } from '../../api/register';
import type { RiskAnalysisDetail } from '../../api/risk';
import { DescriptionList } from '../DescriptionList';
import { AnchorLink } from '../links';
import { ObjectStateBadge } from '../register/ObjectStateBadge';
import { ProfileBadge } from '../register/ProfileBadge';

/** What the analysis builds on: the object's classification profile and state, with a link to the object. */
export function AnalysisInputs({ analysis }: { analysis: RiskAnalysisDetail }) {
  const { t } = useTranslation();
  const objectId = analysis.objectId;
  const object = useQuery({ ...objectQuery(objectId ?? ''), enabled: Boolean(objectId) });
  return (
    <Stack component="section" aria-labelledby="analysis-inputs-heading" gap="xs">
      <Title order={2} id="analysis-inputs-heading">
        {t('risk.analysis.inputs.heading')}
      </Title>
      {!objectId && <Text>{t('risk.analysis.inputs.noObject')}</Text>}
      {objectId && object.isError && <Text>{t('risk.analysis.inputs.unavailable')}</Text>}
      {objectId && object.data && (
        <>
          <DescriptionList
            items={[
              { term: t('risk.analysis.inputs.profile'), value: <ProfileBadge profile={object.data.profile} /> },
              { term: t('risk.analysis.inputs.state'), value: <ObjectStateBadge state={object.data.state} /> },
            ]}
          />
          <Group>
            <AnchorLink to="/objects/$objectId" params={{ objectId }}>
              {t('risk.analysis.inputs.openObject', { name: object.data.name })}
            </AnchorLink>
          </Group>
        </>
      )}
    </Stack>
  );
}
