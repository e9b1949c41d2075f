import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, testPassword, type TestTenant } from '../../testing/factories.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { readAuditEvents, signIn, type Client } from '../../testing/testApp.js';
import { sampleFiles } from './sampleFiles.js';

describe('incident attachments', () => {
  const setup = useAdminApp();
  let manager: Client;
  let employee: Client;
  let incidentId: string;

  const attachmentsUrl = (id: string, fileName: string) => `/api/v1/incidents/${id}/attachments?fileName=${encodeURIComponent(fileName)}`;
  const upload = (client: Client, id: string, fileName: string, bytes: Buffer) => client.post(attachmentsUrl(id, fileName), bytes);
  const report = async (client: Client) => (await client.post('/api/v1/incidents', { title: 'Misstänkt nätfiske', description: 'Ett mejl bad mig logga in.' })).json().id as string;

  beforeAll(async () => {
    manager = await setup.signInNewUser([{ role: 'incident_manager' }]);
    employee = await setup.signInNewUser([]);
    incidentId = await report(employee);
  });

  it('keeps each accepted kind of file with the type its bytes show', async () => {
    const kinds = [
      ['png', 'skärmbild.png', 'image/png'],
      ['jpeg', 'foto.jpg', 'image/jpeg'],
      ['gif', 'animering.gif', 'image/gif'],
      ['webp', 'bild.webp', 'image/webp'],
      ['heic', 'IMG_0042.HEIC', 'image/heic'],
      ['pdf', 'polisanmälan.pdf', 'application/pdf'],
      ['docx', 'minnesanteckningar.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['xlsx', 'berörda.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['pptx', 'genomgång.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      ['odt', 'rapport.odt', 'application/vnd.oasis.opendocument.text'],
      ['ods', 'tabell.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
      ['text', 'logg.txt', 'text/plain'],
      ['csv', 'händelser.csv', 'text/csv'],
      ['email', 'nätfiske.eml', 'message/rfc822'],
    ] as const;
    const id = await report(employee);
    for (const [kind, fileName, mediaType] of kinds) {
      const response = await upload(manager, id, fileName, sampleFiles[kind]);
      expect(response.statusCode, `${kind}: ${response.body}`).toBe(201);
      expect(response.json()).toMatchObject({ fileName, mediaType, size: sampleFiles[kind].length, uploadedBy: { name: expect.any(String) } });
    }
    // The sender's content type is not trusted either: a PDF sent as "CSV" is still a PDF.
    const disguised = await setup.app.inject({
      method: 'POST',
      url: attachmentsUrl(id, 'faktura.csv'),
      cookies: { varn_session: manager.cookie },
      headers: { 'x-csrf-token': manager.csrfToken, 'content-type': 'text/csv' },
      payload: sampleFiles.pdf,
    });
    expect(disguised.json()).toMatchObject({ fileName: 'faktura.csv.pdf', mediaType: 'application/pdf' });
  });

  it('refuses what could render or run, saying what it looks like, and keeps nothing', async () => {
    const id = await report(employee);
    for (const [kind, fileName, looksLike] of [
      ['html', 'sida.html', 'HTML'],
      ['svg', 'logga.svg', 'SVG'],
      ['xml', 'data.xml', 'XML'],
      ['textWithScript', 'anteckning.txt', 'script'],
      ['exe', 'faktura.pdf', 'EXE'],
      ['zip', 'bilagor.zip', 'ZIP'],
    ] as const) {
      const response = await upload(manager, id, fileName, sampleFiles[kind]);
      expect(response.statusCode, kind).toBe(415);
      expect(response.json()).toMatchObject({ code: 'attachment_type_not_allowed', detail: expect.stringContaining(looksLike) });
    }
    expect((await manager.get(`/api/v1/incidents/${id}`)).json().attachments).toEqual([]);
  });

  it('refuses files over 10 MB naming the limit, empty files, and bodies that are not a file', async () => {
    const tooLarge = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const declared = await upload(manager, incidentId, 'stor.txt', tooLarge);
    expect(declared.statusCode).toBe(413);
    expect(declared.json()).toMatchObject({ code: 'body_too_large', detail: expect.stringContaining('10 MB') });
    // Sent without a declared length, the body is counted as it arrives.
    const streamed = await setup.app.inject({
      method: 'POST',
      url: attachmentsUrl(incidentId, 'stor.txt'),
      cookies: { varn_session: manager.cookie },
      headers: { 'x-csrf-token': manager.csrfToken, 'content-type': 'application/octet-stream' },
      payload: Readable.from([tooLarge.subarray(0, 6 * 1024 * 1024), tooLarge.subarray(6 * 1024 * 1024)]),
    });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json().detail).toContain('10 MB');
    const justUnder = await upload(manager, incidentId, 'nästan.txt', Buffer.alloc(10 * 1024 * 1024, 'a'));
    expect(justUnder.statusCode).toBe(201);

    expect((await upload(manager, incidentId, 'tom.txt', Buffer.alloc(0))).json()).toMatchObject({ status: 400, code: 'empty_file' });
    expect((await manager.post(attachmentsUrl(incidentId, 'a.txt'), { content: 'hej' })).statusCode).toBe(415);
    const noName = await manager.post(`/api/v1/incidents/${incidentId}/attachments`, sampleFiles.text);
    expect(noName.statusCode).toBe(400);
    expect(noName.json().errors.map((e: { path: string }) => e.path)).toContain('querystring.fileName');
    expect((await upload(manager, incidentId, '../..', sampleFiles.text)).json()).toMatchObject({ status: 400, errors: [{ path: 'querystring.fileName' }] });
  });

  it('serves a file only as a download, with the type it was stored with, byte for byte', async () => {
    const stored = (await upload(manager, incidentId, '../../Skärmbild 2026-03-02.png', sampleFiles.png)).json();
    expect(stored.fileName).toBe('Skärmbild 2026-03-02.png');
    const response = await manager.get(`/api/v1/incidents/${incidentId}/attachments/${stored.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(sampleFiles.png)).toBe(true);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Skarmbild 2026-03-02.png"; filename\*=UTF-8''Sk%C3%A4rmbild/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/^sandbox/);

    const text = (await upload(manager, incidentId, 'logg.txt', sampleFiles.text)).json();
    const textResponse = await manager.get(`/api/v1/incidents/${incidentId}/attachments/${text.id}`);
    expect(textResponse.headers['content-type']).toMatch(/^text\/plain/);
    expect(textResponse.body).toBe(sampleFiles.text.toString('utf8'));
  });

  it('records each file on the timeline and in the audit trail, never its content', async () => {
    const id = await report(employee);
    const stored = (await upload(manager, id, 'logg.txt', sampleFiles.text)).json();
    const detail = (await manager.get(`/api/v1/incidents/${id}`)).json();
    expect(detail.timeline).toContainEqual(expect.objectContaining({ kind: 'attachment', to: 'logg.txt' }));
    expect(detail.attachments.map((a: { id: string }) => a.id)).toEqual([stored.id]);
    const audit = await readAuditEvents(setup.admin, `entityType=incident&entityId=${id}`);
    const added = audit.items.find((event) => event.action === 'incident.attachment_added');
    expect(added?.after).toMatchObject({ attachmentId: stored.id, fileName: 'logg.txt', mediaType: 'text/plain' });
    expect(JSON.stringify(audit.items)).not.toContain('löneenheten');
  });

  it('lets a reporter add files to their own report and fetch only the files they sent', async () => {
    const id = await report(employee);
    const mine = await upload(employee, id, 'mejlet.eml', sampleFiles.email);
    expect(mine.statusCode).toBe(201);
    const theirs = (await upload(manager, id, 'analys.txt', sampleFiles.text)).json();
    expect((await employee.get(`/api/v1/incidents/${id}/attachments/${mine.json().id}`)).statusCode).toBe(200);
    expect((await employee.get(`/api/v1/incidents/${id}/attachments/${theirs.id}`)).statusCode).toBe(404);
    expect((await manager.get(`/api/v1/incidents/${id}/attachments/${mine.json().id}`)).statusCode).toBe(200);
    // A colleague who is not part of it reaches neither the incident nor its files.
    const colleague = await setup.signInNewUser([]);
    expect((await colleague.get(`/api/v1/incidents/${id}/attachments/${mine.json().id}`)).statusCode).toBe(404);
    expect((await upload(colleague, id, 'x.txt', sampleFiles.text)).statusCode).toBe(404);
  });

  it('answers 404 for another organisation\'s incident and for a file of another incident', async () => {
    const stored = (await upload(manager, incidentId, 'logg.txt', sampleFiles.text)).json();
    const other: TestTenant = await makeTenant(setup.database);
    const foreignManager = await signIn(setup.app, (await other.user([{ role: 'incident_manager' }])).email, testPassword);
    expect((await foreignManager.get(`/api/v1/incidents/${incidentId}/attachments/${stored.id}`)).statusCode).toBe(404);
    expect((await upload(foreignManager, incidentId, 'x.txt', sampleFiles.text)).statusCode).toBe(404);
    const otherIncident = await report(employee);
    expect((await manager.get(`/api/v1/incidents/${otherIncident}/attachments/${stored.id}`)).statusCode).toBe(404);
    expect((await manager.get(`/api/v1/incidents/${incidentId}/attachments/${randomUUID()}`)).statusCode).toBe(404);
  });
});
