import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { threatOriginLabels, threatOrigins } from '../../../shared/risk/threatOrigins';
import { threatsQuery, type Threat } from '../../api/risk';
import { useLabel, useLocale } from '../../i18n';

/** The threat catalogue as a searchable list grouped by origin, in the user's language. */
export function ThreatSelect({ value, onChange }: { value: string | null; onChange: (threat: Threat | null) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const threats = useQuery(threatsQuery);
  const items = threats.data?.items ?? [];
  const data = threatOrigins
    .map((origin) => ({
      group: label(threatOriginLabels[origin]),
      items: items.filter((threat) => threat.origin === origin).map((threat) => ({ value: threat.code, label: threat[locale].title })),
    }))
    .filter((group) => group.items.length > 0);
  return (
    <Select
      label={t('risk.riskForm.threat')}
      description={t('risk.riskForm.threatHint')}
      placeholder={t('risk.riskForm.threatSearch')}
      searchable
      clearable
      value={value}
      onChange={(code) => onChange(items.find((threat) => threat.code === code) ?? null)}
      data={data}
      nothingFoundMessage={threats.isPending ? t('common.loading') : t('common.nothingFound')}
    />
  );
}
