import { describe, expect, it } from 'vitest';
import { summarizeFindings } from './summarizeFindings.js';
import { nessusXml, openvasXml, parseError, parseFile, sarifJson, sarifResult, tempReports, trivyJson } from './testing/reportFactories.js';

const files = tempReports();

async function* each<T>(items: T[]) {
  yield* items;
}

describe('Nessus .nessus', () => {
  it('keys the finding by host, plugin, port and protocol and bands CVSS v3 before the rating', async () => {
    const report = nessusXml([
      { name: 'web01.kommun.example', ip: '10.0.0.5', items: [{ pluginId: 11, cvss3: '9.8', riskFactor: 'Medium', cves: ['CVE-2024-0001', 'CVE-2024-0002'] }, { pluginId: 12, riskFactor: 'Low', port: 22, protocol: 'TCP' }] },
    ]);
    const [first, second] = await parseFile(files.write('a.nessus', report));
    expect(first).toMatchObject({
      asset: { kind: 'host', key: 'web01.kommun.example', ip: '10.0.0.5', fqdn: 'web01.kommun.example' },
      identity: '11|443/tcp',
      ruleId: '11',
      severity: 'critical',
      cvss: 9.8,
      cves: ['CVE-2024-0001', 'CVE-2024-0002'],
      description: 'A description.',
      solution: 'Upgrade.',
      evidence: 'seen',
    });
    expect(second).toMatchObject({ identity: '12|22/tcp', severity: 'low', port: '22', protocol: 'tcp' });
  });

  it('reads scores above 10 as tenths, a 0 score as info, and the 0–4 severity when there is nothing else', async () => {
    const report = nessusXml([{ name: 'h', items: [{ pluginId: 1, cvss3: '75', riskFactor: 'Low' }, { pluginId: 2, cvss3: '0.0', riskFactor: 'High' }, { pluginId: 3, severity: 4 }] }]);
    expect((await parseFile(files.write('b.nessus', report))).map((f) => f.severity)).toEqual(['high', 'info', 'critical']);
  });

  it('yields duplicate items as duplicates; merging counts them as one finding with two occurrences', async () => {
    const report = nessusXml([{ name: 'h', items: [{ pluginId: 5 }, { pluginId: 5 }, { pluginId: 5, port: 80 }] }]);
    const findings = await parseFile(files.write('dup.nessus', report));
    expect(findings).toHaveLength(3);
    const summary = await summarizeFindings(each(findings));
    expect(summary).toMatchObject({ assets: 1, findings: 2 });
    expect(summary.occurrences.get('h\u00005|443/tcp')).toBe(2);
  });
});

describe('OpenVAS GMP XML', () => {
  it('keys the asset by hostname when given, else IP, and the finding by NVT OID and port', async () => {
    const report = openvasXml([
      { ip: '10.0.0.7', hostname: 'srv07.kommun.example', oid: '1.3.6.1.4.1.25623.1.0.1', port: '443/tcp', severity: '5.0' },
      { ip: '10.0.0.8', oid: '1.3.6.1.4.1.25623.1.0.2', severity: '10.0' },
    ]);
    const [named, bare] = await parseFile(files.write('o.xml', report));
    expect(named).toMatchObject({ asset: { key: 'srv07.kommun.example', ip: '10.0.0.7' }, identity: '1.3.6.1.4.1.25623.1.0.1|443/tcp', severity: 'medium', cves: ['CVE-2024-1234'], description: 'Something is wrong.', solution: 'Fix it.', evidence: 'found it' });
    expect(bare).toMatchObject({ asset: { key: '10.0.0.8', ip: '10.0.0.8' }, identity: '1.3.6.1.4.1.25623.1.0.2|general/tcp', severity: 'critical' });
  });

  it('bands the NVT CVSS v3 score when given, else the numeric severity, else the threat word', async () => {
    const report = openvasXml([
      { ip: '10.0.0.1', oid: '1.1', cvss3: '9.1', severity: '6.0' },
      { ip: '10.0.0.1', oid: '1.2', severity: '0.0', threat: 'Log' },
      { ip: '10.0.0.1', oid: '1.3', threat: 'High' },
    ]);
    expect((await parseFile(files.write('s.xml', report))).map((f) => f.severity)).toEqual(['critical', 'info', 'high']);
  });
});

