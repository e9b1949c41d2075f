import { Radio, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { analysisSubjectLabels, analysisSubjects, type AnalysisSubject } from '../../../shared/risk/analysis';
import { riskAnalysisCreate, riskAnalysisUpdate } from '../../../shared/schemas/risk';
import { objectQuery } from '../../api/register';
import { createRiskAnalysis, updateRiskAnalysis, type RiskAnalysisDetail } from '../../api/risk';
import { useLabel } from '../../i18n';
import { AppModal } from '../AppModal';
import { formErrors } from '../formErrors';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { OrgUnitSelect } from '../OrgUnitSelect';
import { PersonSelect } from '../PersonSelect';
import { ProblemAlert } from '../ProblemAlert';
import { ObjectSelect } from './ObjectSelect';
import { ParticipantsField, type PersonRef } from './ParticipantsField';

interface AnalysisFormModalProps {
  /** The analysis to edit; without one the form starts a new analysis. */
  analysis?: RiskAnalysisDetail;
  /** Preselected object for a new analysis (from the object page or ?objectId=). */
  defaultObjectId?: string;
  opened: boolean;
  onClose: () => void;
  onSaved?: (analysis: RiskAnalysisDetail) => void;
}

/** Start a risk analysis of an object, system, process or org unit, or edit one's details. */
export function AnalysisFormModal(props: AnalysisFormModalProps) {
  const { t } = useTranslation();
  const title = props.analysis ? t('risk.analysis.edit.title', { title: props.analysis.title }) : t('risk.analysis.create.title');
  return (
    <AppModal opened={props.opened} onClose={props.onClose} size="lg" title={title}>
      {props.opened && <AnalysisForm {...props} />}
    </AppModal>
  );
}

function AnalysisForm({ analysis, defaultObjectId, onClose, onSaved }: AnalysisFormModalProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    subjectKind: (analysis?.subjectKind ?? 'object') as AnalysisSubject,
    objectId: analysis?.objectId ?? defaultObjectId ?? null,
    systemId: analysis?.systemId ?? null,
    processName: analysis?.processName ?? '',
    orgUnitId: analysis?.orgUnitId ?? null,
    title: analysis?.title ?? '',
    purpose: analysis?.purpose ?? '',
    riskOwnerId: analysis?.riskOwner?.id ?? null,
    leadId: analysis?.lead?.id ?? null,
    participants: (analysis?.participants ?? []) as PersonRef[],
    analysisDate: analysis?.analysisDate ?? '',
  });
  const change = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const kind = values.subjectKind;
  const needsObject = kind === 'object' || kind === 'system';
  const object = useQuery({ ...objectQuery(values.objectId ?? ''), enabled: !analysis && kind === 'system' && Boolean(values.objectId) });

  const common = {
    purpose: values.purpose.trim(),
    riskOwnerId: values.riskOwnerId,
    leadId: values.leadId,
    participantIds: values.participants.map((person) => person.id),
    analysisDate: values.analysisDate || null,
  };
  const createBody = () => ({
    subjectKind: kind,
    ...(needsObject && values.objectId ? { objectId: values.objectId } : {}),
    ...(kind === 'system' && values.systemId ? { systemId: values.systemId } : {}),
    ...(kind === 'process' ? { processName: values.processName.trim() } : {}),
    ...((kind === 'process' || kind === 'org_unit') && values.orgUnitId ? { orgUnitId: values.orgUnitId } : {}),
    ...(values.title.trim() ? { title: values.title.trim() } : {}),
    ...common,
  });
  const updateBody = (version: number) => ({
    version,
    ...(values.title.trim() ? { title: values.title.trim() } : {}),
    ...(kind === 'process' && values.processName.trim() ? { processName: values.processName.trim() } : {}),
    ...common,
  });
  const body = () => (analysis ? updateBody(analysis.version) : createBody());

  const save = useMutation({
    mutationFn: () => (analysis ? updateRiskAnalysis(analysis.id, updateBody(analysis.version)) : createRiskAnalysis(createBody())),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['riskAnalyses'] });
      notifySuccess(analysis ? t('risk.analysis.edit.done') : t('risk.analysis.create.done', { title: saved.title }));
      onSaved?.(saved);
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(analysis ? riskAnalysisUpdate : riskAnalysisCreate, body());
    // The schema leaves the subject optional (the server checks it); ask for it here already.
    if (!analysis && needsObject && !values.objectId) found.objectId = t('validation.required');
    if (!analysis && kind === 'system' && !values.systemId) found.systemId = t('validation.required');
    if (!analysis && kind === 'process' && !values.processName.trim()) found.processName = t('validation.required');
    if (!analysis && (kind === 'process' || kind === 'org_unit') && !values.orgUnitId) found.orgUnitId = t('validation.required');
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: ['riskAnalyses'] });
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {!analysis && (
          <Radio.Group label={t('risk.analysis.fields.subjectKind')} value={kind} onChange={(next) => change('subjectKind', next as AnalysisSubject)}>
            <Group mt="xs">
              {analysisSubjects.map((subject) => (
                <Radio key={subject} value={subject} label={label(analysisSubjectLabels[subject])} />
              ))}
            </Group>
          </Radio.Group>
        )}
        {!analysis && needsObject && (
          <ObjectSelect
            label={t('risk.analysis.fields.object')}
            placeholder={t('risk.analysis.fields.objectSearch')}
            required
            value={values.objectId}
            error={errors.objectId}
            onChange={(id) => setValues((old) => ({ ...old, objectId: id, systemId: null }))}
          />
        )}
        {!analysis && kind === 'system' && (
          <Select
            label={t('risk.analysis.fields.system')}
            required
            disabled={!object.data}
            value={values.systemId}
            error={errors.systemId}
            onChange={(id) => change('systemId', id)}
            data={(object.data?.systems ?? []).map((system) => ({ value: system.id, label: system.name }))}
          />
        )}
        {kind === 'process' && (
          <TextInput label={t('risk.analysis.fields.processName')} required value={values.processName} error={errors.processName} onChange={(e) => change('processName', e.currentTarget.value)} />
        )}
        {!analysis && (kind === 'process' || kind === 'org_unit') && (
          <OrgUnitSelect label={t('risk.analysis.fields.orgUnit')} required value={values.orgUnitId} error={errors.orgUnitId} onChange={(id) => change('orgUnitId', id)} />
        )}
        <TextInput label={t('risk.analysis.fields.title')} description={analysis ? undefined : t('risk.analysis.fields.titleHint')} value={values.title} error={errors.title} onChange={(e) => change('title', e.currentTarget.value)} />
        <Textarea label={t('risk.analysis.fields.purpose')} required autosize minRows={2} value={values.purpose} error={errors.purpose} onChange={(e) => change('purpose', e.currentTarget.value)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonSelect label={t('risk.analysis.fields.riskOwner')} value={values.riskOwnerId} selectedName={analysis?.riskOwner?.name} error={errors.riskOwnerId} onChange={(id) => change('riskOwnerId', id)} />
          <PersonSelect label={t('risk.analysis.fields.lead')} value={values.leadId} selectedName={analysis?.lead?.name} error={errors.leadId} onChange={(id) => change('leadId', id)} />
        </SimpleGrid>
        <ParticipantsField value={values.participants} onChange={(people) => change('participants', people)} />
        <TextInput type="date" label={t('risk.analysis.fields.analysisDate')} value={values.analysisDate} error={errors.analysisDate} onChange={(e) => change('analysisDate', e.currentTarget.value)} />
        <ProblemAlert error={save.error} onReload={reload} />
        <ModalActions submitLabel={analysis ? t('common.save') : t('common.create')} loading={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
