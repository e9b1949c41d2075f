import { Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { incidentSettingsQuery } from '../api/incidentInsights';
import { CsirtForm } from '../components/incidentSettings/CsirtForm';
import { PublicLinkSection } from '../components/incidentSettings/PublicLinkSection';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';

/** Inställningar → Incidenter: the receiving CSIRT and the public report link. */
export function IncidentSettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery(incidentSettingsQuery);
  const reload = () => settings.refetch();
  return (
    <Stack maw={720}>
      <AnchorLink to="/settings" size="sm">
        {t('incidentInsights.settings.back')}
      </AnchorLink>
      <PageHeading title={t('incidentInsights.settings.title')} documentTitle={`${t('incidentInsights.settings.title')} – ${t('nav.settings')}`} />
      {settings.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      <ProblemAlert error={settings.error} />
      {settings.data && (
        <>
          <CsirtForm settings={settings.data} onReload={reload} />
          <PublicLinkSection settings={settings.data} onReload={reload} />
        </>
      )}
    </Stack>
  );
}
