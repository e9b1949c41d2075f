import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatsSeries, StatsTimes } from '../../../shared/schemas/incident.js';
import { useAdminApp } from '../../testing/fixtures.js';
import type { Client } from '../../testing/testApp.js';
import { incidentFactory } from './testIncidents.js';

const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

describe('incident statistics: times, legal reports, series and the workbook', () => {
  const setup = useAdminApp();
  let factory: ReturnType<typeof incidentFactory>;
  let ciso: Client;

  beforeAll(async () => {
    factory = incidentFactory(setup.tenant);
    ciso = await setup.signInNewUser([{ role: 'ciso' }]);
  });

  async function get<T>(url: string): Promise<T> {
    const response = await ciso.get(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  it('gives the median and p90 (interpolated) of the times to detect, resolve and close, in hours', async () => {
    const aware = '2023-02-01T08:00:00Z';
    for (const [n, resolveHours] of [1, 2, 3, 4, 10].entries()) {
      await factory.incident({
        awareAt: aware,
        // Detected 30 minutes after it occurred for the first two, an hour for the rest.
        occurredAt: hoursAfter(aware, -2),
        detectedAt: hoursAfter(aware, n < 2 ? -1.5 : -1),
        resolvedAt: hoursAfter(aware, resolveHours),
        closedAt: n === 0 ? hoursAfter(aware, 48) : null,
        status: n === 0 ? 'closed' : 'resolved',
      });
    }
    await factory.incident({ awareAt: aware, status: 'in_progress' }); // no times yet: not measured

    const times = await get<StatsTimes>('/api/v1/incidents/stats/times?from=2023-02-01T00:00:00Z&to=2023-03-01T00:00:00Z');
    expect(times.detect).toEqual({ count: 5, medianHours: 1, p90Hours: 1 });
    // Positions 0.5 × 4 = 2 and 0.9 × 4 = 3.6 in 1, 2, 3, 4, 10: 3 and 4 + 0.6 × 6.
    expect(times.resolve).toEqual({ count: 5, medianHours: 3, p90Hours: 7.6 });
    expect(times.close).toEqual({ count: 1, medianHours: 48, p90Hours: 48 });
    expect(times.legalReports).toEqual({ due: 0, onTime: 0, late: 0, share: null });

    const none = await get<StatsTimes>('/api/v1/incidents/stats/times?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z');
    expect(none.resolve).toEqual({ count: 0, medianHours: null, p90Hours: null });
  });

  it('counts legal reports due or submitted: on time at or before the due time, late after it or still missing', async () => {
    const aware = '2023-04-03T08:00:00Z';
    const incident = await factory.incident({ awareAt: aware, significant: true, personalData: true });
    const due = (hours: number) => hoursAfter(aware, hours);
    await factory.deadline(incident.id, { stage: 'early_warning', dueAt: due(24), submittedAt: due(24) }); // on time, to the second
    await factory.deadline(incident.id, { stage: 'notification', dueAt: due(72), submittedAt: due(73) }); // late
    await factory.deadline(incident.id, { stage: 'final_report', dueAt: due(800), submittedAt: null }); // missing and overdue: late
    await factory.deadline(incident.id, { regime: 'gdpr', stage: 'notification', dueAt: due(72), waived: true }); // no notification needed
    const recent = await factory.incident({ awareAt: new Date(Date.now() - 3_600_000).toISOString(), significant: true });
    await factory.deadline(recent.id, { stage: 'early_warning', dueAt: new Date(Date.now() + 23 * 3_600_000).toISOString() }); // not yet due
    await factory.deadline(recent.id, { stage: 'notification', dueAt: new Date(Date.now() + 71 * 3_600_000).toISOString(), submittedAt: new Date().toISOString() }); // early

    const april = await get<StatsTimes>('/api/v1/incidents/stats/times?from=2023-04-01T00:00:00Z&to=2023-05-01T00:00:00Z');
    expect(april.legalReports).toEqual({ due: 3, onTime: 1, late: 2, share: 1 / 3 });
    const lastDay = await get<StatsTimes>(`/api/v1/incidents/stats/times?from=${new Date(Date.now() - 86_400_000).toISOString()}`);
    expect(lastDay.legalReports).toEqual({ due: 1, onTime: 1, late: 0, share: 1 });
  });

  it('gives every month and quarter of the range in Stockholm time, zero-filled, across both daylight-saving changes', async () => {
    await factory.incident({ awareAt: '2025-03-31T21:30:00Z', severity: 2 }); // 23:30 on 31 March, summer time
    await factory.incident({ awareAt: '2025-03-31T22:30:00Z', severity: 2 }); // 00:30 on 1 April
    await factory.incident({ awareAt: '2025-10-31T22:30:00Z', severity: 3 }); // 23:30 on 31 October, winter time again
    await factory.incident({ awareAt: '2025-10-31T23:30:00Z' }); // 00:30 on 1 November

    const range = 'from=2025-01-31T23:00:00Z&to=2025-12-31T23:00:00Z'; // February to November, Stockholm time
    const months = await get<StatsSeries>(`/api/v1/incidents/stats/series?groupBy=severity&period=month&${range}`);
    expect(months.periods).toEqual(['2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    expect(months.series).toEqual([
      { key: '2', label: 'Medel', counts: [0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0] },
      { key: '3', label: 'Hög', counts: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0] },
      { key: 'none', label: 'Ej bedömd', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0] },
    ]);
    const quarters = await get<StatsSeries>(`/api/v1/incidents/stats/series?groupBy=severity&period=quarter&${range}`);
    expect(quarters.periods).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(quarters.series.map((entry) => [entry.key, entry.counts])).toEqual([
      ['2', [1, 1, 0, 0]],
      ['3', [0, 0, 0, 1]],
      ['none', [0, 0, 0, 1]],
    ]);
    // Without bounds: from the first incident to now, every month present.
    const all = await get<StatsSeries>('/api/v1/incidents/stats/series?groupBy=category');
    expect(all.periods[0]).toBe('2023-02');
    expect(all.series.every((entry) => entry.counts.length === all.periods.length)).toBe(true);
    expect(all.series.flatMap((entry) => entry.counts).reduce((a, b) => a + b, 0)).toBe((await get<{ total: number }>('/api/v1/incidents/stats?groupBy=category')).total);
  });

  it('exports every grouping, each month by month, and the times as one workbook', async () => {
    const response = await ciso.get('/api/v1/incidents/stats.xlsx?from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(/^attachment;/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Typ', 'Kategori', 'Orsak', 'Förvaltning', 'Allvarlighetsgrad',
      'Typ per månad', 'Kategori per månad', 'Orsak per månad', 'Förvaltning per månad', 'Allvarlighetsgrad per månad',
      'Tider och rapporter',
    ]);
    const severity = workbook.getWorksheet('Allvarlighetsgrad')!;
    const rows = severity.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1));
    expect(rows).toEqual([['Medel', 2], ['Hög', 1], ['Ej bedömd', 1], ['Totalt (antal incidenter)', 4]]);
    const monthly = workbook.getWorksheet('Allvarlighetsgrad per månad')!;
    expect((monthly.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Allvarlighetsgrad', '2025-01', '2025-02']);
  });
});
