import { Button, Code, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/audit';
import { formatDateTime } from '../../i18n/dates';
import { i18n, useLocale } from '../../i18n';
import { entityName, fieldChanges, formatFieldValue } from './fieldDiff';

const columnCount = 5;

/** Entity types and actions get a translation when one exists, else their code. */
function translated(prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return i18n.exists(key) ? i18n.t(key) : code;
}

interface AuditEventRowProps {
  event: AuditEvent;
  /** Names for ids the person can see (org units), so a moved unit's parent reads as a name. */
  nameOf: (id: string) => string | undefined;
}

/** A value in the diff; an id we can name is shown as the name with the id below it. */
function FieldValue({ value, nameOf }: { value: unknown; nameOf: AuditEventRowProps['nameOf'] }) {
  const name = typeof value === 'string' ? nameOf(value) : undefined;
  if (!name) return <>{formatFieldValue(value)}</>;
  return (
    <>
      {name}
      <Text size="xs" c="dimmed">
        {String(value)}
      </Text>
    </>
  );
}

/** One audit event; its button expands a row below it with the changed fields. */
export function AuditEventRow({ event, nameOf }: AuditEventRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const changes = fieldChanges(event.before, event.after);
  const name = entityName(event.before, event.after);
  const action = translated('audit.actions', event.action);
  const detailsId = `audit-event-${event.id}`;

  return (
    <>
      <Table.Tr>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at, locale)}</Table.Td>
        <Table.Td>{event.actorName ?? t('audit.system')}</Table.Td>
        <Table.Td>
          {action}
          <Text size="xs" c="dimmed" ff="monospace">
            {event.action}
          </Text>
        </Table.Td>
        <Table.Td>
          {translated('audit.entityTypes', event.entityType)}
          {name && `: ${name}`}
          {event.entityId && (
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {event.entityId}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          {changes.length === 0 ? (
            <Text size="sm">{t('audit.noChanges')}</Text>
          ) : (
            <Button size="compact-sm" variant="subtle" aria-expanded={open} aria-controls={open ? detailsId : undefined} onClick={() => setOpen(!open)}>
              {open ? t('audit.hideChanges') : t('audit.showChanges', { count: changes.length })}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={columnCount} bg="gray.0">
            <Table withTableBorder bg="white" aria-label={t('audit.changesLabel', { action })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.field')}</Table.Th>
                  <Table.Th>{t('audit.before')}</Table.Th>
                  <Table.Th>{t('audit.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((change) => (
                  <Table.Tr key={change.field}>
                    <Table.Td>
                      <Code>{change.field || t('audit.value')}</Code>
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>
                      <FieldValue value={change.before} nameOf={nameOf} />
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>
                      <FieldValue value={change.after} nameOf={nameOf} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
