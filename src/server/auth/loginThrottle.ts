import { inArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { loginThrottle } from '../db/schema/index.js';

export interface ThrottleRule {
  /** Failures allowed within the window before sign-in is refused. */
  limit: number;
  windowMs: number;
  blockMs: number;
}

export const throttleRules = {
  account: { limit: 10, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
  ip: { limit: 50, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
} satisfies Record<string, ThrottleRule>;

/** E-mail is trimmed and lower-cased so case or spaces do not give an attacker fresh counters. */
export const throttleKeys = (email: string, ip: string) => ({
  account: `account:${email.trim().toLowerCase()}`,
  ip: `ip:${ip}`,
});

/** Seconds until sign-in may be tried again for any of these keys, or 0 if it may now. */
export async function secondsBlocked(tx: Tx, keys: string[], now = new Date()): Promise<number> {
  const rows = await tx.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
  const waits = rows
    .filter((row) => row.blockedUntil && new Date(row.blockedUntil) > now)
    .map((row) => Math.ceil((new Date(row.blockedUntil!).getTime() - now.getTime()) / 1000));
  return Math.max(0, ...waits);
}

/**
 * Counts an attempt as a failure before the password is even checked, in one atomic
 * upsert, so parallel attempts cannot all slip past the limit. A window older than the
 * rule's restarts at 1; reaching the limit blocks the key. Returns the count now.
 */
export async function recordFailure(tx: Tx, key: string, rule: ThrottleRule, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - rule.windowMs).toISOString();
  const blockUntil = new Date(now.getTime() + rule.blockMs).toISOString();
  const result = (await tx.execute(sql`
    insert into login_throttle (key, failures, window_started_at)
    values (${key}, 1, ${now.toISOString()})
    on conflict (key) do update set
      failures = case when login_throttle.window_started_at < ${windowStart} then 1 else login_throttle.failures + 1 end,
      window_started_at = case when login_throttle.window_started_at < ${windowStart} then ${now.toISOString()}::timestamptz else login_throttle.window_started_at end
    returning failures`)) as unknown as { rows: Array<{ failures: number }> };
  const failures = Number(result.rows[0].failures);
  if (failures >= rule.limit) {
    await tx.execute(sql`update login_throttle set blocked_until = ${blockUntil} where key = ${key} and failures >= ${rule.limit}`);
  }
  return failures;
}

/** A success takes back the attempt counted in advance; for an account it forgives them all. */
export async function forgiveAttempt(tx: Tx, key: string, rule: ThrottleRule, everything: boolean): Promise<void> {
  if (everything) {
    await tx.delete(loginThrottle).where(inArray(loginThrottle.key, [key]));
    return;
  }
  await tx.execute(sql`
    update login_throttle set
      failures = greatest(failures - 1, 0),
      blocked_until = case when failures - 1 >= ${rule.limit} then blocked_until else null end
    where key = ${key}`);
}
