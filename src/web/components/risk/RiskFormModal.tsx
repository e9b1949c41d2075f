import { Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { aspectLabels, aspects, type Aspect } from '../../../shared/classification/aspects';
import { riskStatusLabels } from '../../../shared/risk/analysis';
import { threatOriginLabels, threatOrigins, type ThreatOrigin } from '../../../shared/risk/threatOrigins';
import { riskCreate, riskUpdate } from '../../../shared/schemas/risk';
import { createRisk, updateRisk, type RiskDetail, type Threat } from '../../api/risk';
import { useLabel, useLocale } from '../../i18n';
import { AppModal } from '../AppModal';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';
import { LiveScore } from './LiveScore';
import { RiskSentence } from './RiskSentence';
import { ScaleSelect } from './ScaleSelect';
import { ThreatSelect } from './ThreatSelect';
import { useRiskMatrix } from './useRiskSettings';

interface RiskFormModalProps {
  /** The analysis a new risk is added to. */
  analysisId?: string;
  /** The risk to edit; then `analysisId` is not needed. */
  risk?: RiskDetail;
  opened: boolean;
  onClose: () => void;
  onSaved?: (risk: RiskDetail) => void;
}

/** Add a risk (from the threat catalogue or written freely) or edit one: the sentence, origin, aspects and score. */
export function RiskFormModal(props: RiskFormModalProps) {
  const { t } = useTranslation();
  const title = props.risk ? t('risk.riskForm.editTitle', { title: props.risk.title }) : t('risk.riskForm.addTitle');
  return (
    <AppModal opened={props.opened} onClose={props.onClose} size="xl" title={title}>
      {props.opened && <RiskForm {...props} />}
    </AppModal>
  );
}

const editableStatuses = ['open', 'in_treatment', 'closed'] as const;

function RiskForm({ analysisId, risk, onClose, onSaved }: RiskFormModalProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const matrix = useRiskMatrix();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    threatCode: risk?.threatCode ?? null,
    title: risk?.title ?? '',
    cause: risk?.cause ?? '',
    event: risk?.event ?? '',
    consequence: risk?.consequence ?? '',
    threatOrigin: (risk?.threatOrigin ?? null) as ThreatOrigin | null,
    aspects: (risk?.aspects ?? []) as Aspect[],
    likelihood: risk?.likelihood ?? null,
    impact: risk?.impact ?? null,
    status: risk && risk.status !== 'accepted' ? risk.status : null,
  });
  const change = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));
  const [errors, setErrors] = useState<Record<string, string>>({});

  // Picking a threat fills in its texts in the user's language; they can still be rewritten.
  const pickThreat = (threat: Threat | null) => {
    if (!threat) return change('threatCode', null);
    const text = threat[locale];
    setValues((old) => ({ ...old, threatCode: threat.code, title: text.title, cause: text.cause, event: text.event, consequence: text.consequence, threatOrigin: threat.origin, aspects: [...threat.aspects] }));
  };

  const fields = {
    threatCode: values.threatCode,
    ...(values.title.trim() ? { title: values.title.trim() } : {}),
    cause: values.cause.trim(),
    event: values.event.trim(),
    consequence: values.consequence.trim(),
    threatOrigin: values.threatOrigin ?? undefined,
    aspects: values.aspects,
    likelihood: values.likelihood ?? undefined,
    impact: values.impact ?? undefined,
  };
  const editBody = (before: RiskDetail) => {
    const changed: Record<string, unknown> = { version: before.version };
    const next = { ...fields, ...(values.status ? { status: values.status } : {}) };
    for (const [key, value] of Object.entries(next)) {
      if (JSON.stringify(value ?? null) !== JSON.stringify(before[key as keyof RiskDetail] ?? null)) changed[key] = value;
    }
    return changed as Parameters<typeof updateRisk>[1];
  };
  const body = () => (risk ? editBody(risk) : fields);

  const save = useMutation({
    mutationFn: () => (risk ? updateRisk(risk.id, editBody(risk)) : createRisk(analysisId!, fields as Parameters<typeof createRisk>[1])),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['risks', 'detail', saved.id], saved);
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['riskAnalyses'] }), queryClient.invalidateQueries({ queryKey: ['risks'] })]);
      notifySuccess(risk ? t('risk.riskForm.saved') : t('risk.riskForm.added', { title: saved.title }));
      onSaved?.(saved);
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(risk ? riskUpdate : riskCreate, body());
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: ['risks'] });
    onClose();
  };
  const textArea = (key: 'cause' | 'event' | 'consequence') => (
    <Textarea
      label={t(`risk.riskForm.${key}`)}
      description={t(`risk.riskForm.${key}Hint`)}
      required
      autosize
      minRows={2}
      value={values[key]}
      error={errors[key]}
      onChange={(e) => change(key, e.currentTarget.value)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ThreatSelect value={values.threatCode} onChange={pickThreat} />
        <TextInput label={t('risk.riskForm.title')} description={t('risk.riskForm.titleHint')} value={values.title} error={errors.title} onChange={(e) => change('title', e.currentTarget.value)} />
        {textArea('cause')}
        {textArea('event')}
        {textArea('consequence')}
        <Paper withBorder p="sm">
          <Text fw={600} size="sm">
            {t('risk.riskForm.preview')}
          </Text>
          <RiskSentence cause={values.cause} event={values.event} consequence={values.consequence} />
        </Paper>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('risk.riskForm.origin')}
            required
            value={values.threatOrigin}
            error={errors.threatOrigin}
            onChange={(origin) => change('threatOrigin', origin as ThreatOrigin | null)}
            data={threatOrigins.map((origin) => ({ value: origin, label: label(threatOriginLabels[origin]) }))}
          />
          {risk && (
            <Select
              label={t('risk.riskForm.status')}
              allowDeselect={false}
              value={values.status}
              onChange={(status) => status && change('status', status as (typeof editableStatuses)[number])}
              data={editableStatuses.map((status) => ({ value: status, label: label(riskStatusLabels[status]) }))}
            />
          )}
        </SimpleGrid>
        <Checkbox.Group label={t('risk.riskForm.aspects')} value={values.aspects} onChange={(chosen) => change('aspects', aspects.filter((aspect) => chosen.includes(aspect)))}>
          <Group mt="xs">
            {aspects.map((aspect) => (
              <Checkbox key={aspect} value={aspect} label={`${aspect} – ${label(aspectLabels[aspect])}`} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <ScaleSelect label={t('risk.riskForm.likelihood')} steps={matrix.likelihood} required value={values.likelihood} error={errors.likelihood} onChange={(value) => change('likelihood', value)} />
          <ScaleSelect label={t('risk.riskForm.impact')} steps={matrix.impact} required value={values.impact} error={errors.impact} onChange={(value) => change('impact', value)} />
          <LiveScore label={t('risk.riskForm.result')} likelihood={values.likelihood} impact={values.impact} />
        </SimpleGrid>
        <ProblemAlert error={save.error} onReload={reload} />
        <ModalActions submitLabel={risk ? t('common.save') : t('risk.riskForm.addButton')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
