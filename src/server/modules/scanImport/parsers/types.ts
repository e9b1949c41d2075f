/**
 * What every scanner parser yields: one record per reported vulnerability instance, already
 * reduced to Värn's identity and severity rules (../shared/corpus/README.md). Records with the
 * same `asset.key` + `identity` in one report are merged later (occurrence count), so a parser
 * emits what the file says, duplicates included.
 */
export const scanFormats = ['openvas-xml', 'openvas-csv', 'nessus-xml', 'nessus-csv', 'trivy-json', 'sarif', 'generic-json', 'generic-csv'] as const;
export type ScanFormat = (typeof scanFormats)[number];

export const findingSeverities = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type FindingSeverity = (typeof findingSeverities)[number];

/** Hosts (IP, FQDN), container images, Kubernetes resources, repositories (a SARIF file's code). */
export const assetKinds = ['host', 'image', 'kubernetes', 'repository'] as const;
export type AssetKind = (typeof assetKinds)[number];

export interface ParsedAsset {
  kind: AssetKind;
  /** The asset's identity within a tenant, e.g. `10.0.0.5`, `web01.kommun.se`, `nginx:1.25`, `prod/Deployment/api`. */
  key: string;
  ip?: string;
  fqdn?: string;
}

export interface ParsedFinding {
  asset: ParsedAsset;
  /** The vulnerability instance on the asset, e.g. `1.3.6.1.4.1.25623.1.0.1|443/tcp`; stable across imports. */
  identity: string;
  /** NVT OID, plugin id, CVE or check id, SARIF rule id. */
  ruleId: string;
  title: string;
  severity: FindingSeverity;
  /** CVSS v3 base score 0–10 when the report gives one (tenths already divided). */
  cvss?: number;
  cves: string[];
  /** EPSS probability 0–1 when the report gives one. */
  epss?: number;
  port?: string;
  protocol?: string;
  /** Where in the asset: a package and version, a file and line, a URL. */
  location?: string;
  description?: string;
  solution?: string;
  /** What the scanner saw on this asset (Nessus plugin_output, OpenVAS result text, SARIF message). */
  evidence?: string;
}

/** Input that cannot be imported; `where` names the line, element or row. Becomes a 4xx / a failed import. */
export class ScanParseError extends Error {
  constructor(
    message: string,
    readonly where?: string,
  ) {
    super(where ? `${message} (${where})` : message);
  }
}
