import { describe, expect, it } from 'vitest';
import { limits } from './limits.js';
import { ScanParseError } from './parsers/types.js';
import { nessusXml, openvasXml, parseError, parseFile, sarifJson, sarifResult, tempReports, trivyJson } from './testing/reportFactories.js';

const files = tempReports();

const xxe = '<?xml version="1.0"?>\n<!DOCTYPE NessusClientData_v2 [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<NessusClientData_v2><Report><ReportHost name="&xxe;"></ReportHost></Report></NessusClientData_v2>\n';
const billionLaughs =
  '<?xml version="1.0"?>\n<!DOCTYPE report [\n <!ENTITY lol "lol">\n <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\n]>\n<report><report><results><result>&lol2;</result></results></report></report>\n';

describe('hostile and broken XML is refused with a message that says where', () => {
  it('refuses an XXE payload: a DOCTYPE declaring an external entity', async () => {
    const error = await parseError(files.write('xxe.nessus', xxe));
    expect(error).toBeInstanceOf(ScanParseError);
    expect(error.message).toMatch(/DOCTYPE with entity declarations is not allowed.*line 2, column 1/);
  });

  it('refuses a billion-laughs payload before expanding anything', async () => {
    const error = await parseError(files.write('laughs.xml', billionLaughs), 'openvas-xml');
    expect(error.message).toMatch(/DOCTYPE with entity declarations is not allowed.*line 2/);
  });

  it('refuses a DOCTYPE that points at an external DTD, and entity references no DTD defines', async () => {
    const external = '<?xml version="1.0"?><!DOCTYPE report SYSTEM "http://evil.example/x.dtd"><report/>';
    expect((await parseError(files.write('dtd.xml', external), 'openvas-xml')).message).toMatch(/external DTD/);
    const undefinedEntity = nessusXml([{ name: 'web01', items: [{ pluginId: 1, description: 'see &secret; here' }] }]);
    expect((await parseError(files.write('entity.nessus', undefinedEntity))).message).toMatch(/Invalid "&".*line 8/);
  });

  it('names the line and column where a truncated file ends, and the element left open', async () => {
    const whole = nessusXml([{ name: 'web01', items: [{ pluginId: 1 }, { pluginId: 2 }] }]);
    const truncated = whole.slice(0, whole.indexOf('<description>', whole.indexOf('pluginID="2"')) + 8);
    const error = await parseError(files.write('cut.nessus', truncated), 'nessus-xml');
    // The cut tag starts at the beginning of the last line.
    expect(error.message).toMatch(new RegExp(`ends inside a tag.*line ${truncated.split('\n').length}, column 1\\)`));
    const cutInText = whole.slice(0, whole.indexOf('A description', whole.indexOf('pluginID="2"')) + 5);
    const lines = cutInText.split('\n');
    expect((await parseError(files.write('cut1.nessus', cutInText), 'nessus-xml')).message).toMatch(
      new RegExp(`<description> is not closed.*line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}\\)`),
    );
    const cutAfterTag = whole.slice(0, whole.indexOf('</ReportItem>') + 13);
    expect((await parseError(files.write('cut2.nessus', cutAfterTag), 'nessus-xml')).message).toMatch(/<ReportHost> is not closed/);
  });

  it('names mismatched tags and text outside the document', async () => {
    const mismatched = '<report><report><results></result></results></report></report>';
    expect((await parseError(files.write('mismatch.xml', mismatched), 'openvas-xml')).message).toMatch(/<\/result> does not match <results>.*line 1, column 26/);
    const trailing = `${openvasXml([])}garbage`;
    expect((await parseError(files.write('trailing.xml', trailing), 'openvas-xml')).message).toMatch(/Text after the end of the document.*line 2/);
  });
});

describe('broken JSON is refused with the line and column', () => {
  it('names where a truncated Trivy report ends', async () => {
    const whole = trivyJson('nginx:1.25', [{ id: 'CVE-2024-1', pkg: 'openssl', version: '3.0.1', severity: 'HIGH' }]);
    const truncated = whole.slice(0, whole.indexOf('"Severity"'));
    const error = await parseError(files.write('cut.json', truncated), 'trivy-json');
    const lines = truncated.split('\n');
    expect(error.message).toMatch(/truncated/);
    expect(error.message).toContain(`line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}`);
  });

  it('names the line of a syntax error in SARIF', async () => {
    const broken = sarifJson([sarifResult('R1', 'a.c', 1)]).replace('"ruleId": "R1",', '"ruleId": "R1" "oops": 1,');
    const error = await parseError(files.write('broken.sarif', broken), 'sarif');
    const line = broken.split('\n').findIndex((text) => text.includes('"oops"')) + 1;
    expect(error.message).toMatch(new RegExp(`Malformed JSON.*line ${line},`));
  });
});

