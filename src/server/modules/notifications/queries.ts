import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { NotificationKind } from '../../../shared/notifications.js';
import type { Notification } from '../../../shared/schemas/notifications.js';
import type { TenantContext } from '../../db/context.js';
import { notifications, people } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';

type NotificationRow = typeof notifications.$inferSelect;

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    params: row.params,
    link: row.link,
    createdAt: toIso(row.createdAt),
    readAt: toIso(row.readAt),
  };
}

/** Which of these ids are people of the tenant: a notification never reaches another tenant. */
export async function peopleOfTenant(ctx: TenantContext, personIds: string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await ctx.tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.tenantId, ctx.tenantId), inArray(people.id, personIds)));
  return rows.map((row) => row.id);
}

export async function insertNotifications(
  ctx: TenantContext,
  values: { personIds: string[]; kind: NotificationKind; params: Record<string, string>; link: string | null },
): Promise<void> {
  if (values.personIds.length === 0) return;
  await ctx.tx.insert(notifications).values(
    values.personIds.map((personId) => ({ tenantId: ctx.tenantId, personId, kind: values.kind, params: values.params, link: values.link })),
  );
}

export async function latestNotificationsOf(ctx: TenantContext, personId: string, limit: number): Promise<NotificationRow[]> {
  return ctx.tx
    .select()
    .from(notifications)
    .where(and(eq(notifications.tenantId, ctx.tenantId), eq(notifications.personId, personId)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnreadOf(ctx: TenantContext, personId: string): Promise<number> {
  const [row] = await ctx.tx
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.tenantId, ctx.tenantId), eq(notifications.personId, personId), isNull(notifications.readAt)));
  return Number(row.unread);
}

/** Marks one of the person's notifications read (once); false when it is not theirs or does not exist. */
export async function markNotificationRead(ctx: TenantContext, personId: string, id: string): Promise<boolean> {
  const rows = await ctx.tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.tenantId, ctx.tenantId), eq(notifications.personId, personId), eq(notifications.id, id)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllNotificationsRead(ctx: TenantContext, personId: string): Promise<void> {
  await ctx.tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.tenantId, ctx.tenantId), eq(notifications.personId, personId), isNull(notifications.readAt)));
}
