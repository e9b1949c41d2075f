import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { objectCreate, objectUpdate } from '../../../shared/schemas/register';
import { createObject, updateObject, type ObjectDetail } from '../../api/register';
import { AppModal } from '../AppModal';
import { OrgUnitSelect } from '../OrgUnitSelect';
import { PersonSelect } from '../PersonSelect';
import { DescriptionField, NameField } from './FormTextFields';
import { RegisterFormLayout } from './RegisterFormLayout';
import { changedFields, useFormValues, useRegisterForm } from './useRegisterForm';

interface ObjectFormModalProps {
  /** The object to edit; without one the form creates a new object (with its objektägare). */
  object?: ObjectDetail;
  defaultOrgUnitId?: string;
  opened: boolean;
  onClose: () => void;
  onSaved?: (object: ObjectDetail) => void;
}

/** Register a förvaltningsobjekt, or edit its name, description, unit, criticality and plan link. */
export function ObjectFormModal(props: ObjectFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={props.opened} onClose={props.onClose} size="lg" title={props.object ? t('register.objects.edit.title', { name: props.object.name }) : t('register.objects.create.title')}>
      {props.opened && <ObjectForm {...props} />}
    </AppModal>
  );
}

function ObjectForm({ object, defaultOrgUnitId, onClose, onSaved }: ObjectFormModalProps) {
  const { t } = useTranslation();
  const { values, change } = useFormValues({
    name: object?.name ?? '',
    description: object?.description ?? '',
    orgUnitId: object?.orgUnitId ?? defaultOrgUnitId ?? null,
    critical: object?.critical ?? false,
    managementPlanUrl: object?.managementPlanUrl ?? '',
    ownerId: null as string | null,
  });

  const fields = {
    name: values.name.trim(),
    description: values.description,
    orgUnitId: values.orgUnitId ?? undefined,
    critical: values.critical,
    managementPlanUrl: values.managementPlanUrl.trim() || null,
  };
  const body = () => (object ? changedFields(fields, object, object.version) : { ...fields, ownerId: values.ownerId ?? undefined });
  const form = useRegisterForm({
    schema: object ? objectUpdate : objectCreate,
    body,
    send: () => (object ? updateObject(object.id, changedFields(fields, object, object.version)) : createObject(body() as Parameters<typeof createObject>[0])),
    done: (saved) => (object ? t('register.objects.edit.done', { name: saved.name }) : t('register.objects.create.done', { name: saved.name })),
    onSaved,
    onClose,
  });
  const { errors } = form;

  return (
    <RegisterFormLayout form={form} editing={!!object} onClose={onClose}>
      <NameField label={t('register.objects.fields.name')} value={values.name} error={errors.name} onChange={(name) => change('name', name)} />
      <DescriptionField label={t('register.objects.fields.description')} value={values.description} error={errors.description} onChange={(text) => change('description', text)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OrgUnitSelect label={t('register.objects.fields.orgUnit')} required value={values.orgUnitId} onChange={(id) => change('orgUnitId', id)} error={errors.orgUnitId} />
        {!object && (
          <PersonSelect
            label={t('register.objects.fields.owner')}
            description={t('register.objects.create.ownerHelp')}
            value={values.ownerId}
            onChange={(id) => change('ownerId', id)}
            error={errors.ownerId}
          />
        )}
      </SimpleGrid>
      <TextInput
        type="url"
        label={t('register.objects.fields.managementPlanUrl')}
        placeholder="https://"
        value={values.managementPlanUrl}
        error={errors.managementPlanUrl}
        onChange={(e) => change('managementPlanUrl', e.currentTarget.value)}
      />
      <Checkbox
        label={t('register.objects.fields.critical')}
        description={t('register.objects.criticalHelp')}
        checked={values.critical}
        onChange={(e) => change('critical', e.currentTarget.checked)}
      />
    </RegisterFormLayout>
  );
}
