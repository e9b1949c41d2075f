import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classificationStatusLabels } from '../../../shared/classification/workflow';
import type { ObjectDetail } from '../../api/register';
import { useLabel } from '../../i18n';
import { AnchorLink } from '../links';
import { TableHead } from '../TableHead';
import { ClassificationSummary } from './ClassificationSummary';
import { ClassifyLink } from './ClassifyLink';
import { InformationSetFormModal } from './InformationSetFormModal';
import { ReviewMarker } from './ReviewMarker';

/** The object's information sets with their classification and status, each a way on to its page or to classifying it. */
export function ObjectInformationSets({ object }: { object: ObjectDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [adding, setAdding] = useState(false);
  const showActions = object.can.classify;

  return (
    <Stack>
      {object.can.manage && (
        <Group justify="flex-end">
          <Button onClick={() => setAdding(true)}>{t('register.sets.create.button')}</Button>
        </Group>
      )}
      {object.informationSets.length === 0 ? (
        <Text>{t('register.sets.emptyOnObject')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label={t('register.sets.tableLabel')}>
            <TableHead columns={[t('register.sets.fields.name'), t('register.sets.fields.owner'), t('register.sets.fields.type'), t('register.sets.fields.classification')]} actions={showActions} />
            <Table.Tbody>
              {object.informationSets.map((set) => (
                <Table.Tr key={set.id}>
                  <Table.Td>
                    <AnchorLink to="/information-sets/$setId" params={{ setId: set.id }}>
                      {set.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{set.ownerName ?? '–'}</Table.Td>
                  <Table.Td>{set.informationTypeName ?? '–'}</Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <ClassificationSummary classification={set.classification} />
                      {set.pendingClassification && (
                        <Text size="xs">{t('register.sets.pending', { status: label(classificationStatusLabels[set.pendingClassification.status]) })}</Text>
                      )}
                      {set.needsReview && <ReviewMarker reason={set.needsReview.reason} />}
                    </Stack>
                  </Table.Td>
                  {showActions && (
                    <Table.Td>
                      <ClassifyLink setId={set.id} setName={set.name} pending={set.pendingClassification !== null} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <InformationSetFormModal object={object} systems={object.systems} opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
