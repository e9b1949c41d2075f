import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PagingProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** "Showing 51–100 of 240" with previous/next buttons. */
export function Paging({ page, pageSize, total, onPage }: PagingProps) {
  const { t } = useTranslation();
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const last = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" aria-live="polite">
        {t('common.showing', { from, to, total })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('common.previous')}
        </Button>
        <Button variant="default" size="xs" disabled={page >= last} onClick={() => onPage(page + 1)}>
          {t('common.next')}
        </Button>
      </Group>
    </Group>
  );
}
