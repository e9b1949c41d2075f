import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { i18n } from '../../i18n';
import { isVersionConflict, problemMessage } from '../problem';

/** The incident modules' own refusals (status_flow, late_reason_required …) in words; anything else as elsewhere. */
export function incidentProblemMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const key = `incidents.problems.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key);
  }
  return problemMessage(error);
}

/**
 * A failed request under an incident form or action. Field complaints are shown at their
 * fields (see serverFieldErrors), so only the sentence is said here; a version conflict offers
 * `onReload`, which fetches the current incident so the change can be made again on top of it.
 */
export function FormProblem({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" title={t('errors.heading')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{incidentProblemMessage(error)}</Text>
        {onReload && isVersionConflict(error) && (
          <div>
            <Button size="xs" variant="outline" color="red" onClick={onReload}>
              {t('common.reload')}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
