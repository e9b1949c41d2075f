import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aspectLabels, aspects } from '../../../shared/classification/aspects';
import { defaultHandlingLabel, formatProfile } from '../../../shared/classification/profile';
import { aspectIntros } from '../../../shared/classification/questions';
import { ApiError } from '../../api/client';
import type { Classification, InformationSetSummary, InformationType } from '../../api/classification';
import { useLabel, useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { notifySuccess } from '../notify';
import { isVersionConflict } from '../problem';
import { ProblemAlert } from '../ProblemAlert';
import { ApprovedNotice } from './ApprovedNotice';
import { AspectStep } from './AspectStep';
import { ReferredNotice } from './ReferredNotice';
import { SecurityStep } from './SecurityStep';
import { StepList } from './StepList';
import { SummaryStep, type SummaryAction } from './SummaryStep';
import { useGuidedClassification, type AspectReasons } from './useGuidedClassification';

interface WizardProps {
  set: InformationSetSummary;
  type: InformationType | null;
  /** The open case to continue, or null to start one. */
  open: Classification | null;
  /** The approved classification a new case starts from, if any. */
  previous: Classification | null;
  onReload: () => void;
}

const summaryStep = aspects.length + 1;

/** Each aspect's reason from the last approved classification, else the information type's standard reason. */
function startingReasons(type: InformationType | null, previous: Classification | null): AspectReasons {
  const reasons: AspectReasons = {};
  for (const aspect of aspects) {
    const reason = previous?.reasons[aspect] || type?.reasons[aspect];
    if (reason) reasons[aspect] = reason;
  }
  return reasons;
}

/**
 * The guided flow: the national-security question, one step per aspect, then the summary.
 * Every move to another step saves first, so closing the tab loses nothing.
 */
export function ClassificationWizard({ set, type, open, previous, onReload }: WizardProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const typeProfile = type?.profile ?? null;
  const flow = useGuidedClassification({
    setId: set.id,
    open,
    answers: previous?.answers ?? {},
    reasons: startingReasons(type, previous),
    typeProfile,
    handlingLabel: open && open.handlingLabel !== defaultHandlingLabel(open.profile.K) ? open.handlingLabel : null,
  });
  const [step, setStep] = useState(open ? 1 : 0);
  const [reached, setReached] = useState(open ? summaryStep : 0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // After a move, focus goes to the new step's heading so screen readers announce it.
  const status = flow.saved?.storedStatus;
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step, status]);

  const go = async (to: number) => {
    if (to !== step && step > 0 && !(await flow.save())) return;
    moved.current = true;
    setStep(to);
    setReached((current) => Math.max(current, to));
  };

  const startFlow = async () => {
    if (await flow.save()) void go(1);
  };

  const refer = async () => {
    moved.current = true;
    await flow.refer();
  };

  const act = async (action: SummaryAction) => {
    moved.current = true;
    if (action === 'save') {
      if (await flow.save()) notifySuccess(t('classify.saved'));
      return;
    }
    const result = await flow.transition(action);
    if (result && action === 'submit') notifySuccess(t('classify.submitted'));
    if (result && action === 'approve-lowering') notifySuccess(t('classify.loweringApprovedNotice'));
  };

  const stepNames = [t('classify.stepSecurity'), ...aspects.map((aspect) => label(aspectLabels[aspect])), t('classify.stepSummary')];
  const stale = flow.error instanceof ApiError && flow.error.status === 409 && !isVersionConflict(flow.error);
  const errors = (
    <>
      <ProblemAlert error={flow.error} onReload={onReload} />
      {stale && (
        <Group>
          <Button variant="outline" onClick={onReload}>
            {t('classify.reloadLatest')}
          </Button>
        </Group>
      )}
    </>
  );

  const stepHeading = (text: string) => (
    <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
      {text}
    </Title>
  );

  if (flow.saved?.storedStatus === 'referred') {
    return (
      <Stack>
        {stepHeading(t('classify.referredTitle'))}
        <ReferredNotice classification={flow.saved} />
      </Stack>
    );
  }
  if (flow.saved?.storedStatus === 'approved') {
    return (
      <Stack>
        {stepHeading(t('classify.approvedTitle'))}
        <ApprovedNotice classification={flow.saved} />
      </Stack>
    );
  }

  const aspect = step >= 1 && step <= aspects.length ? aspects[step - 1] : null;
  const title = aspect ? label(aspectIntros[aspect].title) : stepNames[step];
  return (
    <Stack gap="lg">
      <StepList names={stepNames} current={step} reached={reached} onOpen={(to) => void go(to)} disabled={flow.busy} />
      {open && step > 0 && <Text size="sm">{t('classify.resumed', { date: formatDateTime(open.createdAt, locale) })}</Text>}
      {!open && previous && step > 0 && <Text size="sm">{t('classify.startedFromApproved', { profile: formatProfile(previous.profile) })}</Text>}
      {flow.saved?.storedStatus === 'in_review' && <Alert color="blue">{t('classify.inReview')}</Alert>}
      {stepHeading(step === 0 ? t('classify.securityHeading') : title)}
      {step === 0 && <SecurityStep busy={flow.busy} onNo={() => void startFlow()} onYes={() => void refer()} />}
      {aspect && <AspectStep aspect={aspect} flow={flow} type={type && typeProfile ? { name: type.name, profile: typeProfile } : null} />}
      {step === summaryStep && <SummaryStep flow={flow} set={set} onAction={(action) => void act(action)} />}
      {errors}
      {aspect && flow.referralNeeded && (
        <Alert color="red" variant="light" title={t('classify.level4Title')} role="alert">
          <Stack gap="sm">
            <Text size="sm">{t('classify.level4Body')}</Text>
            <Group>
              <Button color="red" onClick={() => void refer()} loading={flow.busy}>
                {t('classify.refer')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {(aspect || step === summaryStep) && (
        <Group justify="space-between">
          <Button variant="default" onClick={() => void go(step - 1)} disabled={flow.busy}>
            {t('classify.previous')}
          </Button>
          {aspect && !flow.referralNeeded && (
            <Button onClick={() => void go(step + 1)} loading={flow.busy}>
              {t('classify.next')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
