import { Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { riskStatuses, riskStatusLabels, treatmentLabels, treatments } from '../../../shared/risk/analysis';
import { threatOriginLabels, threatOrigins } from '../../../shared/risk/threatOrigins';
import { useLabel } from '../../i18n';
import { PersonSelect } from '../PersonSelect';
import { ListFilterBar } from '../register/ListFilterBar';
import { useRiskMatrix } from '../risk/useRiskSettings';
import type { RiskRegisterSearch } from './riskRegisterSearch';

interface RiskRegisterFiltersProps {
  search: RiskRegisterSearch;
  text: string;
  onText: (text: string) => void;
  update: (changes: Partial<RiskRegisterSearch>) => void;
  /** The signed-in person, so the riskägare field can name them without a lookup. */
  me: { personId: string; name: string };
}

/** Search, level, residual level, treatment, status, riskägare, förvaltning, threat origin and overdue actions. */
export function RiskRegisterFilters({ search, text, onText, update, me }: RiskRegisterFiltersProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const matrix = useRiskMatrix();
  const levels = matrix.bands.map((band) => ({ value: band.level, label: label(band.label) }));
  // Each select hands back null when cleared; the address leaves the parameter out then.
  const select = <K extends keyof RiskRegisterSearch>(key: K) => ({
    clearable: true,
    value: (search[key] as string | undefined) ?? null,
    onChange: (value: string | null) => update({ [key]: value ?? undefined } as Partial<RiskRegisterSearch>),
  });

  return (
    <ListFilterBar cols={{ base: 1, sm: 2, lg: 5 }} label={t('riskRegister.filters')} searchLabel={t('riskRegister.search')} text={text} onText={onText} unit={search.unit} onUnit={(unit) => update({ unit })}>
      <Select label={t('riskRegister.fields.level')} data={levels} {...select('level')} />
      <Select label={t('riskRegister.fields.residualLevel')} data={levels} {...select('residual')} />
      <Select
        label={t('riskRegister.fields.treatment')}
        data={[...treatments.map((treatment) => ({ value: treatment, label: label(treatmentLabels[treatment]) })), { value: 'none', label: t('riskRegister.noTreatment') }]}
        {...select('treatment')}
      />
      <Select
        label={t('riskRegister.fields.status')}
        data={[...riskStatuses.map((status) => ({ value: status, label: label(riskStatusLabels[status]) })), { value: 'acceptance_expired', label: t('riskRegister.acceptanceExpired') }]}
        {...select('status')}
      />
      <PersonSelect
        label={t('riskRegister.fields.riskOwner')}
        value={search.owner ?? null}
        selectedName={search.owner === me.personId ? me.name : undefined}
        onChange={(owner) => update({ owner: owner ?? undefined })}
      />
      <Select label={t('riskRegister.fields.threatOrigin')} data={threatOrigins.map((origin) => ({ value: origin, label: label(threatOriginLabels[origin]) }))} {...select('origin')} />
      <Switch
        label={t('riskRegister.onlyOverdueActions')}
        checked={search.overdue ?? false}
        onChange={(event) => update({ overdue: event.currentTarget.checked || undefined })}
        mt={{ lg: 'xl' }}
      />
    </ListFilterBar>
  );
}
