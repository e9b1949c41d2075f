import { Anchor, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/schemas/incident';
import { incidentAttachmentUrl, uploadIncidentAttachment } from '../../api/incidents';
import { useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { notifySuccess } from '../notify';
import { FormProblem } from './FormProblem';
import { TableHead } from '../TableHead';
import { Section } from './Section';

/** "12,3 kB": sizes the way people read them. */
function fileSize(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** Screenshots, logs, the suspicious e-mail: uploaded as files, always downloaded (never opened in the page). */
export function AttachmentsSection({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns = ['fileName', 'size', 'uploadedBy', 'createdAt'].map((key) => t(`incidents.attachments.columns.${key}`));
  return (
    <Section id="incident-attachments" title={t('incidents.attachments.title')}>
      {incident.capabilities.contribute && <UploadForm incidentId={incident.id} />}
      {incident.attachments.length === 0 ? (
        <Text>{t('incidents.attachments.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label={t('incidents.attachments.title')}>
            <TableHead columns={columns} />
            <Table.Tbody>
              {incident.attachments.map((attachment) => (
                <Table.Tr key={attachment.id}>
                  <Table.Td>
                    <Anchor href={incidentAttachmentUrl(incident.id, attachment.id)} download={attachment.fileName}>
                      {attachment.fileName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{fileSize(attachment.size, locale)}</Table.Td>
                  <Table.Td>{attachment.uploadedBy?.name ?? '–'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(attachment.createdAt, locale)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

function UploadForm({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadIncidentAttachment(incidentId, chosen),
    onSuccess: async (_, chosen) => {
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: ['incidents', 'detail', incidentId] });
      notifySuccess(t('incidents.attachments.uploaded', { name: chosen.name }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError(t('incidents.attachments.chooseFile'));
    setError(undefined);
    upload.mutate(file);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" mb="md">
        <Group align="flex-end">
          <FileInput
            label={t('incidents.attachments.file')}
            description={t('incidents.attachments.fileHint')}
            value={file}
            error={error}
            onChange={(chosen) => {
              setFile(chosen);
              upload.reset();
            }}
            style={{ flex: 1, minWidth: 240 }}
          />
          <Button type="submit" variant="light" loading={upload.isPending}>
            {t('incidents.attachments.upload')}
          </Button>
        </Group>
        <FormProblem error={upload.error} />
      </Stack>
    </form>
  );
}
