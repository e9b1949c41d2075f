import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classificationStatusLabels } from '../../shared/classification/workflow';
import { informationSetQuery, objectQuery } from '../api/register';
import { DescriptionList } from '../components/DescriptionList';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { ClassificationHistory } from '../components/register/ClassificationHistory';
import { ClassificationSummary } from '../components/register/ClassificationSummary';
import { ClassifyLink } from '../components/register/ClassifyLink';
import { InformationSetFormModal } from '../components/register/InformationSetFormModal';
import { ReviewMarker } from '../components/register/ReviewMarker';
import { useLabel } from '../i18n';

const route = getRouteApi('/app/information-sets/$setId');

/** One information set: who owns it, what it is, where it lives, and its classifications. */
export function InformationSetPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { setId } = route.useParams();
  const [editing, setEditing] = useState(false);
  const set = useQuery(informationSetQuery(setId));
  // The object says what the caller may do here, and which systems the set may be held in.
  const object = useQuery({ ...objectQuery(set.data?.objectId ?? ''), enabled: Boolean(set.data) });
  const systemName = new Map((object.data?.systems ?? []).map((system) => [system.id, system.name]));
  const can = object.data?.can;

  return (
    <Stack maw={1100}>
      {set.data ? (
        <AnchorLink to="/objects/$objectId" params={{ objectId: set.data.objectId }}>
          {t('register.sets.backToObject', { name: set.data.objectName })}
        </AnchorLink>
      ) : (
        <AnchorLink to="/information-sets">{t('register.sets.backToList')}</AnchorLink>
      )}
      <Group justify="space-between" align="flex-start">
        <PageHeading title={set.data?.name ?? t('register.sets.set')} />
        {set.data && (
          <Group gap="xs">
            {can?.manage && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('register.sets.edit.button')}
              </Button>
            )}
            {can?.classify && <ClassifyLink setId={set.data.id} setName={set.data.name} pending={set.data.pendingClassification !== null} size="sm" />}
          </Group>
        )}
      </Group>
      <ProblemAlert error={set.error} />
      {set.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {set.data && (
        <>
          <Paper withBorder p="md">
            <DescriptionList
              items={[
                {
                  term: t('register.sets.fields.classification'),
                  value: (
                    <Stack gap={4} align="flex-start">
                      <ClassificationSummary classification={set.data.classification} />
                      {set.data.pendingClassification && (
                        <Text size="sm">{t('register.sets.pending', { status: label(classificationStatusLabels[set.data.pendingClassification.status]) })}</Text>
                      )}
                      {set.data.needsReview && <ReviewMarker reason={set.data.needsReview.reason} />}
                    </Stack>
                  ),
                },
                {
                  term: t('register.sets.fields.object'),
                  value: (
                    <AnchorLink to="/objects/$objectId" params={{ objectId: set.data.objectId }}>
                      {set.data.objectName}
                    </AnchorLink>
                  ),
                },
                { term: t('register.objects.fields.orgUnit'), value: set.data.orgUnitName },
                { term: t('register.sets.fields.owner'), value: set.data.owner?.name ?? '–' },
                { term: t('register.sets.fields.delegate'), value: set.data.delegate?.name ?? '–' },
                { term: t('register.sets.fields.type'), value: set.data.informationTypeName ?? '–' },
                { term: t('register.sets.fields.legalBases'), value: set.data.legalBases.join(', ') || '–' },
                { term: t('register.sets.fields.personalData'), value: set.data.personalData ? t('common.yes') : t('common.no') },
                { term: t('register.sets.fields.specialCategories'), value: set.data.specialCategories ? t('common.yes') : t('common.no') },
                { term: t('register.sets.fields.systems'), value: set.data.systemIds.map((id) => systemName.get(id) ?? '…').join(', ') || '–' },
                { term: t('register.sets.fields.description'), value: set.data.description || '–' },
              ]}
            />
          </Paper>
          <ClassificationHistory setId={set.data.id} />
          {object.data && (
            <InformationSetFormModal object={object.data} set={set.data} systems={object.data.systems} opened={editing} onClose={() => setEditing(false)} />
          )}
        </>
      )}
    </Stack>
  );
}