describe('Trivy JSON', () => {
  it("keeps Trivy's own severity even when CVSS says otherwise, and reads UNKNOWN as info", async () => {
    const report = trivyJson('nginx:1.25', [
      { id: 'CVE-2024-1', pkg: 'openssl', version: '3.0.1', severity: 'LOW', v3: 9.8 },
      { id: 'CVE-2024-2', pkg: 'zlib', version: '1.2', severity: 'UNKNOWN' },
    ]);
    const [low, unknown] = await parseFile(files.write('t.json', report));
    expect(low).toMatchObject({ asset: { kind: 'image', key: 'nginx:1.25' }, severity: 'low', cvss: 9.8, identity: 'vuln|nginx:1.25 (alpine 3.19)|CVE-2024-1|openssl|3.0.1' });
    expect(unknown!.severity).toBe('info');
  });

  it('files findings of a cluster report under namespace/kind/name, with misconfigurations by check and line', async () => {
    const report = JSON.stringify({
      ClusterName: 'prod',
      Resources: [
        {
          Namespace: 'hemtjanst',
          Kind: 'Deployment',
          Name: 'planering',
          Results: [
            { Target: 'planering:2.1 (debian 12)', Vulnerabilities: [{ VulnerabilityID: 'CVE-2024-9', PkgName: 'curl', InstalledVersion: '7.88', Severity: 'CRITICAL' }] },
            { Target: 'Deployment/planering', Misconfigurations: [{ ID: 'KSV001', Title: 'Privilege escalation', Severity: 'MEDIUM', Status: 'FAIL', CauseMetadata: { StartLine: 12 } }, { ID: 'KSV002', Severity: 'LOW', Status: 'PASS' }] },
          ],
        },
      ],
    });
    const findings = await parseFile(files.write('k8s.json', report));
    expect(findings.map((f) => [f.asset.kind, f.asset.key, f.identity, f.severity])).toEqual([
      ['kubernetes', 'hemtjanst/Deployment/planering', 'vuln|planering:2.1 (debian 12)|CVE-2024-9|curl|7.88', 'critical'],
      ['kubernetes', 'hemtjanst/Deployment/planering', 'misconfig|Deployment/planering|KSV001|12', 'medium'],
    ]);
  });

  it('refuses a result whose findings come before its Target rather than guessing the asset', async () => {
    const report = '{"SchemaVersion": 2, "Results": [{"Vulnerabilities": [{"VulnerabilityID": "CVE-1", "Severity": "LOW"}], "Target": "x"}]}';
    expect((await parseError(files.write('order.json', report), 'trivy-json')).message).toMatch(/before its Target.*line 1/);
  });
});

describe('SARIF', () => {
  it('bands security-severity, else maps the level, counting a missing level as warning', async () => {
    const rules = [{ id: 'SEC', properties: { 'security-severity': '9.1' } }, { id: 'NOTE', defaultConfiguration: { level: 'note' } }];
    const report = sarifJson(
      [
        sarifResult('SEC', 'a.c', 1, { level: 'note' }),
        sarifResult('NOTE', 'a.c', 2),
        sarifResult('ERR', 'a.c', 3, { level: 'error' }),
        sarifResult('NONE', 'a.c', 4, { level: 'none' }),
        sarifResult('PLAIN', 'a.c', 5),
        sarifResult('GONE', 'a.c', 6, { baselineState: 'absent' }),
      ],
      rules,
    );
    const findings = await parseFile(files.write('levels.sarif', report), undefined, { assetName: 'Kod: e-tjänster' });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['SEC', 'critical'],
      ['NOTE', 'low'],
      ['ERR', 'high'],
      ['NONE', 'info'],
      ['PLAIN', 'medium'],
    ]);
    expect(findings[0]).toMatchObject({ asset: { kind: 'repository', key: 'Kod: e-tjänster' }, identity: 'SEC|a.c|1', location: 'a.c:1' });
  });

  it('names the asset after the repository the file describes, even when that comes after the results', async () => {
    const report = sarifJson([sarifResult('R', 'b.sh', 9)], [], { versionControlProvenance: [{ repositoryUri: 'https://git.kommun.example/e-tjanster' }] });
    const [finding] = await parseFile(files.write('repo.sarif', report), undefined, { assetName: 'ignored' });
    expect(finding!.asset.key).toBe('https://git.kommun.example/e-tjanster');
  });
});

