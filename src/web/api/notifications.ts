import { queryOptions } from '@tanstack/react-query';
import type { MyNotifications, Notification } from '../../shared/schemas/notifications';
import { api } from './client';

export type { MyNotifications, Notification };

/** Polled once a minute, so a new notification shows up without a reload. */
export const myNotificationsQuery = queryOptions({
  queryKey: ['me', 'notifications'],
  queryFn: () => api.get<MyNotifications>('/api/v1/me/notifications'),
  refetchInterval: 60_000,
});

export const markNotificationRead = (id: string) => api.post<void>(`/api/v1/me/notifications/${id}/read`);
export const markAllNotificationsRead = () => api.post<void>('/api/v1/me/notifications/read-all');
