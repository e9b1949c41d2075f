/** Small scanner reports the vulnerability browser tests build themselves (none from ../shared). */

export interface TrivyVulnerability {
  id: string;
  pkg: string;
  version: string;
  severity: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'UNKNOWN';
  title: string;
  score?: number;
}

/** A Trivy SchemaVersion 2 report of one container image, as `trivy image --format json` writes it. */
export function trivyReport(vulnerabilities: TrivyVulnerability[]): string {
  return JSON.stringify({
    SchemaVersion: 2,
    ArtifactName: 'registry.exempelkommun.se/hemtjanst/planering:2.4',
    ArtifactType: 'container_image',
    Results: [
      {
        Target: 'registry.exempelkommun.se/hemtjanst/planering:2.4 (debian 12.5)',
        Class: 'os-pkgs',
        Type: 'debian',
        Vulnerabilities: vulnerabilities.map((v) => ({
          VulnerabilityID: v.id,
          PkgName: v.pkg,
          InstalledVersion: v.version,
          FixedVersion: `${v.version}+fix1`,
          Severity: v.severity,
          SeveritySource: 'nvd',
          Title: v.title,
          Description: `${v.title}. Beskrivning från testet.`,
          ...(v.score === undefined ? {} : { CVSS: { nvd: { V3Score: v.score } } }),
        })),
      },
    ],
  });
}

export const openssl: TrivyVulnerability = { id: 'CVE-2026-10001', pkg: 'openssl', version: '3.0.11', severity: 'CRITICAL', title: 'heap overflow in X.509 parsing', score: 9.8 };
export const curl: TrivyVulnerability = { id: 'CVE-2026-10002', pkg: 'curl', version: '7.88.1', severity: 'HIGH', title: 'cookie injection', score: 7.5 };
export const libxml: TrivyVulnerability = { id: 'CVE-2026-10003', pkg: 'libxml2', version: '2.9.14', severity: 'HIGH', title: 'use after free' };
export const zlib: TrivyVulnerability = { id: 'CVE-2026-10004', pkg: 'zlib', version: '1.2.13', severity: 'MEDIUM', title: 'buffer over-read', score: 5.3 };
export const bash: TrivyVulnerability = { id: 'CVE-2026-10005', pkg: 'bash', version: '5.2.15', severity: 'LOW', title: 'privilege escalation via env', score: 3.3 };
export const tzdata: TrivyVulnerability = { id: 'CVE-2026-10006', pkg: 'tzdata', version: '2024a', severity: 'UNKNOWN', title: 'unrated' };

/** Six findings on one image, openssl reported twice (one finding with two occurrences). */
export const fullReport = trivyReport([openssl, curl, libxml, zlib, bash, tzdata, openssl]);
/** The same image rescanned after bash was patched. */
export const subsetReport = trivyReport([openssl, curl, libxml, zlib, tzdata, openssl]);

/** A Nessus file whose DOCTYPE declares an external entity (XXE), with a finding that must not be kept. */
export const xxeReport = `<?xml version="1.0"?>
<!DOCTYPE NessusClientData_v2 [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<NessusClientData_v2><Report name="skola"><ReportHost name="10.20.0.5"><ReportItem port="22" svc_name="ssh" protocol="tcp" severity="3" pluginID="10001" pluginName="&xxe;"><risk_factor>High</risk_factor></ReportItem></ReportHost></Report></NessusClientData_v2>
`;

/** Two SARIF results from a code scanner, for the import in English. */
export const sarifReport = JSON.stringify({
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'Semgrep', rules: [{ id: 'sql-injection', shortDescription: { text: 'SQL built from user input' }, defaultConfiguration: { level: 'error' } }] } },
      results: [
        { ruleId: 'sql-injection', message: { text: 'Query concatenates a request parameter' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/booking.ts' }, region: { startLine: 41 } } }] },
        { ruleId: 'sql-injection', message: { text: 'Query concatenates a request parameter' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/report.ts' }, region: { startLine: 12 } } }] },
      ],
    },
  ],
});
