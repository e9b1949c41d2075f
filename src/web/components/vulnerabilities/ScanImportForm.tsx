import { Alert, Autocomplete, Button, FileInput, Group, Paper, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scanFormats, scanUploadFields, type ScanFormat } from '../../../shared/schemas/vulnerability';
import { ApiError } from '../../api/client';
import { scanScopesQuery, uploadScan, vulnerabilityQueryKey } from '../../api/vulnerabilities';
import { formErrors } from '../formErrors';
import { problemFieldErrors } from '../problem';
import { ProblemAlert } from '../ProblemAlert';
import { percentOf, scanFormatNames } from './vulnerabilityLabels';

const auto = 'auto';
/** The upload refusals the form explains in its own words; anything else goes to ProblemAlert. */
const uploadCodes = ['empty_file', 'unknown_format', 'file_too_large', 'upload_incomplete', 'scan_imports_unavailable'];

/** Scope (an existing one or a new name), format (detected unless chosen) and the file; then on to the import's page. */
export function ScanImportForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const scopes = useQuery(scanScopesQuery);
  const [scope, setScope] = useState('');
  const [format, setFormat] = useState<string>(auto);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ scope?: string; file?: string }>({});
  const [sent, setSent] = useState(0);

  const upload = useMutation({
    mutationFn: (input: { file: File; scope: string; format?: ScanFormat }) => uploadScan(input, setSent),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: vulnerabilityQueryKey });
      await navigate({ to: '/vulnerabilities/scans/$scanId', params: { scanId: id } });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosenFormat = format === auto ? undefined : (format as ScanFormat);
    const fieldErrors = formErrors(scanUploadFields, { scope, format: chosenFormat });
    const next = { scope: fieldErrors.scope, file: file ? undefined : t('validation.required') };
    setErrors(next);
    if (next.scope || !file) return;
    setSent(0);
    upload.mutate({ file, scope: scope.trim(), format: chosenFormat });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="scan-import-form" mb="xl">
      <Title order={2} size="h3" id="scan-import-form" mb="sm">
        {t('vulnerabilities.import.formHeading')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={560}>
          <Autocomplete
            label={t('vulnerabilities.import.scope')}
            description={t('vulnerabilities.import.scopeDescription')}
            required
            value={scope}
            error={errors.scope}
            onChange={setScope}
            data={(scopes.data?.items ?? []).map((item) => item.name)}
          />
          <Select
            label={t('vulnerabilities.import.format')}
            description={t('vulnerabilities.import.formatDescription')}
            allowDeselect={false}
            value={format}
            onChange={(value) => setFormat(value ?? auto)}
            data={[{ value: auto, label: t('vulnerabilities.import.formatAuto') }, ...scanFormats.map((value) => ({ value, label: scanFormatNames[value] }))]}
          />
          <FileInput
            label={t('vulnerabilities.import.file')}
            placeholder={t('vulnerabilities.import.filePlaceholder')}
            required
            clearable
            clearButtonProps={{ 'aria-label': t('vulnerabilities.import.clearFile') }}
            value={file}
            error={errors.file}
            onChange={(chosen) => {
              setFile(chosen);
              upload.reset();
            }}
          />
          {upload.isPending && (
            <div>
              <Text size="sm">{t('vulnerabilities.import.uploading')}</Text>
              <Progress value={percentOf(sent)} aria-label={t('vulnerabilities.import.uploading')} />
              <Text size="xs" c="dimmed">
                {t('vulnerabilities.import.uploaded', { percent: percentOf(sent) })}
              </Text>
            </div>
          )}
          <UploadProblem error={upload.error} />
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {t('vulnerabilities.import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function UploadProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || !uploadCodes.includes(error.code)) return <ProblemAlert error={error} />;
  const fields = problemFieldErrors(error);
  return (
    <Alert color="red" title={t('errors.heading')} role="alert">
      <Text size="sm">{t(`vulnerabilities.import.errors.${error.code}`)}</Text>
      {fields.map((field) => (
        <Text size="sm" key={field.path}>{`${field.path}: ${field.message}`}</Text>
      ))}
    </Alert>
  );
}
