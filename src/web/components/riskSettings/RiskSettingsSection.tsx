import { Badge, Button, Group, Loader, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRiskMatrix, type RiskMatrix } from '../../../shared/risk/matrix';
import { riskSettingsUpdate, type RiskSettings } from '../../../shared/schemas/risk';
import { riskSettingsQuery } from '../../api/risk';
import { updateRiskSettings } from '../../api/riskSettings';
import { formErrors } from '../formErrors';
import { notifySuccess } from '../notify';
import { problemFieldErrors } from '../problem';
import { ProblemAlert } from '../ProblemAlert';
import { AcceptanceRulesEditor } from './AcceptanceRulesEditor';
import { BandsEditor } from './BandsEditor';
import { matrixFieldProblems, nextBand, sameValue, serverFieldErrors, toDraft, toUpdate, withStepAdded, withTopStepRemoved, type RiskSettingsDraft, type Scale } from './draft';
import { MatrixPreview } from './MatrixPreview';
import { ScaleEditor } from './ScaleEditor';

/** The Riskmatris section of Inställningar: the tenant's matrix, acceptance rules and intervals. */
export function RiskSettingsSection() {
  const { t } = useTranslation();
  const settings = useQuery(riskSettingsQuery);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-risk">
      <Title order={2} size="h3" id="settings-risk" mb="xs">
        {t('riskSettings.title')}
      </Title>
      {settings.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      <ProblemAlert error={settings.error} />
      {settings.data && <RiskSettingsForm settings={settings.data} onReload={() => settings.refetch()} />}
    </Paper>
  );
}

function RiskSettingsForm({ settings, onReload }: { settings: RiskSettings; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<RiskSettingsDraft>(() => toDraft(settings));
  const [showProblems, setShowProblems] = useState(false);
  const setMatrix = (matrix: RiskMatrix) => setDraft((old) => ({ ...old, matrix }));
  const matrix = draft.matrix;

  const save = useMutation({
    // The version is read when saving: a save of the other settings on this page bumps the shared one.
    mutationFn: () => updateRiskSettings(toUpdate(draft, settings.version)),
    onSuccess: async ({ rescored, ...saved }) => {
      const matrixChanged = !sameValue(saved.matrix, settings.matrix);
      queryClient.setQueryData(riskSettingsQuery.queryKey, saved);
      setDraft(toDraft(saved));
      setShowProblems(false);
      notifySuccess(matrixChanged ? `${t('riskSettings.saved')} ${t('riskSettings.rescored', { count: rescored ?? 0 })}` : t('riskSettings.saved'));
      // Levels shown anywhere may have moved, and the other settings share the version.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== riskSettingsQuery.queryKey[0] });
    },
  });

  // The same schema and matrix rules the server applies, so most mistakes show before saving.
  const update = toUpdate(draft, settings.version);
  const problems = { ...formErrors(riskSettingsUpdate, update), ...matrixFieldProblems(matrix, t) };
  const fromServer = serverFieldErrors(problemFieldErrors(save.error), matrix, t);
  const errors = { ...(showProblems ? problems : pickLive(problems)), ...fromServer };
  const hasProblems = Object.keys(problems).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowProblems(true);
    if (!hasProblems) save.mutate();
  };
  const edit = (changes: Partial<RiskSettingsDraft>) => {
    save.reset();
    setDraft((old) => ({ ...old, ...changes }));
  };
  const editMatrix = (next: RiskMatrix) => {
    save.reset();
    setMatrix(next);
  };
  const reload = async () => {
    await onReload();
    const fresh = queryClient.getQueryData(riskSettingsQuery.queryKey);
    if (fresh) setDraft(toDraft(fresh));
    save.reset();
  };
  const stepsOf = (scale: Scale) => ({
    scale,
    steps: matrix[scale],
    errors,
    onChange: (steps: RiskMatrix[Scale]) => editMatrix({ ...matrix, [scale]: steps }),
    onAddStep: () => editMatrix(withStepAdded(matrix, scale, t('riskSettings.newStep'))),
    onRemoveTopStep: () => editMatrix(withTopStepRemoved(matrix, scale)),
  });
  const addable = nextBand(matrix);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('riskSettings.intro')}</Text>
        <Group gap="xs">
          <Badge variant="light" tt="none">
            {settings.defaultMatrix ? t('riskSettings.usingDefault') : t('riskSettings.usingOwn')}
          </Badge>
        </Group>
        <ScaleEditor {...stepsOf('likelihood')} />
        <ScaleEditor {...stepsOf('impact')} />
        <BandsEditor
          bands={matrix.bands}
          maxScore={matrix.likelihood.length * matrix.impact.length}
          onChange={(bands) => editMatrix({ ...matrix, bands })}
          onAddBand={addable ? () => editMatrix({ ...matrix, bands: [...matrix.bands, addable] }) : undefined}
          errors={errors}
        />
        <Title order={3} size="h4">
          {t('riskSettings.preview')}
        </Title>
        <MatrixPreview matrix={matrix} />
        <AcceptanceRulesEditor rules={draft.acceptanceRules} bands={matrix.bands} onChange={(acceptanceRules) => edit({ acceptanceRules })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('riskSettings.analysisInterval')}
            description={t('riskSettings.analysisIntervalHelp')}
            min={1}
            max={60}
            allowDecimal={false}
            required
            value={draft.analysisIntervalMonths}
            onChange={(analysisIntervalMonths) => edit({ analysisIntervalMonths })}
            error={errors.analysisIntervalMonths}
          />
          <NumberInput
            label={t('riskSettings.reminderDays')}
            description={t('riskSettings.reminderDaysHelp')}
            min={1}
            max={180}
            allowDecimal={false}
            required
            value={draft.acceptanceReminderDays}
            onChange={(acceptanceReminderDays) => edit({ acceptanceReminderDays })}
            error={errors.acceptanceReminderDays}
          />
        </SimpleGrid>
        {showProblems && hasProblems && (
          <Text size="sm" c="red.8" role="alert">
            {t('riskSettings.hasProblems')}
          </Text>
        )}
        <ProblemAlert error={save.error} onReload={reload} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button
            variant="default"
            disabled={sameValue(matrix, defaultRiskMatrix)}
            onClick={() => {
              editMatrix(defaultRiskMatrix);
              notifySuccess(t('riskSettings.resetDone'));
            }}
          >
            {t('riskSettings.resetDefault')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Before the first save attempt only the matrix's own rules show live (bands, steps): an empty field is not yet an error. */
function pickLive(problems: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).filter(([path]) => /^matrix\.(bands(\.\d+\.(from|level))?|likelihood|impact)$/.test(path)));
}
