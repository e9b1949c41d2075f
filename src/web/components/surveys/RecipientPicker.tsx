import { Button, Checkbox, Fieldset, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabels } from '../../../shared/roles';
import { personQuery } from '../../api/people';
import type { ProposedRecipients } from '../../api/surveys';
import { useLabel } from '../../i18n';
import { notifyFailure } from '../notify';
import { PersonSelect } from '../PersonSelect';

/** One person asked to answer for one förvaltning or bolag. */
export interface RecipientChoice {
  personId: string;
  orgUnitId: string;
  name: string;
  /** Why Värn proposed them (their roles there), empty for someone added by hand. */
  detail: string;
  chosen: boolean;
}

export const recipientKey = (choice: Pick<RecipientChoice, 'personId' | 'orgUnitId'>) => `${choice.personId}/${choice.orgUnitId}`;

/** Everyone Värn proposes, chosen from the start. */
export function proposedChoices(proposal: ProposedRecipients, label: (labels: { sv: string; en: string }) => string): RecipientChoice[] {
  return proposal.flatMap((unit) =>
    unit.people.map((person) => ({
      personId: person.personId,
      orgUnitId: unit.orgUnitId,
      name: person.name,
      detail: person.roles.map((role) => label(roleLabels[role])).join(', '),
      chosen: true,
    })),
  );
}

interface RecipientPickerProps {
  units: ProposedRecipients;
  choices: RecipientChoice[];
  onChange: (choices: RecipientChoice[]) => void;
  error?: string;
}

/** The proposed contacts per förvaltning, to untick, plus anyone the CISO adds by hand. */
export function RecipientPicker({ units, choices, onChange, error }: RecipientPickerProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(null);
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const toggle = (key: string, chosen: boolean) => onChange(choices.map((choice) => (recipientKey(choice) === key ? { ...choice, chosen } : choice)));

  const add = async () => {
    if (!personId || !orgUnitId) return;
    const key = recipientKey({ personId, orgUnitId });
    if (choices.some((choice) => recipientKey(choice) === key)) {
      toggle(key, true);
    } else {
      setAdding(true);
      try {
        const person = await queryClient.fetchQuery(personQuery(personId));
        onChange([...choices, { personId, orgUnitId, name: person.name, detail: '', chosen: true }]);
      } catch (failure) {
        notifyFailure(failure);
        return;
      } finally {
        setAdding(false);
      }
    }
    setPersonId(null);
  };

  const chooseAll = (chosen: boolean) => onChange(choices.map((choice) => ({ ...choice, chosen })));

  return (
    <Stack>
      <div>
        <Title order={2} size="h3">
          {t('surveys.create.recipientsHeading')}
        </Title>
        <Text size="sm" mt={4}>
          {t('surveys.create.recipientsHelp')}
        </Text>
      </div>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => chooseAll(true)}>
          {t('surveys.create.chooseAll')}
        </Button>
        <Button size="xs" variant="default" onClick={() => chooseAll(false)}>
          {t('surveys.create.chooseNone')}
        </Button>
      </Group>
      {units.map((unit) => {
        const here = choices.filter((choice) => choice.orgUnitId === unit.orgUnitId);
        return (
          <Fieldset key={unit.orgUnitId} legend={unit.orgUnitName}>
            {here.length === 0 && <Text size="sm">{t('surveys.create.noContacts')}</Text>}
            <Stack gap="xs">
              {here.map((choice) => (
                <Checkbox
                  key={recipientKey(choice)}
                  checked={choice.chosen}
                  onChange={(event) => toggle(recipientKey(choice), event.currentTarget.checked)}
                  label={choice.name}
                  description={choice.detail || t('surveys.create.addedByHand')}
                />
              ))}
            </Stack>
          </Fieldset>
        );
      })}
      <Fieldset legend={t('surveys.create.addHeading')}>
        <Group align="flex-end" wrap="wrap">
          <PersonSelect label={t('surveys.create.person')} value={personId} onChange={setPersonId} w={280} />
          <Select
            label={t('surveys.create.unit')}
            value={orgUnitId}
            onChange={setOrgUnitId}
            searchable
            w={280}
            data={units.map((unit) => ({ value: unit.orgUnitId, label: unit.orgUnitName }))}
          />
          <Button variant="default" onClick={() => void add()} disabled={!personId || !orgUnitId} loading={adding}>
            {t('surveys.create.add')}
          </Button>
        </Group>
      </Fieldset>
      <Text fw={600} role="status" c={error ? 'red.8' : undefined}>
        {error ?? t('surveys.create.chosenCount', { count: choices.filter((choice) => choice.chosen).length })}
      </Text>
    </Stack>
  );
}
