import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { classificationStatusLabels, type ClassificationStatus, type StoredClassificationStatus } from '../../../shared/classification/workflow';
import { useLabel } from '../../i18n';

type ShownStatus = ClassificationStatus | Extract<StoredClassificationStatus, 'referred' | 'superseded'>;

const colors: Record<ShownStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'green',
  expired: 'orange',
  referred: 'orange',
  superseded: 'gray',
};

/** Utkast, Granskas, Fastställd or Inaktuell; without a status, "Ej klassad". */
export function ClassificationStatusBadge({ status }: { status: ShownStatus | null }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Badge variant="light" color={status ? colors[status] : 'gray'} tt="none" style={{ overflow: 'visible' }}>
      {status ? label(classificationStatusLabels[status]) : t('register.notClassified')}
    </Badge>
  );
}
