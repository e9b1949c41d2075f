/**
 * DefectDojo's "Generic Findings Import" record, shared by its JSON and CSV forms. A finding
 * must have title, severity and description; other fields must be ones the format defines, so a
 * typo is refused rather than silently lost. Errors name the fields and the finding or row.
 *
 * Asset: the host of each endpoint (one finding per endpoint, the URL as location); a finding
 * without endpoints belongs to the report's own asset (a 'repository' named after the file, or
 * what the import passes as assetName), located by file_path:line or component@version.
 * Identity: unique_id_from_tool when given, else title + location.
 */
import { collectCves, hostAsset } from '../assets.js';
import { detach, limits, optionalText } from '../limits.js';
import { bandScore, parseEpss, parseScore, ratingSeverity } from '../severity.js';
import { ScanParseError, type FindingSeverity, type ParsedAsset, type ParsedFinding } from './types.js';

export const requiredGenericFields = ['title', 'severity', 'description'];

/** The fields DefectDojo's generic JSON parser accepts on a finding. */
export const allowedGenericFields = new Set([
  ...requiredGenericFields, 'date', 'cwe', 'cve', 'epss_score', 'epss_percentile', 'cvssv3', 'cvssv3_score', 'cvssv4', 'cvssv4_score',
  'mitigation', 'impact', 'steps_to_reproduce', 'severity_justification', 'references', 'active', 'verified', 'false_p', 'duplicate',
  'out_of_scope', 'risk_accepted', 'under_review', 'is_mitigated', 'thread_id', 'mitigated', 'numerical_severity', 'param', 'payload',
  'line', 'file_path', 'component_name', 'component_version', 'static_finding', 'dynamic_finding', 'scanner_confidence',
  'unique_id_from_tool', 'vuln_id_from_tool', 'sast_source_object', 'sast_sink_object', 'sast_source_line', 'sast_source_file_path',
  'nb_occurences', 'publish_date', 'service', 'planned_remediation_date', 'planned_remediation_version', 'effort_for_fixing', 'tags',
  'kev_date', 'known_exploited', 'ransomware_used', 'fix_available', 'fix_version', 'endpoints', 'files', 'vulnerability_ids', 'cwes',
]);

const severities: Record<string, FindingSeverity> = { critical: 'critical', high: 'high', medium: 'medium', low: 'low', info: 'info', informational: 'info' };

const asText = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '');

/** Findings for one generic record (one per endpoint host), or a ScanParseError naming what is wrong and `where`. */
export function genericFindings(record: Record<string, unknown>, where: string, reportAsset: ParsedAsset): ParsedFinding[] {
  const missing = requiredGenericFields.filter((field) => asText(record[field]).trim() === '');
  if (missing.length > 0) throw new ScanParseError(`Required fields are missing: ${missing.sort().join(', ')}`, where);
  const unknown = Object.keys(record).filter((field) => !allowedGenericFields.has(field));
  if (unknown.length > 0) throw new ScanParseError(`Fields not allowed in a generic finding: ${unknown.sort().join(', ')}`, where);
  const rating = severities[asText(record.severity).trim().toLowerCase()] ?? ratingSeverity(asText(record.severity));
  if (!rating) throw new ScanParseError(`severity "${asText(record.severity)}" is not one of Critical, High, Medium, Low, Info`, where);

  const title = optionalText(asText(record.title), limits.maxShortChars)!;
  const cvss = parseScore(record.cvssv3_score);
  const vulnerabilityIds = Array.isArray(record.vulnerability_ids) ? record.vulnerability_ids.map(asText) : [];
  const template: Omit<ParsedFinding, 'asset' | 'identity'> = {
    ruleId: detach((asText(record.vuln_id_from_tool) || asText(record.cve) || title).slice(0, limits.maxShortChars)),
    title,
    severity: cvss !== undefined ? bandScore(cvss) : rating,
    cves: collectCves(asText(record.cve), ...vulnerabilityIds),
  };
  if (cvss !== undefined) template.cvss = cvss;
  const epss = parseEpss(record.epss_score);
  if (epss !== undefined) template.epss = epss;
  const description = optionalText(asText(record.description));
  if (description) template.description = description;
  const solution = optionalText(asText(record.mitigation));
  if (solution) template.solution = solution;

  const uniqueId = asText(record.unique_id_from_tool).trim();
  const endpoints = Array.isArray(record.endpoints) ? record.endpoints : [];
  if (endpoints.length === 0) {
    const location = codeLocation(record);
    return [{ ...template, asset: reportAsset, identity: identity(uniqueId, title, location), ...(location ? { location } : {}) }];
  }
  return endpoints.map((endpoint, index) => {
    const url = endpointUrl(endpoint, `${where}, endpoint ${index + 1}`);
    const location = detach(url.href.slice(0, limits.maxShortChars));
    return { ...template, asset: hostAsset(url.hostname), identity: identity(uniqueId, title, location), location };
  });
}

const identity = (uniqueId: string, title: string, location: string | undefined) =>
  detach((uniqueId || `${title}|${location ?? ''}`).slice(0, limits.maxShortChars * 4));

function codeLocation(record: Record<string, unknown>): string | undefined {
  const file = asText(record.file_path);
  if (file) return detach(`${file}${record.line ? `:${asText(record.line)}` : ''}`.slice(0, limits.maxShortChars));
  const component = asText(record.component_name);
  if (component) return detach(`${component}${record.component_version ? `@${asText(record.component_version)}` : ''}`.slice(0, limits.maxShortChars));
  return undefined;
}

/** "https://host/path", "host:8443/path" or {protocol, host, port, path}. */
export function endpointUrl(endpoint: unknown, where: string): URL {
  let text: string;
  if (typeof endpoint === 'string') text = endpoint.includes('://') ? endpoint : `//${endpoint}`;
  else if (endpoint && typeof endpoint === 'object' && typeof (endpoint as Record<string, unknown>).host === 'string') {
    const { protocol, host, port, path } = endpoint as Record<string, unknown>;
    text = `${protocol ? `${asText(protocol)}:` : ''}//${asText(host)}${port ? `:${asText(port)}` : ''}${path ? `/${asText(path).replace(/^\//, '')}` : ''}`;
  } else {
    throw new ScanParseError('An endpoint must be a URL or an object with a host', where);
  }
  try {
    const url = new URL(text, 'unknown:/');
    if (!url.hostname) throw new Error('no host');
    return url;
  } catch {
    throw new ScanParseError(`The endpoint "${String(text).slice(0, 200)}" is not a URL with a host`, where);
  }
}
