import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A risk as MSB writes it: "På grund av … inträffar … vilket leder till …". Empty parts show as "…". */
export function RiskSentence({ cause, event, consequence }: { cause: string; event: string; consequence: string }) {
  const { t } = useTranslation();
  const part = (text: string) => text.trim().replace(/[.\s]+$/, '') || '…';
  return <Text>{t('risk.sentence', { cause: part(cause), event: part(event), consequence: part(consequence) })}</Text>;
}
