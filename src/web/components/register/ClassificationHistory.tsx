import { Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { classificationHistoryQuery } from '../../api/register';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/dates';
import { ProblemAlert } from '../ProblemAlert';
import { TableHead } from '../TableHead';
import { ClassificationStatusBadge } from './ClassificationStatusBadge';
import { ProfileBadge } from './ProfileBadge';

/** Every classification of a set, newest first: what it said, who approved it, and how long it held. */
export function ClassificationHistory({ setId }: { setId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const history = useQuery(classificationHistoryQuery(setId));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="classification-history-heading">
      <Title order={2} size="h3" id="classification-history-heading" mb="sm">
        {t('register.history.heading')}
      </Title>
      <ProblemAlert error={history.error} />
      {history.data?.length === 0 && <Text>{t('register.history.empty')}</Text>}
      {history.data && history.data.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped aria-labelledby="classification-history-heading">
            <TableHead
              columns={[t('register.history.created'), t('register.history.status'), t('register.history.profile'), t('register.history.approvedBy'), t('register.history.validUntil')]}
            />
            <Table.Tbody>
              {history.data.map((classification) => (
                <Table.Tr key={classification.id}>
                  <Table.Td>
                    {formatDate(classification.createdAt, locale)}
                    {classification.createdBy && (
                      <Text size="xs" component="div">
                        {classification.createdBy.name}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ClassificationStatusBadge
                      status={classification.storedStatus === 'superseded' || classification.storedStatus === 'referred' ? classification.storedStatus : classification.status}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ProfileBadge profile={classification.profile} />
                  </Table.Td>
                  <Table.Td>
                    {classification.approvedBy ? t('register.history.approvedByOn', { name: classification.approvedBy.name, date: formatDate(classification.approvedAt, locale) }) : '–'}
                  </Table.Td>
                  <Table.Td>{classification.validUntil ? formatDate(classification.validUntil, locale) : '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
