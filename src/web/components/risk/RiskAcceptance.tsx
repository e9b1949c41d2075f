import { Alert, Button, Group, List, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptanceCapacityLabels, acceptanceRungLabels, defaultAcceptanceRules, type AcceptanceRung } from '../../../shared/risk/acceptance';
import { riskAccept, type Acceptance } from '../../../shared/schemas/risk';
import { ApiError } from '../../api/client';
import { acceptRisk, type RiskDetail } from '../../api/risk';
import { formatDate, formatDateTime } from '../../i18n/dates';
import { useLabel, useLocale } from '../../i18n';
import { DescriptionList } from '../DescriptionList';
import { formErrors } from '../formErrors';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';
import { TableHead } from '../TableHead';
import { RiskLevelBadge } from './RiskLevelBadge';
import { useRiskSettings } from './useRiskSettings';

/** Who may accept a risk at its current level (residual when assessed), by the tenant's rules, in words. */
function useWhoMayAccept(risk: RiskDetail): string {
  const label = useLabel();
  const settings = useRiskSettings();
  const rules = settings.data?.acceptanceRules ?? defaultAcceptanceRules;
  return label(acceptanceRungLabels[rules[risk.residualLevel ?? risk.level]]);
}

/** The acceptance decision: what holds now (or waits for a second signer), the form to accept, and earlier decisions. */
export function RiskAcceptance({ risk }: { risk: RiskDetail }) {
  const { t } = useTranslation();
  const who = useWhoMayAccept(risk);
  const newestFirst = [...risk.acceptances].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const current = newestFirst.find((acceptance) => acceptance.status !== 'withdrawn');
  return (
    <Stack component="section" aria-labelledby="risk-acceptance-heading" gap="xs">
      <Title order={2} id="risk-acceptance-heading">
        {t('risk.acceptance.heading')}
      </Title>
      {current ? <CurrentAcceptance acceptance={current} /> : <Text>{t('risk.acceptance.none')}</Text>}
      <Text size="sm">{t('risk.acceptance.whoMay', { who: who.charAt(0).toLowerCase() + who.slice(1) })}</Text>
      {risk.capabilities.accept && <AcceptForm key={risk.version} risk={risk} who={who} />}
      {newestFirst.length > 0 && <AcceptanceHistory acceptances={newestFirst} />}
    </Stack>
  );
}

function CurrentAcceptance({ acceptance }: { acceptance: Acceptance }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const expires = formatDate(acceptance.expiresAt, locale);
  return (
    <Stack gap="xs">
      {acceptance.expired && (
        <Alert color="orange" role="alert" title={t('risk.acceptance.status.expired')}>
          {t('risk.acceptance.expired', { date: expires })}
        </Alert>
      )}
      {acceptance.status === 'pending' && (
        <Alert color="blue" title={t('risk.acceptance.status.pending')}>
          {t('risk.acceptance.pending', { who: acceptance.stillNeeded.map((capacity) => label(acceptanceCapacityLabels[capacity])).join(', ') })}
        </Alert>
      )}
      {acceptance.status === 'accepted' && !acceptance.expired && <Text fw={600}>{t('risk.acceptance.acceptedUntil', { date: expires })}</Text>}
      <DescriptionList
        items={[
          { term: t('risk.acceptance.level'), value: <RiskLevelBadge level={acceptance.level} /> },
          { term: t('risk.acceptance.reason'), value: <Text style={{ whiteSpace: 'pre-wrap' }}>{acceptance.reason}</Text> },
          { term: t('risk.acceptance.expiresAt'), value: expires },
          { term: t('risk.acceptance.signatures'), value: <Signatures acceptance={acceptance} /> },
        ]}
      />
    </Stack>
  );
}

function Signatures({ acceptance }: { acceptance: Acceptance }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  if (acceptance.signatures.length === 0) return <>–</>;
  return (
    <List size="sm">
      {acceptance.signatures.map((signature) => (
        <List.Item key={`${signature.personId}:${signature.capacity}`}>
          {t('risk.acceptance.signedBy', { name: signature.personName, capacity: label(acceptanceCapacityLabels[signature.capacity]), date: formatDateTime(signature.signedAt, locale) })}
        </List.Item>
      ))}
    </List>
  );
}

/** A year from today as YYYY-MM-DD, the default expiry. */
function aYearFromToday(): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 1);
  return date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

function AcceptForm({ risk, who }: { risk: RiskDetail; who: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [expiresAt, setExpiresAt] = useState(aYearFromToday);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const input = () => ({ reason: reason.trim(), ...(expiresAt ? { expiresAt } : {}) });
  const accept = useMutation({
    mutationFn: () => acceptRisk(risk.id, input()),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['risks', 'detail', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['riskAnalyses'] });
      const pending = saved.acceptances.some((acceptance) => acceptance.status === 'pending');
      notifySuccess(pending ? t('risk.acceptance.form.pendingDone') : t('risk.acceptance.form.done'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(riskAccept, input());
    setErrors(found);
    if (Object.keys(found).length === 0) accept.mutate();
  };
  // Above one's authority: name who may in the user's language; the server names the rung (its detail is English).
  const aboveAuthority = accept.error instanceof ApiError && accept.error.code === 'acceptance_above_authority';
  const neededRung = aboveAuthority ? (accept.error as ApiError).problem?.errors?.find((error) => error.path === 'rung')?.message : undefined;
  const needed = neededRung && neededRung in acceptanceRungLabels ? label(acceptanceRungLabels[neededRung as AcceptanceRung]) : who;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="risk-accept-heading">
      <Stack gap="sm">
        <Title order={3} id="risk-accept-heading">
          {t('risk.acceptance.form.heading')}
        </Title>
        <Textarea label={t('risk.acceptance.form.reason')} description={t('risk.acceptance.form.reasonHint')} required autosize minRows={2} value={reason} error={errors.reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <TextInput type="date" label={t('risk.acceptance.form.expiresAt')} description={t('risk.acceptance.form.expiresHint')} value={expiresAt} error={errors.expiresAt} onChange={(e) => setExpiresAt(e.currentTarget.value)} />
        {aboveAuthority ? (
          <Alert color="red" role="alert" title={t('errors.heading')}>
            {t('risk.acceptance.aboveAuthority', { who: needed })}
          </Alert>
        ) : (
          <ProblemAlert error={accept.error} />
        )}
        <Group>
          <Button type="submit" loading={accept.isPending}>
            {t('risk.acceptance.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AcceptanceHistory({ acceptances }: { acceptances: Acceptance[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const columns = ['createdAt', 'level', 'status', 'expiresAt', 'signatures', 'reason'].map((key) => t(`risk.acceptance.columns.${key}`));
  return (
    <>
      <Title order={3}>{t('risk.acceptance.history')}</Title>
      <Table.ScrollContainer minWidth={800}>
        <Table striped aria-label={t('risk.acceptance.historyLabel')}>
          <TableHead columns={columns} />
          <Table.Tbody>
            {acceptances.map((acceptance) => (
              <Table.Tr key={acceptance.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(acceptance.createdAt, locale)}</Table.Td>
                <Table.Td>
                  <RiskLevelBadge level={acceptance.level} />
                </Table.Td>
                <Table.Td>{t(`risk.acceptance.status.${acceptance.expired ? 'expired' : acceptance.status}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(acceptance.expiresAt, locale)}</Table.Td>
                <Table.Td>{acceptance.signatures.map((signature) => `${signature.personName} (${label(acceptanceCapacityLabels[signature.capacity])})`).join(', ') || '–'}</Table.Td>
                <Table.Td>{acceptance.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
