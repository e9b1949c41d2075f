import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nationalSecurityQuestion } from '../../../shared/classification/questions';
import { useLabel } from '../../i18n';

interface SecurityStepProps {
  busy: boolean;
  onNo: () => void;
  onYes: () => void;
}

/** Asked before anything else: information that may concern national security is not classified here. */
export function SecurityStep({ busy, onNo, onYes }: SecurityStepProps) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Stack gap="md">
      <Text>{t('classify.howItWorks')}</Text>
      <Text size="lg" id="national-security-question">
        {label(nationalSecurityQuestion.question)}
      </Text>
      <Alert color="gray" variant="light">
        {label(nationalSecurityQuestion.explanation)}
      </Alert>
      <Group role="group" aria-labelledby="national-security-question">
        <Button onClick={onNo} loading={busy}>
          {t('classify.securityNo')}
        </Button>
        <Button variant="outline" color="red" onClick={onYes} disabled={busy}>
          {t('classify.securityYes')}
        </Button>
      </Group>
    </Stack>
  );
}
