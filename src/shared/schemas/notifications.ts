import { z } from 'zod';
import { notificationKinds } from '../notifications.js';

export const notification = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  params: z.record(z.string(), z.string()),
  /** A path in the web app, e.g. `/my-surveys`. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notification>;

/** The caller's latest notifications, and how many of all their notifications are unread. */
export const myNotifications = z.object({
  items: z.array(notification),
  unread: z.number().int(),
});
export type MyNotifications = z.infer<typeof myNotifications>;
