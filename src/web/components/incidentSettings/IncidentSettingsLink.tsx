import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../links';

/** The way from Inställningar to its Incidenter page (CSIRT and public report link). */
export function IncidentSettingsLink() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-incidents">
      <Title order={2} size="h3" id="settings-incidents" mb="xs">
        {t('incidentInsights.settings.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('incidentInsights.settings.linkHelp')}
      </Text>
      <AnchorLink to="/settings/incidents">{t('incidentInsights.settings.link')}</AnchorLink>
    </Paper>
  );
}
