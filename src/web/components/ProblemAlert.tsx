import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isVersionConflict, problemFieldErrors, problemMessage } from './problem';

/**
 * Shows a failed request in the user's language. For a version conflict it offers `onReload`,
 * which fetches the current data so the person can redo their change on top of it.
 */
export function ProblemAlert({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields = problemFieldErrors(error);
  return (
    <Alert color="red" title={t('errors.heading')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{problemMessage(error)}</Text>
        {fields.length > 0 && (
          <List size="sm">
            {fields.map((field) => (
              <List.Item key={`${field.path}:${field.message}`}>
                {field.path ? `${field.path}: ${field.message}` : field.message}
              </List.Item>
            ))}
          </List>
        )}
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
