import { idParams } from '../../../shared/schemas/common.js';
import { myNotifications as myNotificationsSchema } from '../../../shared/schemas/notifications.js';
import { defineRoute } from '../../http/route.js';
import { myNotifications, readAllMyNotifications, readMyNotification } from './service.js';

const tags = ['Notifications'];

/** Everyone reads and clears only their own notifications. */
export const notificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/notifications',
    summary: 'My latest 50 notifications and how many are unread',
    tags,
    access: { permission: 'authenticated' },
    response: myNotificationsSchema,
    handler: (ctx) => myNotifications(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/me/notifications/:id/read',
    summary: 'Mark one of my notifications read',
    tags,
    access: { permission: 'authenticated' },
    params: idParams,
    handler: (ctx, { params }) => readMyNotification(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/me/notifications/read-all',
    summary: 'Mark all my notifications read',
    tags,
    access: { permission: 'authenticated' },
    handler: (ctx) => readAllMyNotifications(ctx),
  }),
];
