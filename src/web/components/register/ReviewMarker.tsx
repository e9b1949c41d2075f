import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { reviewReasonLabels, reviewReasons, type ReviewReason } from '../../../shared/register';
import { useLabel } from '../../i18n';

const isReviewReason = (reason: string): reason is ReviewReason => (reviewReasons as readonly string[]).includes(reason);

/** "Behöver granskas: ett system har ändrats": an approved classification that a change has put in question. */
export function ReviewMarker({ reason }: { reason: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Badge variant="light" color="orange" tt="none" style={{ overflow: 'visible', whiteSpace: 'normal', height: 'auto' }}>
      {isReviewReason(reason) ? t('register.needsReviewBecause', { reason: label(reviewReasonLabels[reason]) }) : t('register.needsReview')}
    </Badge>
  );
}
