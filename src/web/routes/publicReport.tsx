import { Box, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { publicReportTargetQuery } from '../api/incidentInsights';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ProblemAlert } from '../components/ProblemAlert';
import { PublicReportForm } from '../components/publicReport/PublicReportForm';

const route = getRouteApi('/rapportera/$token');

/**
 * The public report link (/rapportera/<secret>): anyone, without signing in, reports an incident
 * to the organisation that published the link, and gets its number. Swedish by default.
 */
export function PublicReportPage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const target = useQuery({ ...publicReportTargetQuery(token), retry: false });
  const [gone, setGone] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const invalid = gone || (target.error instanceof ApiError && target.error.status === 404);

  useEffect(() => {
    document.title = `${t(invalid ? 'incidentInsights.publicReport.invalidTitle' : 'incidentInsights.publicReport.title')} – ${target.data?.organisation ?? 'Värn'}`;
  }, [t, invalid, target.data]);

  if (invalid) {
    return (
      <PublicFrame title={t('incidentInsights.publicReport.invalidTitle')}>
        <Text>{t('incidentInsights.publicReport.invalid')}</Text>
      </PublicFrame>
    );
  }
  if (!target.data) {
    return (
      <PublicFrame title={t('incidentInsights.publicReport.title')}>
        {target.isPending && <Loader role="status" aria-label={t('common.loading')} />}
        <ProblemAlert error={target.error} />
      </PublicFrame>
    );
  }
  const organisation = target.data.organisation;
  if (sent) {
    return (
      <PublicFrame title={t('incidentInsights.publicReport.sentTitle')} subtitle={t('incidentInsights.publicReport.to', { organisation })} focusHeading>
        <Text>{t('incidentInsights.publicReport.sent', { number: sent })}</Text>
        <div>
          <Button variant="default" onClick={() => setSent(null)}>
            {t('incidentInsights.publicReport.another')}
          </Button>
        </div>
      </PublicFrame>
    );
  }
  return (
    <PublicFrame title={t('incidentInsights.publicReport.title')} subtitle={t('incidentInsights.publicReport.to', { organisation })}>
      <Text>{t('incidentInsights.publicReport.intro')}</Text>
      <PublicReportForm token={token} onSent={setSent} onGone={() => setGone(true)} />
    </PublicFrame>
  );
}

/** The page's own landmark, heading and language switch: it lives outside the signed-in layout. */
function PublicFrame({ title, subtitle, focusHeading, children }: { title: string; subtitle?: string; focusHeading?: boolean; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // After sending, the page changes under the person: move focus so a screen reader reads the answer.
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <Center component="main" mih="100vh" p="md" bg="gray.1">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={640}>
        <Stack>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Box>
              <Title order={1} size="h2" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
                {title}
              </Title>
              {subtitle && (
                <Text fw={600} mt={4}>
                  {subtitle}
                </Text>
              )}
            </Box>
            <LanguageSwitch persist={false} />
          </Group>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
