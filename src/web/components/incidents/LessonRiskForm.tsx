import { Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonRisk, type IncidentDetail } from '../../../shared/schemas/incident';
import { createLessonRisk, objectAnalysesQuery } from '../../api/incidents';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { ScaleSelect } from '../risk/ScaleSelect';
import { useRiskMatrix } from '../risk/useRiskSettings';
import { serverFieldErrors } from './fieldErrors';
import { FormProblem } from './FormProblem';

/** A lesson becomes a risk in a risk analysis of one of the affected objects: cause → event → consequence, scored. */
export function LessonRiskForm({ incident, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const matrix = useRiskMatrix();
  const queryClient = useQueryClient();
  const [objectId, setObjectId] = useState<string | null>(incident.objects[0]?.id ?? null);
  const analyses = useQuery({ ...objectAnalysesQuery(objectId ?? ''), enabled: Boolean(objectId) });
  const [values, setValues] = useState({
    analysisId: null as string | null,
    title: incident.title,
    cause: incident.rootCause ?? '',
    event: incident.title,
    consequence: '',
    likelihood: null as number | null,
    impact: null as number | null,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));
  const body = {
    analysisId: values.analysisId ?? '',
    title: values.title.trim() || undefined,
    cause: values.cause.trim(),
    event: values.event.trim(),
    consequence: values.consequence.trim(),
    likelihood: values.likelihood ?? undefined,
    impact: values.impact ?? undefined,
  };
  const create = useMutation({
    mutationFn: () => createLessonRisk(incident.id, body as Parameters<typeof createLessonRisk>[1]),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['incidents'] }), queryClient.invalidateQueries({ queryKey: ['riskAnalyses'] })]);
      notifySuccess(t('incidents.lessons.riskCreated'));
      onClose();
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(lessonRisk, body);
    if (!values.analysisId) found.analysisId = t('validation.required');
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate();
  };

  if (incident.objects.length === 0) return <Text>{t('incidents.lessons.noObjects')}</Text>;
  const analysisOptions = (analyses.data?.items ?? []).map((analysis) => ({ value: analysis.id, label: analysis.title }));
  const textArea = (key: 'cause' | 'event' | 'consequence') => (
    <Textarea label={t(`incidents.lessons.riskFields.${key}`)} required autosize minRows={2} value={values[key]} error={errors[key]} onChange={(e) => change(key, e.currentTarget.value)} />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('incidents.lessons.object')}
            required
            allowDeselect={false}
            data-autofocus
            value={objectId}
            onChange={(id) => {
              setObjectId(id);
              change('analysisId', null);
            }}
            data={incident.objects.map((object) => ({ value: object.id, label: object.name }))}
          />
          <Select
            label={t('incidents.lessons.analysis')}
            required
            value={values.analysisId}
            error={errors.analysisId ?? (analyses.data && analysisOptions.length === 0 ? t('incidents.lessons.noAnalyses') : undefined)}
            onChange={(id) => change('analysisId', id)}
            data={analysisOptions}
          />
        </SimpleGrid>
        <TextInput label={t('incidents.lessons.riskFields.title')} value={values.title} error={errors.title} onChange={(e) => change('title', e.currentTarget.value)} />
        {textArea('cause')}
        {textArea('event')}
        {textArea('consequence')}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ScaleSelect label={t('incidents.lessons.riskFields.likelihood')} steps={matrix.likelihood} required value={values.likelihood} error={errors.likelihood} onChange={(value) => change('likelihood', value)} />
          <ScaleSelect label={t('incidents.lessons.riskFields.impact')} steps={matrix.impact} required value={values.impact} error={errors.impact} onChange={(value) => change('impact', value)} />
        </SimpleGrid>
        <FormProblem error={create.error} />
        <ModalActions submitLabel={t('incidents.lessons.createRisk')} loading={create.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
