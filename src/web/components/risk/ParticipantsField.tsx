import { CloseButton, Group, List, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personQuery, type PeoplePage } from '../../api/people';
import { PersonSelect } from '../PersonSelect';

export interface PersonRef {
  id: string;
  name: string;
}

/** The people taking part in an analysis: a list with remove buttons and a person search that adds. */
export function ParticipantsField({ value, onChange }: { value: PersonRef[]; onChange: (people: PersonRef[]) => void }) {
  const { t } = useTranslation();
  // The picker resets after each choice; its key changes so the search text is cleared too.
  const [round, setRound] = useState(0);
  const queryClient = useQueryClient();
  // The name of a picked person: from the search the picker just showed, else asked for.
  const add = async (id: string) => {
    setRound((n) => n + 1);
    if (value.some((person) => person.id === id)) return;
    const listed = queryClient
      .getQueriesData<PeoplePage>({ queryKey: ['people', 'list'] })
      .flatMap(([, page]) => page?.items ?? [])
      .find((person) => person.id === id);
    const name = listed?.name ?? (await queryClient.fetchQuery(personQuery(id))).name;
    onChange([...value, { id, name }]);
  };
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm" id="risk-participants-label">
        {t('risk.analysis.fields.participants')}
      </Text>
      {value.length === 0 ? (
        <Text size="sm">{t('risk.analysis.fields.noParticipants')}</Text>
      ) : (
        <List size="sm" aria-labelledby="risk-participants-label">
          {value.map((person) => (
            <List.Item key={person.id}>
              <Group gap={4}>
                {person.name}
                <CloseButton
                  size="sm"
                  aria-label={t('risk.analysis.fields.removeParticipant', { name: person.name })}
                  onClick={() => onChange(value.filter((other) => other.id !== person.id))}
                />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <PersonSelect
        key={round}
        label={t('risk.analysis.fields.addParticipant')}
        value={null}
        onChange={(id) => id && void add(id)}
      />
    </Stack>
  );
}
