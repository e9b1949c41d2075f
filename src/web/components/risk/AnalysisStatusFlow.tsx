import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { analysisStatuses, analysisStatusLabels, analysisTransitions, analysisTriggerLabels, analysisTriggers, type AnalysisStatus, type AnalysisTrigger } from '../../../shared/risk/analysis';
import { requestReview, updateRiskAnalysis, type RiskAnalysisDetail } from '../../api/risk';
import { useLabel } from '../../i18n';
import { AppModal } from '../AppModal';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';

/** Put the fresh analysis in the cache and refresh the lists. */
function useSaved() {
  const queryClient = useQueryClient();
  return async (saved: RiskAnalysisDetail) => {
    queryClient.setQueryData(['riskAnalyses', 'detail', saved.id], saved);
    await queryClient.invalidateQueries({ queryKey: ['riskAnalyses', 'list'] });
  };
}

/**
 * Planerad → Pågår → Klar → Fastställd, one step at a time, and back where the flow allows;
 * plus "Begär ny analys" when a change (integration, procurement, incident) calls for one.
 */
export function AnalysisStatusFlow({ analysis }: { analysis: RiskAnalysisDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const saved = useSaved();
  const [reviewing, setReviewing] = useState(false);
  const move = useMutation({
    mutationFn: (status: AnalysisStatus) => updateRiskAnalysis(analysis.id, { version: analysis.version, status }),
    onSuccess: async (next) => {
      await saved(next);
      notifySuccess(t('risk.analysis.status.done', { status: label(analysisStatusLabels[next.status]) }));
    },
  });
  const position = (status: AnalysisStatus) => analysisStatuses.indexOf(status);
  const moves = analysisTransitions[analysis.status];

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {moves.map((status) => {
          const forward = position(status) > position(analysis.status);
          const text = t(forward ? 'risk.analysis.status.moveTo' : 'risk.analysis.status.backTo', { status: label(analysisStatusLabels[status]) });
          return (
            <Button key={status} variant={forward ? 'filled' : 'default'} loading={move.isPending && move.variables === status} onClick={() => move.mutate(status)}>
              {text}
            </Button>
          );
        })}
        <Button variant="default" onClick={() => setReviewing(true)}>
          {t('risk.analysis.review.button')}
        </Button>
      </Group>
      <ProblemAlert error={move.error} onReload={() => void queryClient.invalidateQueries({ queryKey: ['riskAnalyses'] }).then(() => move.reset())} />
      <AppModal opened={reviewing} onClose={() => setReviewing(false)} title={t('risk.analysis.review.title')}>
        {reviewing && <ReviewForm analysis={analysis} onClose={() => setReviewing(false)} />}
      </AppModal>
    </Stack>
  );
}

function ReviewForm({ analysis, onClose }: { analysis: RiskAnalysisDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const saved = useSaved();
  const queryClient = useQueryClient();
  const [trigger, setTrigger] = useState<AnalysisTrigger | null>(null);
  const [error, setError] = useState<string | undefined>();
  const review = useMutation({
    mutationFn: (chosen: AnalysisTrigger) => requestReview(analysis.id, { version: analysis.version, trigger: chosen }),
    onSuccess: async (next) => {
      await saved(next);
      notifySuccess(t('risk.analysis.review.done'));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!trigger) return setError(t('validation.required'));
    setError(undefined);
    review.mutate(trigger);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('risk.analysis.review.intro')}</Text>
        <Select
          label={t('risk.analysis.review.trigger')}
          required
          data-autofocus
          value={trigger}
          error={error}
          onChange={(value) => setTrigger(value as AnalysisTrigger | null)}
          data={analysisTriggers.map((code) => ({ value: code, label: label(analysisTriggerLabels[code]) }))}
        />
        <ProblemAlert error={review.error} onReload={() => void queryClient.invalidateQueries({ queryKey: ['riskAnalyses'] }).then(onClose)} />
        <ModalActions submitLabel={t('risk.analysis.review.submit')} loading={review.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
