import { List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StateSwatch } from './CoverageBar';
import { coverageStates } from './coverageTree';

/** The four states in plain words; the swatches are the bar's legend. */
export function CoverageStatesExplained() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('coverage.statesHeading')}
      </Title>
      <List spacing={6} listStyleType="none" ml={0} pl={0}>
        {coverageStates.map((state) => (
          <List.Item key={state} icon={<StateSwatch state={state} />}>
            {t(`coverage.states.${state}`)}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {t('coverage.riskExplained')}
      </Text>
      <Text size="sm" mt="xs">
        {t('coverage.actionsExplained')}
      </Text>
    </Paper>
  );
}
