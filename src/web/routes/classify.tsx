import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProfile } from '../../shared/classification/profile';
import { classificationHistoryQuery, informationSetQuery, informationTypesQuery, type Classification } from '../api/classification';
import { ClassificationWizard } from '../components/classification/ClassificationWizard';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { useLocale } from '../i18n';
import { formatDate } from '../i18n/dates';

const route = getRouteApi('/app/information-sets/$setId/classify');
const openStatuses = ['draft', 'in_review', 'referred'];

/** Guided classification of one information set, made for an informationsägare who is not a security specialist. */
export function ClassifyPage() {
  const { setId } = route.useParams();
  // "Klassa nästa" moves to another set on the same route: start that one afresh.
  return <ClassifySet key={setId} setId={setId} />;
}

function ClassifySet({ setId }: { setId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const set = useQuery(informationSetQuery(setId));
  const history = useQuery(classificationHistoryQuery(setId));
  const types = useQuery(informationTypesQuery);
  // A reload (after a 409) starts the flow again from what the server has now.
  const [generation, setGeneration] = useState(0);
  const [reclassify, setReclassify] = useState(false);
  // The cases as they were when the flow started; later saves refresh the queries but must not restart it.
  const [startedFrom, setStartedFrom] = useState<Classification[] | null>(null);
  if (startedFrom === null && history.data) setStartedFrom(history.data);

  const reload = async () => {
    await Promise.all([queryClient.refetchQueries({ queryKey: ['informationSets', setId] }), queryClient.refetchQueries({ queryKey: informationTypesQuery.queryKey })]);
    setStartedFrom(queryClient.getQueryData(classificationHistoryQuery(setId).queryKey) ?? null);
    setGeneration((current) => current + 1);
  };

  const error = set.error ?? history.error ?? types.error;
  const ready = set.data && startedFrom && types.data;
  const type = ready && set.data.informationTypeId ? (types.data.find((candidate) => candidate.id === set.data.informationTypeId) ?? null) : null;
  const open = startedFrom?.find((item) => openStatuses.includes(item.storedStatus)) ?? null;
  const previous = startedFrom?.find((item) => item.storedStatus === 'approved') ?? null;
  const currentlyValid = !open && previous && previous.status === 'approved' && !reclassify;

  return (
    <Stack maw={960}>
      {set.data && (
        <AnchorLink to="/objects/$objectId" params={{ objectId: set.data.objectId }}>
          {t('classify.backToObject')}
        </AnchorLink>
      )}
      <PageHeading title={set.data ? t('classify.heading', { name: set.data.name }) : t('classify.title')} documentTitle={t('classify.title')} />
      {set.data && (
        <Stack gap={2}>
          <Text>{t('classify.context', { object: set.data.objectName })}</Text>
          {set.data.informationTypeName && <Text>{t('classify.typeContext', { type: set.data.informationTypeName })}</Text>}
        </Stack>
      )}
      <ProblemAlert error={error} />
      {!ready && !error && <Loader role="status" aria-label={t('common.loading')} />}
      {ready && currentlyValid && (
        <Alert color="green" variant="light">
          <Stack gap="sm">
            <Text size="sm">{t('classify.alreadyApproved', { profile: formatProfile(previous.profile), date: formatDate(previous.validUntil, locale) })}</Text>
            <Group>
              <Button variant="outline" onClick={() => setReclassify(true)}>
                {t('classify.reclassify')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {ready && !currentlyValid && (
        <ClassificationWizard key={`${setId}:${generation}`} set={set.data} type={type} open={open} previous={previous} onReload={() => void reload()} />
      )}
    </Stack>
  );
}
