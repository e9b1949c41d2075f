import { Alert, List, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What counts as an incident (not only IT) and what to do right now, for people who are not specialists. */
export function ReportGuidance() {
  const { t } = useTranslation();
  const counts = ['lostDevice', 'printer', 'wrongRecipient', 'phishing', 'access', 'outage'];
  const now = ['disconnect', 'keepEmail', 'noDelete', 'tellManager'];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Alert color="blue" variant="light" title={t('incidents.report.guidance.countsTitle')}>
        <Text size="sm" mb="xs">
          {t('incidents.report.guidance.countsIntro')}
        </Text>
        <List size="sm">
          {counts.map((key) => (
            <List.Item key={key}>{t(`incidents.report.guidance.counts.${key}`)}</List.Item>
          ))}
        </List>
      </Alert>
      <Alert color="orange" variant="light" title={t('incidents.report.guidance.nowTitle')}>
        <List size="sm">
          {now.map((key) => (
            <List.Item key={key}>{t(`incidents.report.guidance.now.${key}`)}</List.Item>
          ))}
        </List>
      </Alert>
    </SimpleGrid>
  );
}
