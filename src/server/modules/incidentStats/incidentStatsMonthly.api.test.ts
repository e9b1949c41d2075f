import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatsRows, StatsSeries, StatsTimes } from '../../../shared/schemas/incident.js';
import { withTenant } from '../../db/context.js';
import { incidentDeadlines, incidents } from '../../db/schema/index.js';
import { useAdminApp } from '../../testing/fixtures.js';
import type { Client } from '../../testing/testApp.js';
import { incidentFactory } from './testIncidents.js';
import { durations } from './times.js';

/** What the statistics should see of one incident; the test keeps it in step with the row. */
interface Known {
  id: string;
  awareAt: string;
  unit: 'root' | 'social' | 'homeCare' | 'technical';
  severity: number | null;
  cause: string | null;
  categories: string[];
  resolveHours: number | null;
  /** Its legal reports: due 72 h after awareness, submitted (or not) so many hours after that. */
  reports: Array<{ stage: 'early_warning' | 'notification'; lateHours: number | null; waived: boolean }>;
}

const groupings = ['severity', 'cause', 'category', 'orgUnit'] as const;
const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
const stockholmMonth = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Stockholm' }).toFormat('yyyy-MM');

/**
 * Whole Stockholm months are read from the counts the triggers keep, the partial months at a
 * range's ends from the incidents. This checks both against a count made here, after inserts,
 * edits that move incidents between keys, units and months, and a delete.
 */
