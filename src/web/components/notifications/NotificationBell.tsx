import { ActionIcon, Box, Button, List, Popover, ScrollArea, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { renderNotification } from '../../../shared/notifications';
import { markAllNotificationsRead, markNotificationRead, myNotificationsQuery, type Notification } from '../../api/notifications';
import { useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { notifyFailure } from '../notify';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's bell: unread count, and a panel of the latest notifications in the person's language. */
export function NotificationBell() {
  const { t } = useTranslation();
  const locale = useLocale();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const list = useQuery(myNotificationsQuery);
  const refresh = () => queryClient.invalidateQueries({ queryKey: myNotificationsQuery.queryKey });
  const readOne = useMutation({ mutationFn: markNotificationRead, onSettled: refresh, onError: notifyFailure });
  const readAll = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh, onError: notifyFailure });

  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');

  const open = (event: MouseEvent, notification: Notification) => {
    if (!notification.readAt) readOne.mutate(notification.id);
    // Let a modified click open a new tab as links do; a plain one stays in the app.
    if (notification.link && (event.metaKey || event.ctrlKey || event.shiftKey)) return;
    event.preventDefault();
    if (notification.link) {
      setOpened(false);
      router.history.push(notification.link);
    }
  };

  return (
    <Popover position="bottom-end" width={380} shadow="md" trapFocus returnFocus opened={opened} onChange={setOpened}>
      <Popover.Target>
        <ActionIcon variant="default" size="lg" aria-label={label} aria-haspopup="dialog" aria-expanded={opened} pos="relative" style={{ overflow: 'visible' }} onClick={() => setOpened((old) => !old)}>
          <BellIcon />
          {unread > 0 && (
            <Box
              component="span"
              aria-hidden
              pos="absolute"
              top={-6}
              right={-6}
              px={5}
              fz={11}
              fw={700}
              c="white"
              bg="red.8"
              style={{ borderRadius: 999, lineHeight: '18px', minWidth: 18, textAlign: 'center' }}
            >
              {unread > 99 ? '99+' : unread}
            </Box>
          )}
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('notifications.heading')} p="xs">
        <Stack gap="xs">
          <Title order={2} size="h5" px="xs">
            {t('notifications.heading')}
          </Title>
          {items.length === 0 && (
            <Text size="sm" px="xs">
              {t('notifications.empty')}
            </Text>
          )}
          {items.length > 0 && (
            <ScrollArea.Autosize mah="60vh" type="auto">
              <List listStyleType="none" spacing={2}>
                {items.map((notification) => (
                  <List.Item key={notification.id}>
                    <UnstyledButton
                      component="a"
                      href={notification.link ?? '#'}
                      onClick={(event: MouseEvent) => open(event, notification)}
                      className="varn-notification"
                      display="block"
                      p="xs"
                    >
                      <Text size="sm" fw={notification.readAt ? 400 : 700}>
                        {!notification.readAt && <span className="varn-visually-hidden">{t('notifications.unread')}: </span>}
                        {renderNotification(notification.kind, notification.params, locale)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(notification.createdAt, locale)}
                      </Text>
                    </UnstyledButton>
                  </List.Item>
                ))}
              </List>
            </ScrollArea.Autosize>
          )}
          <Button variant="default" size="xs" disabled={unread === 0} onClick={() => readAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
