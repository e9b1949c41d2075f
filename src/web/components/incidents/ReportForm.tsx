import { Button, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reportChannelLabels, type ReportChannel } from '../../../shared/incident/taxonomy';
import { incidentCreate, type IncidentCreate } from '../../../shared/schemas/incident';
import { reportIncident, type IncidentDetail } from '../../api/incidents';
import { hasPermission } from '../../auth/access';
import { useMe } from '../../auth/useMe';
import { useLabel } from '../../i18n';
import { stockholmLocalToIso } from '../../i18n/dates';
import { OrgUnitSelect } from '../OrgUnitSelect';
import { FormProblem } from './FormProblem';
import { incidentFormErrors, serverFieldErrors } from './fieldErrors';
import { stockholmLocal } from './localTime';

/** The channels the incident roles register for others; the web form is what everyone else uses. */
const registeredChannels: ReportChannel[] = ['web_form', 'phone', 'servicedesk', 'technical_alarm'];
type PersonalDataAnswer = 'yes' | 'no' | 'unknown';

function emptyReport() {
  return {
    title: '',
    description: '',
    occurredAt: '',
    awareAt: stockholmLocal(Date.now()),
    personalData: null as PersonalDataAnswer | null,
    channel: 'web_form' as ReportChannel,
    orgUnitId: null as string | null,
  };
}

/** The report form: short and plain for anyone; the incident roles also say how it came in and where. */
export function ReportForm({ onReported }: { onReported: (incident: IncidentDetail) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const me = useMe();
  const queryClient = useQueryClient();
  const registersForOthers = hasPermission(me, 'incident.manage');
  const [values, setValues] = useState(emptyReport);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((old) => ({ ...old, [key]: value }));

  const body = (): IncidentCreate => ({
    title: values.title.trim(),
    description: values.description.trim(),
    ...(values.occurredAt ? { occurredAt: stockholmLocalToIso(values.occurredAt) ?? values.occurredAt } : {}),
    ...(values.awareAt ? { awareAt: stockholmLocalToIso(values.awareAt) ?? values.awareAt } : {}),
    // "Vet inte" counts as no: the incident manager asks again at triage.
    ...(values.personalData ? { personalData: values.personalData === 'yes' } : {}),
    ...(registersForOthers ? { channel: values.channel as Exclude<ReportChannel, 'public_link'>, ...(values.orgUnitId ? { orgUnitId: values.orgUnitId } : {}) } : {}),
  });

  const report = useMutation({
    mutationFn: () => reportIncident(body()),
    onSuccess: async (incident) => {
      await queryClient.invalidateQueries({ queryKey: ['incidents'] });
      setValues(emptyReport());
      onReported(incident);
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = incidentFormErrors(incidentCreate, body());
    setErrors(found);
    if (Object.keys(found).length === 0) report.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('incidents.report.formLabel')}>
      <Stack>
        <TextInput
          label={t('incidents.report.title')}
          description={t('incidents.report.titleHint')}
          required
          maxLength={200}
          value={values.title}
          error={errors.title}
          onChange={(e) => change('title', e.currentTarget.value)}
        />
        <Textarea
          label={t('incidents.report.description')}
          description={t('incidents.report.descriptionHint')}
          required
          autosize
          minRows={4}
          value={values.description}
          error={errors.description}
          onChange={(e) => change('description', e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('incidents.report.occurredAt')}
            description={t('incidents.report.occurredAtHint')}
            value={values.occurredAt}
            error={errors.occurredAt}
            onChange={(e) => change('occurredAt', e.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label={t('incidents.report.awareAt')}
            description={t('incidents.report.awareAtHint')}
            value={values.awareAt}
            error={errors.awareAt}
            onChange={(e) => change('awareAt', e.currentTarget.value)}
          />
        </SimpleGrid>
        <Radio.Group
          label={t('incidents.report.personalData')}
          description={t('incidents.report.personalDataHint')}
          value={values.personalData}
          error={errors.personalData}
          onChange={(answer) => change('personalData', answer as PersonalDataAnswer)}
        >
          <Group mt="xs">
            <Radio value="yes" label={t('incidents.report.answers.yes')} />
            <Radio value="no" label={t('incidents.report.answers.no')} />
            <Radio value="unknown" label={t('incidents.report.answers.unknown')} />
          </Group>
        </Radio.Group>
        {registersForOthers && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('incidents.report.channel')}
              allowDeselect={false}
              value={values.channel}
              error={errors.channel}
              onChange={(channel) => channel && change('channel', channel as ReportChannel)}
              data={registeredChannels.map((channel) => ({ value: channel, label: label(reportChannelLabels[channel]) }))}
            />
            <OrgUnitSelect
              label={t('incidents.report.orgUnit')}
              description={t('incidents.report.orgUnitHint')}
              clearable
              value={values.orgUnitId}
              error={errors.orgUnitId}
              onChange={(id) => change('orgUnitId', id)}
            />
          </SimpleGrid>
        )}
        <FormProblem error={report.error} />
        <Group>
          <Button type="submit" loading={report.isPending}>
            {t('incidents.report.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
