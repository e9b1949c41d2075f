import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { withSystem } from '../../db/context.js';
import { tenants } from '../../db/schema/index.js';
import { makeTenant } from '../../testing/factories.js';
import { useAdminApp } from '../../testing/fixtures.js';
import type { Client } from '../../testing/testApp.js';
import { makeIncident } from '../incidentDeadlines/testIncidents.js';
import { reportDrafts } from './draftContent.js';

/** The words a pdfmake PDF shows: its text operators, read loosely from the inflated page streams. */
function pdfText(body: Buffer): string {
  const pieces: string[] = [];
  for (const stream of body.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(stream[1]!, 'latin1')).toString('latin1');
    } catch {
      continue; // fonts and images are not text
    }
    for (const shown of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      pieces.push([...shown[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1]!, 'hex').toString('latin1')).join(''));
    }
  }
  return pieces.join('');
}

async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

const csirtName = 'CERT-Test Kommunal';

describe('legal report drafts', () => {
  const setup = useAdminApp();
  let manager: Client;
  let incident: { id: string; number: string };

  beforeAll(async () => {
    await withSystem(setup.database, (tx) => tx.update(tenants).set({ csirtName, csirtContact: 'rapport@cert.test' }).where(eq(tenants.id, setup.tenant.tenantId)));
    manager = await setup.signInNewUser([{ role: 'incident_manager' }]);
    await setup.tenant.user([{ role: 'data_protection_officer' }]);
    incident = await makeIncident(setup.tenant, {
      awareAt: new Date(Date.now() - 30 * 3_600_000).toISOString(),
      title: 'Utpressningsvirus i skolans lärplattform',
      description: 'Filer på lärplattformens server krypterades under natten.',
      significant: true,
      personalData: true,
      peopleAffected: 1200,
      cause: 'malicious_human',
      crimeSuspected: true,
      severity: 4,
      aspects: ['T', 'K'],
    });
  });

  const url = (draft: string, format: string, id = incident.id) => `/api/v1/incidents/${id}/report-drafts/${draft}?format=${format}`;

  it.each(reportDrafts.flatMap((draft) => [[draft, 'pdf'] as const, [draft, 'docx'] as const]))('%s as %s names the incident and the CSIRT', async (draft, format) => {
    const response = await manager.get(url(draft, format));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const body = response.rawPayload;
    let text: string;
    if (format === 'pdf') {
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(body.subarray(0, 4).toString()).toBe('%PDF');
      text = pdfText(body);
    } else {
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(body.subarray(0, 2).toString()).toBe('PK');
      text = await docxText(body);
    }
    expect(text).toContain(incident.number);
    expect(text).toContain(csirtName);
    // What the incident does not hold is a marked blank, in the caller's language (Swedish by default).
    expect(text).toContain('[Fyll i:');
  });

  it('fills the IMY notification with the numbers and the data protection officer, and answers in English for an English reader', async () => {
    const swedish = await docxText((await manager.get(url('imy_notification', 'docx'))).rawPayload);
    expect(swedish).toContain('cirka 1200');
    expect(swedish).toContain('Personuppgifter kan ha röjts för obehöriga');
    expect(swedish).toMatch(/Test .*@.*\.test/);

    const english = await setup.signInNewUser([{ role: 'incident_manager' }]);
    expect((await english.patch('/api/v1/me', { locale: 'en' })).statusCode).toBe(200);
    const early = pdfText((await english.get(url('csirt_early_warning', 'pdf'))).rawPayload);
    expect(early).toContain('Early warning of a significant incident');
    expect(early).toContain('Yes.');
    expect(early).toContain('[Fill in:');
  });

  it('refuses an unknown draft or format, another tenant and people who do not handle incidents', async () => {
    expect((await manager.get(url('police_report', 'pdf'))).statusCode).toBe(400);
    expect((await manager.get(url('csirt_notification', 'odt'))).statusCode).toBe(400);
    const foreign = await makeIncident(await makeTenant(setup.database), { significant: true });
    expect((await manager.get(url('csirt_notification', 'pdf', foreign.id))).statusCode).toBe(404);
    const dpo = await setup.signInNewUser([{ role: 'data_protection_officer' }]);
    expect((await dpo.get(url('imy_notification', 'pdf'))).statusCode).toBe(403);
  });
});