describe('empty and clean reports', () => {
  it('says a 0-byte file is empty, in every format', async () => {
    const empty = files.write('empty.bin', '');
    for (const format of ['nessus-xml', 'trivy-json', 'sarif', 'nessus-csv'] as const) {
      expect((await parseError(empty, format)).message).toBe('The file is empty');
    }
  });

  it('yields nothing for a clean report: null Trivy, header-only CSV, SARIF without runs, XML without results', async () => {
    expect(await parseFile(files.write('clean.json', 'null\n'), 'trivy-json')).toEqual([]);
    expect(await parseFile(files.write('clean.csv', 'Plugin ID,CVE,CVSS,Risk,Host,Protocol,Port,Name\r\n'))).toEqual([]);
    expect(await parseFile(files.write('clean.sarif', '{"version": "2.1.0", "runs": []}'))).toEqual([]);
    expect(await parseFile(files.write('clean.xml', openvasXml([])))).toEqual([]);
  });
});

describe('text encodings and line ends', () => {
  it('reads UTF-8 with a byte-order mark and CRLF line ends in XML', async () => {
    const report = nessusXml([{ name: 'värd01', items: [{ pluginId: 7, description: 'Sårbarhet\npå värd' }] }]).replace(/\n/g, '\r\n');
    const [finding] = await parseFile(files.write('bom.nessus', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(report)])));
    expect(finding).toMatchObject({ asset: { key: 'värd01' }, description: 'Sårbarhet\npå värd' });
  });

  it('reads a Windows-1252 CSV as Excel on Swedish Windows saves it', async () => {
    const csv = 'Title,Severity,Description,Url\r\nSårbarhet på värd,High,Ålderdomlig tjänst,https://intra.kommun.example/\r\n';
    const [finding] = await parseFile(files.write('cp1252.csv', Buffer.from(csv, 'latin1')), 'generic-csv');
    expect(finding).toMatchObject({ title: 'Sårbarhet på värd', description: 'Ålderdomlig tjänst', severity: 'high', asset: { key: 'intra.kommun.example' } });
  });

  it('reads a UTF-8 CSV with BOM and CRLF, and CRLF inside quoted cells', async () => {
    const csv = '\uFEFFTitle,Severity,Description\r\n"Sårbarhet på värd",Low,"rad ett\r\nrad två"\r\n';
    const [finding] = await parseFile(files.write('utf8.csv', csv), 'generic-csv');
    expect(finding).toMatchObject({ title: 'Sårbarhet på värd', description: 'rad ett\nrad två' });
  });

  it('refuses a CSV that mixes UTF-8 with another encoding', async () => {
    const mixed = Buffer.concat([Buffer.from('Title,Severity,Description\nSårbarhet,Low,ok\n', 'utf8'), Buffer.alloc(2 << 20, 0x41), Buffer.from('\nV\xe4rd,Low,x\n', 'latin1')]);
    expect((await parseError(files.write('mixed.csv', mixed), 'generic-csv')).message).toMatch(/mixes UTF-8/);
  });

  it('names the row of a CSV whose quote never closes', async () => {
    const csv = 'Title,Severity,Description\nA,Low,fine\nB,Low,"never closed\n';
    expect((await parseError(files.write('quote.csv', csv), 'generic-csv')).message).toMatch(/Malformed CSV: Quote Not Closed.*row 3/);
  });
});

describe('size caps', () => {
  it('cuts a description over 64 KB instead of keeping it whole', async () => {
    const long = 'A'.repeat(limits.maxValueChars * 3);
    const [finding] = await parseFile(files.write('long.nessus', nessusXml([{ name: 'web01', items: [{ pluginId: 1, description: long }] }])));
    expect(finding!.description!.length).toBe(limits.maxValueChars);
    expect(finding!.description!.endsWith('[…]')).toBe(true);
  });

  it('refuses JSON nested deeper than any report', async () => {
    const deep = `{"findings": ${'['.repeat(limits.maxDepth + 10)}${']'.repeat(limits.maxDepth + 10)}}`;
    expect((await parseError(files.write('deep.json', deep), 'generic-json')).message).toMatch(/nested too deeply.*line 1/);
  });
});
