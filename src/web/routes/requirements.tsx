import { Badge, Button, Group, Loader, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modalities, modalityLabels, nis2Labels, nis2Measures, type Modality, type Nis2Measure } from '../../shared/actions';
import { aspectLabels, aspects, type Aspect } from '../../shared/classification/aspects';
import { roleGrants } from '../../shared/permissions';
import { catalogueExportUrl, requirementsQuery, retireRequirement, type Requirement } from '../api/requirements';
import { useMe } from '../auth/useMe';
import { notifyFailure, notifySuccess } from '../components/notify';
import { PageHeading } from '../components/PageHeading';
import { Paging } from '../components/Paging';
import { ProblemAlert } from '../components/ProblemAlert';
import { CatalogueImportModal } from '../components/requirements/CatalogueImportModal';
import { Nis2Badges } from '../components/requirements/Nis2Badges';
import { areaLabel, requirementTitle } from '../components/requirements/requirementLabels';
import { RequirementFormModal } from '../components/requirements/RequirementFormModal';
import { TableHead } from '../components/TableHead';
import { useLabel, useLocale } from '../i18n';

const route = getRouteApi('/app/requirements');
const pageSize = 50;

export function RequirementsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState(search.q ?? '');
  const [editing, setEditing] = useState<Requirement | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const page = search.page ?? 1;
  // The catalogue is the whole organisation's: only a tenant-wide grant may change it.
  const canManage = me.grants.some((grant) => grant.scopeType === 'tenant' && roleGrants(grant.role, 'catalogue.manage'));

  type Search = typeof search;
  const update = (changes: Partial<Search>) =>
    void navigate({ to: '/requirements', search: (old: Search) => ({ ...old, page: undefined, ...changes }), replace: true });
  const updateText = useDebouncedCallback((q: string) => update({ q: q.trim() || undefined }), 300);

  const requirements = useQuery(
    requirementsQuery({
      q: search.q,
      aspect: search.aspect,
      level: search.level,
      modality: search.modality,
      nis2: search.nis2,
      area: search.area,
      includeRetired: search.retired,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }),
  );
  const areas = requirements.data?.areas ?? [];

  const retire = useMutation({
    mutationFn: (requirement: Requirement) => retireRequirement(requirement, !requirement.retiredAt),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['requirements'] });
      await queryClient.invalidateQueries({ queryKey: ['actionPlans'] });
      notifySuccess(saved.retiredAt ? t('requirements.retire.done', { code: saved.code }) : t('requirements.unretire.done', { code: saved.code }));
    },
    onError: notifyFailure,
  });

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('requirements.title')} />
        {canManage && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setImporting(true)}>
              {t('requirements.import.button')}
            </Button>
            <Button onClick={() => setEditing('new')}>{t('requirements.create.button')}</Button>
          </Group>
        )}
      </Group>
      <Text mb="md" maw={900}>
        {t('requirements.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }} mb="md" role="search" aria-label={t('requirements.filters')}>
        <TextInput
          type="search"
          label={t('requirements.search')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            updateText(event.currentTarget.value);
          }}
        />
        <Select
          label={t('requirements.fields.aspect')}
          clearable
          placeholder={t('requirements.anyAspect')}
          value={search.aspect ?? null}
          onChange={(value) => update({ aspect: (value as Aspect | null) ?? undefined })}
          data={aspects.map((aspect) => ({ value: aspect, label: `${aspect} ${label(aspectLabels[aspect])}` }))}
        />
        <Select
          label={t('requirements.fields.level')}
          clearable
          value={search.level ? String(search.level) : null}
          onChange={(value) => update({ level: value ? Number(value) : undefined })}
          data={[1, 2, 3, 4].map((level) => ({ value: String(level), label: t('requirements.levelOption', { level }) }))}
        />
        <Select
          label={t('requirements.fields.modality')}
          clearable
          value={search.modality ?? null}
          onChange={(value) => update({ modality: (value as Modality | null) ?? undefined })}
          data={modalities.map((modality) => ({ value: modality, label: label(modalityLabels[modality]) }))}
        />
        <Select
          label={t('requirements.fields.nis2')}
          clearable
          value={search.nis2 ?? null}
          onChange={(value) => update({ nis2: (value as Nis2Measure | null) ?? undefined })}
          data={nis2Measures.map((measure) => ({ value: measure, label: `${measure}) ${label(nis2Labels[measure])}` }))}
        />
        <Select
          label={t('requirements.fields.area')}
          clearable
          value={search.area ?? null}
          onChange={(value) => update({ area: value ?? undefined })}
          data={[...new Set([...areas, ...(search.area ? [search.area] : [])])].map((area) => ({ value: area, label: areaLabel(area, locale) }))}
        />
      </SimpleGrid>
      <Group justify="space-between" mb="md">
        <Switch label={t('requirements.includeRetired')} checked={search.retired ?? false} onChange={(event) => update({ retired: event.currentTarget.checked || undefined })} />
        <Group gap="xs" role="group" aria-label={t('requirements.export.heading')}>
          {(['xlsx', 'csv', 'json'] as const).map((format) => (
            <Button key={format} component="a" href={catalogueExportUrl(format)} download variant="default" size="xs">
              {t(`requirements.export.${format}`)}
            </Button>
          ))}
        </Group>
      </Group>
      <ProblemAlert error={requirements.error} />
      {requirements.isPending && <Loader role="status" aria-label={t('common.loading')} />}
      {requirements.data && (
        <>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover aria-label={t('requirements.tableLabel')} verticalSpacing="sm">
              <TableHead
                columns={[t('requirements.fields.code'), t('requirements.fields.title'), t('requirements.fields.modality'), t('requirements.fields.aspects'), t('requirements.fields.minLevel'), t('requirements.fields.nis2'), t('requirements.fields.area')]}
                actions={canManage}
              />
              <Table.Tbody>
                {requirements.data.items.map((requirement) => (
                  <Table.Tr key={requirement.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{requirement.code}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text size="sm" fw={500}>
                          {requirementTitle(requirement, locale)}
                          {requirement.retiredAt && (
                            <Badge ml="xs" color="gray" variant="outline">
                              {t('requirements.retired')}
                            </Badge>
                          )}
                        </Text>
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {(locale === 'en' && requirement.descriptionEn) || requirement.descriptionSv}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>{label(modalityLabels[requirement.modality])}</Table.Td>
                    <Table.Td>{requirement.aspects.join(', ')}</Table.Td>
                    <Table.Td>{requirement.minLevel}</Table.Td>
                    <Table.Td>
                      <Nis2Badges measures={requirement.nis2} />
                    </Table.Td>
                    <Table.Td>{areaLabel(requirement.area, locale)}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="default" onClick={() => setEditing(requirement)} aria-label={t('requirements.edit.button', { code: requirement.code })}>
                            {t('requirements.edit.short')}
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            loading={retire.isPending && retire.variables?.id === requirement.id}
                            onClick={() => retire.mutate(requirement)}
                            aria-label={t(requirement.retiredAt ? 'requirements.unretire.button' : 'requirements.retire.button', { code: requirement.code })}
                          >
                            {requirement.retiredAt ? t('requirements.unretire.short') : t('requirements.retire.short')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {requirements.data.items.length === 0 && <Text mt="md">{t('requirements.empty')}</Text>}
          <Paging page={page} pageSize={pageSize} total={requirements.data.total} onPage={(next) => update({ page: next })} />
        </>
      )}
      <RequirementFormModal opened={editing !== null} requirement={editing === 'new' || editing === null ? undefined : editing} areas={areas} onClose={() => setEditing(null)} />
      <CatalogueImportModal opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}
