import { Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/schemas/incident';
import { incidentQuery, updateIncident } from '../../api/incidents';
import { AppModal } from '../AppModal';
import { AnchorLink } from '../links';
import { notifySuccess } from '../notify';
import { FormProblem } from './FormProblem';
import { LessonActionForm } from './LessonActionForm';
import { LessonRiskForm } from './LessonRiskForm';
import { Section } from './Section';

/** Root cause and lessons learned, and the risks and actions made from them (one step each). */
export function LessonsSection({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'risk' | 'action' | null>(null);
  const manage = incident.capabilities.manage;
  const actions = manage && (
    <Group gap="xs">
      <Button variant="default" size="xs" onClick={() => setDialog('risk')}>
        {t('incidents.lessons.createRisk')}
      </Button>
      <Button variant="default" size="xs" onClick={() => setDialog('action')}>
        {t('incidents.lessons.createAction')}
      </Button>
    </Group>
  );
  const { risks, actions: madeActions } = incident.lessons;
  return (
    <Section id="incident-lessons" title={t('incidents.lessons.title')} actions={actions}>
      <Stack>
        {manage ? (
          <LessonsForm incident={incident} />
        ) : (
          <>
            <LabelledText label={t('incidents.fields.rootCause')} text={incident.rootCause} />
            <LabelledText label={t('incidents.fields.lessonsLearned')} text={incident.lessonsLearned} />
          </>
        )}
        {(risks.length > 0 || madeActions.length > 0) && (
          <div>
            <Text fw={600} size="sm">
              {t('incidents.lessons.made')}
            </Text>
            <List size="sm">
              {risks.map((risk) => (
                <List.Item key={risk.id}>
                  {t('incidents.lessons.risk')}{' '}
                  <AnchorLink to="/risks/$riskId" params={{ riskId: risk.id }}>
                    {risk.title}
                  </AnchorLink>
                </List.Item>
              ))}
              {madeActions.map((action) => (
                <List.Item key={action.id}>
                  {t('incidents.lessons.action')}{' '}
                  {action.objectId ? (
                    <AnchorLink to="/objects/$objectId" params={{ objectId: action.objectId }} search={{ tab: 'actions' }}>
                      {action.title}
                    </AnchorLink>
                  ) : (
                    action.title
                  )}
                </List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
      <AppModal opened={dialog !== null} onClose={() => setDialog(null)} size="xl" title={dialog === 'risk' ? t('incidents.lessons.createRisk') : t('incidents.lessons.createAction')}>
        {dialog === 'risk' && <LessonRiskForm incident={incident} onClose={() => setDialog(null)} />}
        {dialog === 'action' && <LessonActionForm incident={incident} onClose={() => setDialog(null)} />}
      </AppModal>
    </Section>
  );
}

function LabelledText({ label, text }: { label: string; text: string | null }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text || t('incidents.lessons.notYet')}
      </Text>
    </div>
  );
}

function LessonsForm({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ rootCause: incident.rootCause ?? '', lessonsLearned: incident.lessonsLearned ?? '' });
  const save = useMutation({
    mutationFn: () => updateIncident(incident.id, { version: incident.version, rootCause: values.rootCause.trim() || null, lessonsLearned: values.lessonsLearned.trim() || null }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['incidents', 'detail', incident.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['incidents'] });
      notifySuccess(t('incidents.lessons.saved'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const reload = async () => {
    const latest = await queryClient.fetchQuery({ ...incidentQuery(incident.id), staleTime: 0 });
    setValues({ rootCause: latest.rootCause ?? '', lessonsLearned: latest.lessonsLearned ?? '' });
    save.reset();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea label={t('incidents.fields.rootCause')} autosize minRows={2} value={values.rootCause} onChange={(e) => setValues({ ...values, rootCause: e.currentTarget.value })} />
        <Textarea label={t('incidents.fields.lessonsLearned')} description={t('incidents.lessons.hint')} autosize minRows={3} value={values.lessonsLearned} onChange={(e) => setValues({ ...values, lessonsLearned: e.currentTarget.value })} />
        <FormProblem error={save.error} onReload={() => void reload()} />
        <Group>
          <Button type="submit" variant="light" loading={save.isPending}>
            {t('incidents.lessons.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
