import { Alert, FileInput, List, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueFormat } from '../../../shared/schemas/requirements';
import { ApiError } from '../../api/client';
import { importCatalogue } from '../../api/requirements';
import { AppModal } from '../AppModal';
import { ModalActions } from '../ModalActions';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';

const formatOf = (file: File): CatalogueFormat | null => {
  const extension = file.name.toLowerCase().split('.').pop();
  return extension === 'xlsx' || extension === 'csv' || extension === 'json' ? extension : null;
};

/** The server names each bad cell `rows.<row>.<column>` (or `columns.<column>`); say it in words. */
function useWhere() {
  const { t } = useTranslation();
  return (path: string) => {
    const [kind, first, column] = path.split('.');
    if (kind === 'rows') return [t('requirements.import.row', { row: first }), column && t('requirements.import.column', { column })].filter(Boolean).join(', ');
    if (kind === 'columns') return t('requirements.import.column', { column: first });
    return path;
  };
}

/** Upload a catalogue file; a refused file lists every bad row so the person can fix it. */
export function CatalogueImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} size="lg" title={t('requirements.import.title')}>
      {opened && <CatalogueImportForm onClose={onClose} />}
    </AppModal>
  );
}

function CatalogueImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const where = useWhere();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const upload = useMutation({
    mutationFn: ({ format, chosen }: { format: CatalogueFormat; chosen: File }) => importCatalogue(format, chosen),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['requirements'] });
      await queryClient.invalidateQueries({ queryKey: ['actionPlans'] });
      notifySuccess(t('requirements.import.done', result));
      onClose();
    },
  });
  const rowErrors = upload.error instanceof ApiError && upload.error.code === 'invalid_rows' ? (upload.error.problem?.errors ?? []) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const format = file ? formatOf(file) : null;
    if (!file || !format) {
      setFileError(t('requirements.import.unknownFormat'));
      return;
    }
    setFileError(undefined);
    upload.mutate({ format, chosen: file });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('requirements.import.help')}</Text>
        <FileInput
          label={t('requirements.import.file')}
          required
          accept=".xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            upload.reset();
          }}
          error={fileError}
          data-autofocus
        />
        {rowErrors.length > 0 ? (
          <Alert color="red" title={t('errors.heading')} role="alert">
            <Text size="sm" mb="xs">
              {t('requirements.import.rowErrors')}
            </Text>
            <List size="sm">
              {rowErrors.map((error) => (
                <List.Item key={`${error.path}:${error.message}`}>
                  {where(error.path)}: {error.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <ProblemAlert error={upload.error} />
        )}
        <ModalActions submitLabel={t('requirements.import.submit')} loading={upload.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
