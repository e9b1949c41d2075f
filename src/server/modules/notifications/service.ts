import { missingNotificationParams, type NotificationKind } from '../../../shared/notifications.js';
import type { MyNotifications } from '../../../shared/schemas/notifications.js';
import type { TenantContext } from '../../db/context.js';
import { notFound, unauthenticated } from '../../http/domainError.js';
import {
  countUnreadOf,
  insertNotifications,
  latestNotificationsOf,
  markAllNotificationsRead,
  markNotificationRead,
  peopleOfTenant,
  toNotification,
} from './queries.js';

export type { NotificationKind };

export interface NotifyInput {
  /** Who to tell; nulls, repeats, the acting person and people of other tenants are skipped. */
  personIds: ReadonlyArray<string | null | undefined>;
  kind: NotificationKind;
  /** Values for the kind's message template (src/shared/notifications.ts). */
  params: Record<string, string>;
  /** A path in the web app, e.g. `/my-surveys`. */
  link?: string;
}

/**
 * Tells people about a change, in the caller's transaction: the notifications commit or roll
 * back with the change that caused them. Not audited on their own, since that change is.
 * Returns how many people were notified.
 */
export async function notify(ctx: TenantContext, input: NotifyInput): Promise<number> {
  // A missing parameter or an outside link is a programming mistake, not bad user input.
  const missing = missingNotificationParams(input.kind, input.params);
  if (missing.length > 0) throw new Error(`Notification ${input.kind} lacks parameter(s): ${missing.join(', ')}`);
  if (input.link !== undefined && !/^\/(?!\/)/.test(input.link)) throw new Error(`Notification link must be a path in the app: ${input.link}`);
  const wanted = new Set(input.personIds.filter((id): id is string => typeof id === 'string' && id.length > 0));
  if (ctx.actor) wanted.delete(ctx.actor.personId);
  const personIds = await peopleOfTenant(ctx, [...wanted]);
  await insertNotifications(ctx, { personIds, kind: input.kind, params: input.params, link: input.link ?? null });
  return personIds.length;
}

const latestCount = 50;

function actorPersonId(ctx: TenantContext): string {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor.personId;
}

export async function myNotifications(ctx: TenantContext): Promise<MyNotifications> {
  const personId = actorPersonId(ctx);
  const rows = await latestNotificationsOf(ctx, personId, latestCount);
  return { items: rows.map(toNotification), unread: await countUnreadOf(ctx, personId) };
}

/** Someone else's notification reads exactly like one that does not exist. */
export async function readMyNotification(ctx: TenantContext, id: string): Promise<void> {
  if (!(await markNotificationRead(ctx, actorPersonId(ctx), id))) throw notFound('notification');
}

export async function readAllMyNotifications(ctx: TenantContext): Promise<void> {
  await markAllNotificationsRead(ctx, actorPersonId(ctx));
}
