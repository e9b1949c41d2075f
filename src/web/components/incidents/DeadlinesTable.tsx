import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentDeadline } from '../../../shared/schemas/incident';
import { useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { TableHead } from '../TableHead';
import { DeadlineCountdown, useDeadlineName } from './DeadlineCountdown';
import { useNow } from './useNow';

const stateColours: Record<IncidentDeadline['state'], string> = { done: 'green', waived: 'gray', pending: 'blue', overdue: 'red', waiting: 'gray' };

/** The server computed the state when the page loaded; a pending deadline that has since passed is overdue. */
function currentState(deadline: IncidentDeadline, now: number): IncidentDeadline['state'] {
  return deadline.state === 'pending' && deadline.dueAt && Date.parse(deadline.dueAt) < now ? 'overdue' : deadline.state;
}

interface DeadlinesTableProps {
  deadlines: IncidentDeadline[];
  /** "Registrera inskickad" per open deadline, for the incident roles. */
  onSubmit?: (deadline: IncidentDeadline) => void;
}

/** The legal reporting deadlines: which report, due when (Stockholm time), time left, and what was sent. */
export function DeadlinesTable({ deadlines, onSubmit }: DeadlinesTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const name = useDeadlineName();
  const columns = ['report', 'dueAt', 'left', 'state', 'submitted'].map((key) => t(`incidents.deadlines.columns.${key}`));
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label={t('incidents.deadlines.title')}>
        <TableHead columns={columns} actions={Boolean(onSubmit)} />
        <Table.Tbody>
          {deadlines.map((deadline) => {
            const state = currentState(deadline, now);
            const open = state === 'pending' || state === 'overdue' || state === 'waiting';
            return (
              <Table.Tr key={`${deadline.regime}-${deadline.stage}-${deadline.seq}`}>
                <Table.Td>{name(deadline.regime, deadline.stage)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {deadline.dueAt ? formatDateTime(deadline.dueAt, locale) : t('incidents.deadlines.noDueYet')}
                  {deadline.provisional && (
                    <Text size="xs" component="div">
                      {t('incidents.deadlines.provisional')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{deadline.dueAt && (state === 'pending' || state === 'overdue') ? <DeadlineCountdown dueAt={deadline.dueAt} /> : '–'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={stateColours[state]} tt="none">
                    {t(`incidents.deadlines.states.${state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {deadline.submittedAt ? formatDateTime(deadline.submittedAt, locale) : '–'}
                  {deadline.reference && <Text size="xs">{t('incidents.deadlines.reference', { reference: deadline.reference })}</Text>}
                  {deadline.lateReason && <Text size="xs">{t('incidents.deadlines.lateReason', { reason: deadline.lateReason })}</Text>}
                </Table.Td>
                {onSubmit && (
                  <Table.Td>
                    {open && (
                      <Button size="xs" variant="light" onClick={() => onSubmit(deadline)} aria-label={t('incidents.deadlines.submitFor', { report: name(deadline.regime, deadline.stage) })}>
                        {t('incidents.deadlines.submit')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
