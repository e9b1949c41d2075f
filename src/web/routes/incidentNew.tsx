import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../api/incidents';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { ReportForm } from '../components/incidents/ReportForm';
import { ReportGuidance } from '../components/incidents/ReportGuidance';

/** "Rapportera incident": for everyone signed in, IT or not. */
export function IncidentNewPage() {
  const { t } = useTranslation();
  const [reported, setReported] = useState<IncidentDetail | null>(null);
  return (
    <Stack maw={900}>
      <PageHeading title={t('incidents.report.heading')} />
      <Text>{t('incidents.report.intro')}</Text>
      {reported ? <Reported incident={reported} onAnother={() => setReported(null)} /> : (
        <>
          <ReportGuidance />
          <ReportForm onReported={setReported} />
        </>
      )}
    </Stack>
  );
}

/** The receipt: the number to refer to, and where to follow it. Focused, so screen readers hear it. */
function Reported({ incident, onAnother }: { incident: IncidentDetail; onAnother: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  // A bordered box rather than a coloured alert: its links keep their full contrast.
  return (
    <Paper ref={ref} tabIndex={-1} withBorder p="md" role="status" aria-labelledby="incident-reported" style={{ outline: 'none', borderLeft: '4px solid var(--mantine-color-green-8)' }}>
      <Stack gap="sm">
        <Title order={2} size="h3" id="incident-reported">
          {t('incidents.report.thanks')}
        </Title>
        <Text fw={700}>{t('incidents.report.number', { number: incident.number })}</Text>
        <Text size="sm">{t('incidents.report.next')}</Text>
        <Group>
          <AnchorLink to="/incidents/$incidentId" params={{ incidentId: incident.id }}>
            {t('incidents.report.open', { number: incident.number })}
          </AnchorLink>
          <AnchorLink to="/incidents/mine">{t('incidents.nav.mine')}</AnchorLink>
          <Button variant="default" size="xs" onClick={onAnother}>
            {t('incidents.report.another')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
