import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { aspectLabels, aspects, levelLabels } from '../../../shared/classification/aspects';
import { defaultHandlingLabel, formatProfile, handlingLabelNames, handlingLabels, type HandlingLabel } from '../../../shared/classification/profile';
import type { InformationSetSummary } from '../../api/classification';
import { useLabel } from '../../i18n';
import { DescriptionList } from '../DescriptionList';
import type { GuidedClassification } from './useGuidedClassification';

export type SummaryAction = 'save' | 'submit' | 'approve' | 'approve-lowering';

interface SummaryStepProps {
  flow: GuidedClassification;
  set: InformationSetSummary;
  onAction: (action: SummaryAction) => void;
}

/** The profile, the reasons, the handling label, and what the person may do with the result. */
export function SummaryStep({ flow, set, onAction }: SummaryStepProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const { profile } = flow.result;
  const suggested = defaultHandlingLabel(profile.K);
  const can = flow.saved?.can;
  const lowered = flow.saved?.loweredAspects ?? [];
  const loweringApprovedBy = flow.saved?.loweringApprovedBy ?? null;

  let guidance: string;
  if (can?.approve) guidance = t('classify.youMayApprove');
  else if (lowered.length > 0 && !loweringApprovedBy) guidance = t('classify.loweringPending', { aspects: lowered.map((aspect) => label(aspectLabels[aspect])).join(', ') });
  else if (!set.owner) guidance = t('classify.noOwner');
  else guidance = t('classify.ownerApproves', { owner: set.owner.name });

  return (
    <Stack gap="md">
      <Text>{t('classify.summaryIntro')}</Text>
      <Text component="p" m={0} fz={32} fw={800} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="summary-profile">
        <span className="varn-visually-hidden">{t('classify.profileLabel')}: </span>
        {formatProfile(profile)}
      </Text>
      <DescriptionList
        items={aspects.map((aspect) => ({
          term: label(aspectLabels[aspect]),
          value: (
            <>
              <Text fw={600}>{t('classify.result', { level: profile[aspect], levelName: label(levelLabels[profile[aspect]]) })}</Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {flow.reasons[aspect]?.trim() || t('classify.unansweredReason')}
              </Text>
            </>
          ),
        }))}
      />
      <Select
        label={t('classify.handlingLabel')}
        description={t('classify.handlingLabelDescription', { level: `K${profile.K}` })}
        data={handlingLabels.map((value) => ({ value, label: label(handlingLabelNames[value]) }))}
        value={flow.handlingLabel ?? suggested}
        onChange={(value) => flow.chooseHandlingLabel((value as HandlingLabel | null) ?? null)}
        allowDeselect={false}
        maw={320}
      />
      <Alert color="yellow" variant="light">
        {t('classify.handlingLabelWarning')}
      </Alert>
      {loweringApprovedBy && <Text>{t('classify.loweringApproved', { name: loweringApprovedBy.name })}</Text>}
      <Text>{guidance}</Text>
      <Group>
        {can?.approve && (
          <Button onClick={() => onAction('approve')} loading={flow.busy}>
            {t('classify.approve')}
          </Button>
        )}
        {can?.approveLowering && (
          <Button variant="outline" onClick={() => onAction('approve-lowering')} disabled={flow.busy}>
            {t('classify.approveLowering')}
          </Button>
        )}
        {can?.submit && (
          <Button variant={can.approve ? 'outline' : 'filled'} onClick={() => onAction('submit')} disabled={flow.busy}>
            {t('classify.submit')}
          </Button>
        )}
        <Button variant="default" onClick={() => onAction('save')} disabled={flow.busy}>
          {t('classify.saveDraft')}
        </Button>
      </Group>
    </Stack>
  );
}
