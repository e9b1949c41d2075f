import { Button, Checkbox, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { aspectLabels, aspects, type Aspect } from '../../../shared/classification/aspects';
import {
  escalationLevelLabels,
  escalationLevels,
  incidentCauseLabels,
  incidentCauses,
  msbCategories,
  msbCategoryLabels,
  rsitClasses,
  rsitClassOfType,
  type IncidentCause,
  type MsbCategory,
  type RsitClassCode,
  type RsitTypeCode,
} from '../../../shared/incident/taxonomy';
import { incidentUpdate, type IncidentDetail } from '../../../shared/schemas/incident';
import { incidentQuery, updateIncident } from '../../api/incidents';
import { useLabel } from '../../i18n';
import { notifySuccess } from '../notify';
import { OrgUnitSelect } from '../OrgUnitSelect';
import { PersonSelect } from '../PersonSelect';
import { incidentFormErrors, serverFieldErrors } from './fieldErrors';
import { FormProblem } from './FormProblem';
import { ObjectMultiSelect } from './ObjectMultiSelect';
import { SeverityField } from './SeverityField';
import { SignificanceFields } from './SignificanceFields';
import { isDirty, liveSuggestion, toDraft, triageChanges, type TriageDraft } from './triageDraft';

/**
 * Triage by the incident roles: type, category, cause, what was hit, severity, the legal flags,
 * who handles it. Saved with the version the form started from, so a parallel edit gives 409.
 */
export function TriageForm({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  // The incident the form started from: changes are counted against it and it gives the version.
  const [base, setBase] = useState(incident);
  const [draft, setDraft] = useState<TriageDraft>(() => toDraft(incident));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = <K extends keyof TriageDraft>(key: K, value: TriageDraft[K]) => setDraft((old) => ({ ...old, [key]: value }));
  const dirty = isDirty(draft, base);

  // Someone (maybe this person, moving the status) changed the incident: follow it unless edits would be lost.
  useEffect(() => {
    if (incident.version !== base.version && !dirty) {
      setBase(incident);
      setDraft(toDraft(incident));
    }
  }, [incident, base.version, dirty]);

  const save = useMutation({
    mutationFn: () => updateIncident(incident.id, triageChanges(draft, base)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['incidents', 'detail', incident.id], saved);
      setBase(saved);
      setDraft(toDraft(saved));
      await queryClient.invalidateQueries({ queryKey: ['incidents'] });
      notifySuccess(t('incidents.triage.saved'));
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = incidentFormErrors(incidentUpdate, triageChanges(draft, base));
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const reload = async () => {
    const latest = await queryClient.fetchQuery({ ...incidentQuery(incident.id), staleTime: 0 });
    setBase(latest);
    setDraft(toDraft(latest));
    save.reset();
    await queryClient.invalidateQueries({ queryKey: ['incidents', 'list'] });
  };

  const pickClass = (code: RsitClassCode | null) => setDraft((old) => ({ ...old, rsitClass: code, rsitType: code && old.rsitType && rsitClassOfType[old.rsitType] === code ? old.rsitType : null }));
  const pickType = (code: RsitTypeCode | null) => setDraft((old) => ({ ...old, rsitType: code, rsitClass: code ? rsitClassOfType[code] : old.rsitClass }));
  const types = rsitClasses.find((rsitClass) => rsitClass.code === draft.rsitClass)?.types ?? [];
  const time = (key: 'occurredAt' | 'detectedAt' | 'awareAt') => (
    <TextInput type="datetime-local" label={t(`incidents.fields.${key}`)} value={draft[key]} error={errors[key]} onChange={(e) => change(key, e.currentTarget.value)} />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('incidents.triage.title')}>
      <Stack>
        <Title order={3} size="h4">
          {t('incidents.triage.classification')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('incidents.fields.rsitClass')}
            searchable
            clearable
            value={draft.rsitClass}
            error={errors.rsitClass}
            onChange={(code) => pickClass(code as RsitClassCode | null)}
            data={rsitClasses.map((rsitClass) => ({ value: rsitClass.code, label: label(rsitClass) }))}
          />
          <Select
            label={t('incidents.fields.rsitType')}
            searchable
            clearable
            disabled={!draft.rsitClass}
            value={draft.rsitType}
            error={errors.rsitType}
            onChange={(code) => pickType(code as RsitTypeCode | null)}
            data={types.map((type) => ({ value: type.code, label: label(type) }))}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('incidents.fields.categories')}
          description={t('incidents.triage.categoriesHint')}
          clearable
          value={draft.categories}
          error={errors.categories}
          onChange={(chosen) => change('categories', chosen as MsbCategory[])}
          data={msbCategories.map((category) => ({ value: category, label: label(msbCategoryLabels[category]) }))}
        />
        <Select
          label={t('incidents.fields.cause')}
          clearable
          value={draft.cause}
          error={errors.cause}
          onChange={(cause) => change('cause', cause as IncidentCause | null)}
          data={incidentCauses.map((cause) => ({ value: cause, label: label(incidentCauseLabels[cause]) }))}
        />
        <Title order={3} size="h4">
          {t('incidents.triage.impact')}
        </Title>
        <Checkbox.Group label={t('incidents.fields.aspects')} value={draft.aspects} onChange={(chosen) => change('aspects', aspects.filter((aspect) => chosen.includes(aspect)) as Aspect[])}>
          <Group mt="xs">
            {aspects.map((aspect) => (
              <Checkbox key={aspect} value={aspect} label={`${aspect} – ${label(aspectLabels[aspect])}`} />
            ))}
          </Group>
        </Checkbox.Group>
        <ObjectMultiSelect label={t('incidents.fields.objects')} description={t('incidents.triage.objectsHint')} value={draft.objects} error={errors.objectIds} onChange={(objects) => change('objects', objects)} />
        <SeverityField value={draft.severity} onChange={(severity) => change('severity', severity)} suggestion={liveSuggestion(draft)} error={errors.severity} />
        <Checkbox label={t('incidents.fields.personalData')} checked={draft.personalData} onChange={(e) => change('personalData', e.currentTarget.checked)} />
        {draft.personalData && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label={t('incidents.fields.peopleAffected')} min={0} allowDecimal={false} value={draft.peopleAffected} error={errors.peopleAffected} onChange={(value) => change('peopleAffected', value === '' ? '' : Number(value))} />
            <NumberInput label={t('incidents.fields.recordsAffected')} min={0} allowDecimal={false} value={draft.recordsAffected} error={errors.recordsAffected} onChange={(value) => change('recordsAffected', value === '' ? '' : Number(value))} />
          </SimpleGrid>
        )}
        <SignificanceFields draft={draft} errors={errors} onChange={(changes) => setDraft((old) => ({ ...old, ...changes }))} />
        <Checkbox label={t('incidents.fields.crimeSuspected')} description={t('incidents.triage.crimeHint')} checked={draft.crimeSuspected} onChange={(e) => change('crimeSuspected', e.currentTarget.checked)} />
        {draft.crimeSuspected && (
          <TextInput label={t('incidents.fields.policeReportRef')} value={draft.policeReportRef} error={errors.policeReportRef} onChange={(e) => change('policeReportRef', e.currentTarget.value)} />
        )}
        <Title order={3} size="h4">
          {t('incidents.triage.handling')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonSelect label={t('incidents.fields.assignee')} value={draft.assigneeId} selectedName={draft.assigneeId === base.assignee?.id ? base.assignee?.name : undefined} error={errors.assigneeId} onChange={(id) => change('assigneeId', id)} />
          <Select
            label={t('incidents.fields.escalationLevel')}
            allowDeselect={false}
            value={String(draft.escalationLevel)}
            error={errors.escalationLevel}
            onChange={(level) => level && change('escalationLevel', Number(level))}
            data={escalationLevels.map((level) => ({ value: String(level), label: `${level} ${label(escalationLevelLabels[level])}` }))}
          />
          <OrgUnitSelect label={t('incidents.fields.orgUnit')} value={draft.orgUnitId} error={errors.orgUnitId} onChange={(id) => id && change('orgUnitId', id)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {time('occurredAt')}
          {time('detectedAt')}
          {time('awareAt')}
        </SimpleGrid>
        <FormProblem error={save.error} onReload={() => void reload()} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            {t('incidents.triage.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
