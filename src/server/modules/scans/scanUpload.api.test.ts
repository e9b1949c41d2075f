import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makeTenant, testPassword } from '../../testing/factories.js';
import { MultipartForm } from '../../testing/multipartForm.js';
import { signIn } from '../../testing/testApp.js';
import { nessusItem, nessusReport } from './testReports.js';
import { importReport, uploadReport, useScanApp } from './testScanApp.js';

const oneFinding = () => nessusReport([{ name: '10.0.0.1', items: [nessusItem()] }]);
const report = () => ({ name: 'rapport.nessus', content: oneFinding() });

describe('scanner report upload', () => {
  const setup = useScanApp(4096);
  const scanCount = async () => (await setup.ciso.get('/api/v1/scans?limit=200')).json().total as number;

  it('refuses a form without scope or file, with an unknown format or field, naming the field', async () => {
    const cases = [
      [uploadReport(setup.ciso, null, report()), 400, 'scope'],
      [uploadReport(setup.ciso, '   ', report()), 400, 'scope'],
      [uploadReport(setup.ciso, 'Nätverk skola', null), 400, 'file'],
      [uploadReport(setup.ciso, 'Nätverk skola', report(), 'qualys-xml'), 400, 'format'],
      [setup.ciso.post('/api/v1/scans', new MultipartForm([{ name: 'scope', value: 'X' }, { name: 'comment', value: 'hej' }, { name: 'file', fileName: 'a.json', content: report().content }])), 400, 'comment'],
      [setup.ciso.post('/api/v1/scans', new MultipartForm([{ name: 'scope', value: 'X' }, { name: 'report', fileName: 'a.json', content: report().content }])), 400, 'report'],
    ] as const;
    for (const [pending, status, field] of cases) {
      const response = await pending;
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().detail, response.body).toContain(field);
    }
    expect(await scanCount()).toBe(0);
    expect(setup.uploadsOnDisk()).toEqual([]);
  });

  it('refuses an empty file and one whose format it cannot tell, keeping nothing', async () => {
    const empty = await uploadReport(setup.ciso, 'Nätverk skola', { name: 'tom.json', content: Buffer.alloc(0) });
    expect(empty.statusCode, empty.body).toBe(422);
    expect(empty.json()).toMatchObject({ code: 'empty_file', errors: [{ path: 'file' }] });
    const unknown = await uploadReport(setup.ciso, 'Nätverk skola', { name: 'anteckningar.txt', content: Buffer.from('Inte en skannerrapport\n') });
    expect(unknown.statusCode, unknown.body).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'unknown_format', errors: [{ path: 'file' }] });
    expect(unknown.json().detail).toContain('nessus-xml');
    expect(await scanCount()).toBe(0);
    expect(setup.uploadsOnDisk()).toEqual([]);
  });

  it('refuses a file over the cap with 413 naming the limit, deleting what had arrived', async () => {
    const large = nessusReport([{ name: '10.0.0.1', items: Array.from({ length: 40 }, () => nessusItem()) }]);
    expect(large.length).toBeGreaterThan(4096);
    const response = await uploadReport(setup.ciso, 'Nätverk skola', { name: 'stor.json', content: large });
    expect(response.statusCode, response.body).toBe(413);
    expect(response.json()).toMatchObject({ code: 'file_too_large', detail: 'The file is larger than the 4096 bytes limit' });
    // Refused while streaming too, when the request does not declare its length up front.
    const form = new MultipartForm([{ name: 'scope', value: 'Nätverk skola' }, { name: 'file', fileName: 'stor.json', content: large }]);
    const streamed = await setup.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      cookies: { varn_session: setup.ciso.cookie },
      headers: { 'x-csrf-token': setup.ciso.csrfToken, 'content-type': form.contentType },
      payload: Readable.from([form.payload]),
    });
    expect(streamed.statusCode, streamed.body).toBe(413);
    // A declared length far past the cap is refused before a byte is read.
    const declared = await uploadReport(setup.ciso, 'Nätverk skola', { name: 'enorm.json', content: Buffer.alloc(200 * 1024, 'x') });
    expect(declared.statusCode, declared.body).toBe(413);
    expect(declared.json().detail).toBe('The file is larger than the 4096 bytes limit');
    expect(await scanCount()).toBe(0);
    expect(setup.uploadsOnDisk()).toEqual([]);
  });

  it('takes the report only as multipart, and multipart only on the upload route', async () => {
    const json = await setup.ciso.post('/api/v1/scans', { scope: 'Nätverk skola' });
    expect(json.statusCode, json.body).toBe(415);
    const raw = await setup.ciso.post('/api/v1/scans', report().content);
    expect(raw.statusCode, raw.body).toBe(415);
    const elsewhere = await setup.ciso.post('/api/v1/incidents', new MultipartForm([{ name: 'title', value: 'Nätfiske' }]));
    expect(elsewhere.statusCode, elsewhere.body).toBe(415);
  });

  it('lets only those with vulnerability roles import and read, tenant-wide', async () => {
    const scan = await importReport(setup.ciso, 'Behörighet', oneFinding());
    const findingId = (await setup.ciso.get(`/api/v1/findings?scope=${scan.scope.id}`)).json().items[0].id;
    const reads = [`/api/v1/scans/${scan.id}`, '/api/v1/scans', '/api/v1/scan-scopes', '/api/v1/findings', `/api/v1/findings/${findingId}`];

    const employee = await setup.signInNewUser([]);
    expect((await uploadReport(employee, 'Behörighet', report())).statusCode).toBe(403);
    for (const url of reads) expect((await employee.get(url)).statusCode, url).toBe(403);

    const auditor = await setup.signInNewUser([{ role: 'auditor' }]);
    for (const url of reads) expect((await auditor.get(url)).statusCode, url).toBe(200);
    expect((await uploadReport(auditor, 'Behörighet', report())).statusCode).toBe(403);

    const sysadmin = await setup.signInNewUser([{ role: 'system_administrator' }]);
    expect((await uploadReport(sysadmin, 'Behörighet', report())).statusCode).toBe(202);
    // Findings are not tied to org units yet: a role held for one förvaltning does not reach them.
    const unit = await setup.tenant.unit('Tekniska förvaltningen');
    const scoped = await setup.signInNewUser([{ role: 'system_administrator', orgUnitId: unit.id }]);
    expect((await scoped.get('/api/v1/findings')).statusCode).toBe(403);
    expect((await uploadReport(scoped, 'Behörighet', report())).statusCode).toBe(403);
  });

  it('hides one tenant’s imports and findings from another', async () => {
    const scan = await importReport(setup.ciso, 'Hemligt', nessusReport([{ name: '10.0.0.1', items: [nessusItem('high', { name: 'Hemkommunens fynd' })] }]));
    const findingId = (await setup.ciso.get(`/api/v1/findings?scope=${scan.scope.id}`)).json().items[0].id;
    const other = await makeTenant(setup.database);
    const foreign = await signIn(setup.app, (await other.user([{ role: 'ciso' }])).email, testPassword);
    expect((await foreign.get(`/api/v1/scans/${scan.id}`)).statusCode).toBe(404);
    expect((await foreign.get(`/api/v1/findings/${findingId}`)).statusCode).toBe(404);
    for (const url of ['/api/v1/scans', '/api/v1/findings', '/api/v1/scan-scopes']) {
      const response = await foreign.get(url);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(scan.id);
      expect(response.body).not.toContain('Hemligt');
      expect(response.body).not.toContain('Hemkommunens fynd');
    }
    // Its own import of the same scope name is a scope of its own.
    const own = await importReport(foreign, 'Hemligt', nessusReport([]));
    expect(own.scope.id).not.toBe(scan.scope.id);
    expect((await setup.ciso.get(`/api/v1/findings/${findingId}`)).json().status).toBe('open');
  });

  it('answers bad ids and filters with 4xx', async () => {
    expect((await setup.ciso.get('/api/v1/scans/not-a-uuid')).statusCode).toBe(400);
    expect((await setup.ciso.get('/api/v1/scans/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await setup.ciso.get('/api/v1/findings/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const badFilter = await setup.ciso.get('/api/v1/findings?severity=urgent');
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json().detail).toContain('severity');
    expect((await setup.ciso.get('/api/v1/findings?status=closed')).statusCode).toBe(400);
    expect((await setup.ciso.get('/api/v1/findings?overdue=true')).statusCode).toBe(400);
  });
});
