import { Button, Group, Radio, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { treatmentLabels, treatments, type Treatment } from '../../../shared/risk/analysis';
import { updateRisk, type RiskDetail } from '../../api/risk';
import { useLabel } from '../../i18n';
import { DescriptionList } from '../DescriptionList';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';
import { LiveScore } from './LiveScore';
import { RiskLevelBadge } from './RiskLevelBadge';
import { ScaleSelect } from './ScaleSelect';
import { useRiskMatrix } from './useRiskSettings';

/** How the risk is treated (accept, avoid, transfer, reduce) and why, and the residual risk after it. */
export function RiskTreatment({ risk }: { risk: RiskDetail }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="risk-treatment-heading" gap="xs">
      <Title order={2} id="risk-treatment-heading">
        {t('risk.treatment.heading')}
      </Title>
      {risk.capabilities.manage ? <TreatmentForm key={risk.version} risk={risk} /> : <TreatmentSummary risk={risk} />}
    </Stack>
  );
}

function TreatmentSummary({ risk }: { risk: RiskDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  if (!risk.treatment) return <Text>{t('risk.treatment.notChosen')}</Text>;
  return (
    <DescriptionList
      items={[
        { term: t('risk.treatment.treatment'), value: label(treatmentLabels[risk.treatment]) },
        { term: t('risk.treatment.rationale'), value: <Text style={{ whiteSpace: 'pre-wrap' }}>{risk.treatmentRationale ?? '–'}</Text> },
        {
          term: t('risk.treatment.residualHeading'),
          value:
            risk.residualScore === null ? (
              '–'
            ) : (
              <Group gap="xs">
                {t('risk.scoreLine', { likelihood: risk.residualLikelihood, impact: risk.residualImpact, score: risk.residualScore })}
                <RiskLevelBadge level={risk.residualLevel} />
              </Group>
            ),
        },
      ]}
    />
  );
}

function TreatmentForm({ risk }: { risk: RiskDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const matrix = useRiskMatrix();
  const queryClient = useQueryClient();
  const [treatment, setTreatment] = useState<Treatment | null>(risk.treatment);
  const [rationale, setRationale] = useState(risk.treatmentRationale ?? '');
  const [residualLikelihood, setResidualLikelihood] = useState(risk.residualLikelihood);
  const [residualImpact, setResidualImpact] = useState(risk.residualImpact);
  const [error, setError] = useState<string | undefined>();

  const changes = () => {
    const next = { treatment, treatmentRationale: rationale.trim() || null, residualLikelihood, residualImpact };
    const changed: Record<string, unknown> = { version: risk.version };
    for (const [key, value] of Object.entries(next)) if (value !== (risk[key as keyof RiskDetail] ?? null)) changed[key] = value;
    return changed as Parameters<typeof updateRisk>[1];
  };
  const save = useMutation({
    mutationFn: () => updateRisk(risk.id, changes()),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['risks', 'detail', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['riskAnalyses'] });
      notifySuccess(t('risk.treatment.saved'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The server refuses a treatment without a rationale; say so before sending.
    const missing = treatment && !rationale.trim();
    setError(missing ? t('risk.treatment.rationaleRequired') : undefined);
    if (!missing) save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('risk.treatment.heading')}>
      <Stack>
        <Radio.Group label={t('risk.treatment.treatment')} value={treatment ?? ''} onChange={(value) => setTreatment((value || null) as Treatment | null)}>
          <Group mt="xs">
            {treatments.map((code) => (
              <Radio key={code} value={code} label={label(treatmentLabels[code])} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('risk.treatment.rationale')}
          description={t('risk.treatment.rationaleHint')}
          required={Boolean(treatment)}
          autosize
          minRows={2}
          value={rationale}
          error={error}
          onChange={(e) => setRationale(e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <ScaleSelect label={t('risk.treatment.residualLikelihood')} steps={matrix.likelihood} clearable value={residualLikelihood} onChange={setResidualLikelihood} />
          <ScaleSelect label={t('risk.treatment.residualImpact')} steps={matrix.impact} clearable value={residualImpact} onChange={setResidualImpact} />
          <LiveScore label={t('risk.treatment.residualResult')} likelihood={residualLikelihood} impact={residualImpact} />
        </SimpleGrid>
        <ProblemAlert error={save.error} onReload={() => void queryClient.invalidateQueries({ queryKey: ['risks', 'detail', risk.id] }).then(() => save.reset())} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('risk.treatment.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