describe('incident statistics: whole months from the monthly counts', () => {
  const setup = useAdminApp();
  const known: Known[] = [];
  const unitIds: Record<Known['unit'], string> = { root: '', social: '', homeCare: '', technical: '' };
  let ciso: Client;

  const inTenant = <T>(work: Parameters<typeof withTenant<T>>[3]) => withTenant(setup.database, setup.tenant.tenantId, null, work);

  async function update(id: string, change: Partial<Omit<Known, 'id'>>) {
    const row = known.find((incident) => incident.id === id)!;
    Object.assign(row, change);
    await inTenant((ctx) =>
      ctx.tx
        .update(incidents)
        .set({
          awareAt: row.awareAt,
          orgUnitId: unitIds[row.unit],
          severity: row.severity,
          cause: row.cause,
          categories: row.categories,
          resolvedAt: row.resolveHours === null ? null : new Date(Date.parse(row.awareAt) + row.resolveHours * 3_600_000).toISOString(),
        })
        .where(eq(incidents.id, id)),
    );
  }

  beforeAll(async () => {
    const factory = incidentFactory(setup.tenant);
    const social = await setup.tenant.unit('Socialförvaltningen');
    Object.assign(unitIds, {
      root: setup.tenant.rootOrgUnitId,
      social: social.id,
      homeCare: (await setup.tenant.unit('Hemtjänst', social.id, 'avdelning')).id,
      technical: (await setup.tenant.unit('Tekniska förvaltningen')).id,
    });
    ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    // Through 2025: around the Stockholm month starts (23:00 or 22:00 UTC the day before) and both daylight-saving changes.
    const times = ['2025-01-15T10:00:00Z', '2025-01-31T22:59:00Z', '2025-01-31T23:00:00Z', '2025-02-14T12:00:00Z', '2025-03-30T00:30:00Z', '2025-03-30T01:30:00Z',
      '2025-03-31T21:59:00Z', '2025-03-31T22:00:00Z', '2025-05-20T08:00:00Z', '2025-10-26T00:30:00Z', '2025-10-26T01:30:00Z', '2025-10-31T23:30:00Z'];
    const units: Known['unit'][] = ['root', 'social', 'homeCare', 'technical'];
    const causes = [null, 'malicious_human', 'system_failure'];
    const categorySets = [[], ['attack'], ['attack', 'blocked_access'], ['handling_error']];
    for (let n = 0; n < 36; n += 1) {
      const incident: Omit<Known, 'id'> = {
        awareAt: times[n % times.length]!,
        unit: units[n % units.length]!,
        severity: n % 5 === 0 ? null : 1 + (n % 4),
        cause: causes[n % causes.length]!,
        categories: categorySets[n % categorySets.length]!,
        resolveHours: n % 3 === 0 ? null : 1 + ((n * 7) % 50),
        reports: n % 2 === 0 ? [] : [{ stage: 'early_warning', lateHours: n % 3 === 0 ? null : (n % 5) - 2, waived: false }, { stage: 'notification', lateHours: -1, waived: n % 7 === 0 }],
      };
      const { id } = await factory.incident({
        awareAt: incident.awareAt,
        orgUnitId: unitIds[incident.unit],
        severity: incident.severity,
        cause: incident.cause,
        categories: incident.categories,
        resolvedAt: incident.resolveHours === null ? null : new Date(Date.parse(incident.awareAt) + incident.resolveHours * 3_600_000).toISOString(),
      });
      known.push({ id, ...incident });
      for (const report of incident.reports) {
        const dueAt = hoursAfter(incident.awareAt, 72);
        await factory.deadline(id, { stage: report.stage, dueAt, waived: report.waived, submittedAt: report.lateHours === null ? null : hoursAfter(dueAt, report.lateHours) });
      }
    }
    // A missing report is submitted late; the incident with it moves to another unit and month below.
    const missing = known.find((incident) => incident.reports.some((report) => report.lateHours === null))!;
    const report = missing.reports.find((candidate) => candidate.lateHours === null)!;
    report.lateHours = 5;
    await inTenant((ctx) =>
      ctx.tx
        .update(incidentDeadlines)
        .set({ submittedAt: hoursAfter(missing.awareAt, 72 + 5) })
        .where(and(eq(incidentDeadlines.incidentId, missing.id), eq(incidentDeadlines.stage, report.stage))),
    );
    await update(missing.id, { unit: 'homeCare', awareAt: '2025-08-05T10:00:00Z' });
    // Edits move incidents between keys, units and months; one is deleted.
    await update(known[0]!.id, { severity: 4, cause: 'system_failure', categories: ['attack'] });
    await update(known[1]!.id, { unit: 'technical', awareAt: '2025-06-10T10:00:00Z' });
    await update(known[2]!.id, { resolveHours: 400 });
    // One without legal reports can be deleted (the reports keep theirs).
    await inTenant((ctx) => ctx.tx.delete(incidents).where(eq(incidents.id, known[4]!.id)));
    known.splice(4, 1);
  });

  const forvaltning = (unit: Known['unit']) => unitIds[unit === 'homeCare' ? 'social' : unit];
  const keysOf = (incident: Known, grouping: (typeof groupings)[number]): string[] => {
    if (grouping === 'severity') return [incident.severity === null ? 'none' : String(incident.severity)];
    if (grouping === 'cause') return [incident.cause ?? 'none'];
    if (grouping === 'orgUnit') return [forvaltning(incident.unit)];
    return incident.categories.length > 0 ? incident.categories : ['none'];
  };
  const inRange = (from?: string, to?: string) =>
    known.filter((incident) => (!from || Date.parse(incident.awareAt) >= Date.parse(from)) && (!to || Date.parse(incident.awareAt) < Date.parse(to)));

  const ranges: Array<[string, string | undefined, string | undefined]> = [
    ['everything', undefined, undefined],
    ['whole Stockholm months (Feb–Mar)', '2025-01-31T23:00:00Z', '2025-03-31T22:00:00Z'],
    ['mid-month to mid-month', '2025-01-20T00:00:00Z', '2025-10-26T01:00:00Z'],
    ['only a start, mid-month', '2025-03-30T01:00:00Z', undefined],
    ['only an end, on a UTC month start', undefined, '2025-04-01T00:00:00Z'],
    ['within one month', '2025-03-01T00:00:00Z', '2025-03-30T01:00:00Z'],
  ];

  it.each(ranges)('counts every grouping like a count of the incidents: %s', async (_name, from, to) => {
    const query = [from && `from=${from}`, to && `to=${to}`].filter(Boolean).join('&');
    for (const grouping of groupings) {
      const response = await ciso.get(`/api/v1/incidents/stats?groupBy=${grouping}${query ? `&${query}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const result = response.json<StatsRows>();
      const expected = new Map<string, number>();
      for (const incident of inRange(from, to)) for (const key of keysOf(incident, grouping)) expected.set(key, (expected.get(key) ?? 0) + 1);
      expect(Object.fromEntries(result.rows.map((row) => [row.key, row.count])), grouping).toEqual(Object.fromEntries(expected));
      expect(result.total).toBe(inRange(from, to).length);
    }
  });

  it.each(ranges)('counts the legal reports made on time like a count of the reports: %s', async (_name, from, to) => {
    const query = [from && `from=${from}`, to && `to=${to}`].filter(Boolean).join('&');
    const times = (await ciso.get(`/api/v1/incidents/stats/times${query ? `?${query}` : ''}`)).json<StatsTimes>();
    const reports = inRange(from, to).flatMap((incident) => incident.reports.filter((report) => !report.waived));
    // Every report here was due in 2025, so a missing one is late.
    expect(times.legalReports.due).toBe(reports.length);
    expect(times.legalReports.onTime).toBe(reports.filter((report) => report.lateHours !== null && report.lateHours <= 0).length);
  });

  it('puts every incident in its Stockholm month in the series', async () => {
    const response = await ciso.get('/api/v1/incidents/stats/series?groupBy=severity&period=month&from=2025-01-10T00:00:00Z&to=2025-12-01T00:00:00Z');
    const series = response.json<StatsSeries>();
    const expected = series.periods.map((period) => inRange('2025-01-10T00:00:00Z', '2025-12-01T00:00:00Z').filter((incident) => stockholmMonth(incident.awareAt) === period).length);
    const counted = series.periods.map((_, n) => series.series.reduce((sum, entry) => sum + entry.counts[n]!, 0));
    expect(counted).toEqual(expected);
    expect(series.periods[0]).toBe('2025-01');
  });

  it('reads the time to resolve from the monthly buckets within 2 % of the exact median and p90', async () => {
    for (const [from, to] of [[undefined, undefined], ['2025-01-20T00:00:00Z', '2025-10-26T01:00:00Z']]) {
      const scope = { from, to, reach: { everywhere: true as const } };
      const exact = await inTenant((ctx) => durations(ctx, scope));
      const fromBuckets = await inTenant((ctx) => durations(ctx, scope, 0));
      expect(fromBuckets.resolve.count).toBe(inRange(from, to).filter((incident) => incident.resolveHours !== null).length);
      expect(fromBuckets.resolve.count).toBe(exact.resolve.count);
      for (const n of [0, 1]) {
        const [approximate, precise] = [fromBuckets.resolve.hours![n]!, exact.resolve.hours![n]!];
        expect(Math.abs(approximate - precise) / precise).toBeLessThan(0.02);
      }
    }
  });
});