describe('generic findings (DefectDojo format)', () => {
  it('refuses a finding without title, severity and description, naming the fields', async () => {
    const error = await parseError(files.write('empty.json', '{"findings": [{"title": "ok", "severity": "Low", "description": "d"}, {}]}'));
    expect(error.message).toBe('Required fields are missing: description, severity, title (finding 2)');
  });

  it('refuses unknown fields, naming them', async () => {
    const report = '{"findings": [{"title": "t", "severity": "Low", "description": "d", "colour": "red", "owner": "x"}]}';
    expect((await parseError(files.write('unknown.json', report))).message).toBe('Fields not allowed in a generic finding: colour, owner (finding 1)');
    const csv = 'Title,Severity,Description,Colour\nt,Low,d,red\n';
    expect((await parseError(files.write('unknown.csv', csv))).message).toBe('Columns not allowed in a generic findings CSV: Colour (row 1)');
    const badRow = 'Title,Severity,Description\nt,Low,d\n,Severe,\n';
    expect((await parseError(files.write('row.csv', badRow))).message).toBe('Required fields are missing: description, title (row 3)');
  });

  it('puts each endpoint host on its own asset, and findings without endpoints on the report asset', async () => {
    const report = JSON.stringify({
      findings: [
        { title: 'XSS', severity: 'High', description: 'd', endpoints: ['https://www.kommun.example/sok?q=1', { protocol: 'https', host: 'intra.kommun.example', path: '/login' }] },
        { title: 'Old lib', severity: 'Medium', description: 'd', file_path: 'package.json', line: 4, cvssv3_score: 9.3, cve: 'CVE-2023-12345' },
      ],
    });
    const findings = await parseFile(files.write('endpoints.json', report), undefined, { assetName: 'Webbplatsen' });
    expect(findings.map((f) => [f.asset.kind, f.asset.key, f.location, f.severity])).toEqual([
      ['host', 'www.kommun.example', 'https://www.kommun.example/sok?q=1', 'high'],
      ['host', 'intra.kommun.example', 'https://intra.kommun.example/login', 'high'],
      ['repository', 'Webbplatsen', 'package.json:4', 'critical'],
    ]);
    expect(findings[2]!.cves).toEqual(['CVE-2023-12345']);
  });
});

describe('Nessus and OpenVAS CSV exports', () => {
  it('reads the Tenable dialect: Plugin, IP Address, CVSS V3 Base Score, and skips filler rows', async () => {
    const csv = 'Plugin,Plugin Name,Severity,IP Address,Protocol,Port,DNS Name,CVSS V2 Base Score,CVSS V3 Base Score,,\n' +
      '100,Weak hash,Medium,10.1.1.1,TCP,443,,5,7.5,,\n101,Self-signed,Medium,10.1.1.1,TCP,443,,6.4,,,\n,,,,,,,,,,\n';
    const findings = await parseFile(files.write('tenable.csv', csv));
    expect(findings.map((f) => [f.asset.key, f.identity, f.severity])).toEqual([
      ['10.1.1.1', '100|443/tcp', 'high'],
      ['10.1.1.1', '101|443/tcp', 'medium'],
    ]);
  });

  it('reads the OpenVAS export with an empty port as general/tcp', async () => {
    const csv = 'IP,Hostname,Port,Port Protocol,CVSS,Severity,NVT Name,NVT OID,CVEs\n192.168.1.2,LOGSRV,,,2.6,Low,TCP timestamps,1.3.6.1.4.1.25623.1.0.80091,"CVE-2024-1111, CVE-2024-2222"\n';
    const [finding] = await parseFile(files.write('ov.csv', csv));
    expect(finding).toMatchObject({ asset: { key: 'LOGSRV', ip: '192.168.1.2' }, identity: '1.3.6.1.4.1.25623.1.0.80091|general/tcp', severity: 'low', cves: ['CVE-2024-1111', 'CVE-2024-2222'] });
  });
});
