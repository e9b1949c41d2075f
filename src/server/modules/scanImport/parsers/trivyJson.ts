/**
 * Trivy JSON in its three shapes: the legacy array of {Target, Vulnerabilities}, SchemaVersion 2
 * ({ArtifactName, Results}) and Kubernetes cluster reports ({ClusterName, Resources | Findings |
 * Vulnerabilities | Misconfigurations: [{Namespace, Kind, Name, Results}]}). Vulnerabilities,
 * failed misconfigurations and secrets become findings.
 *
 * Asset: the Kubernetes resource (namespace/kind/name) in cluster reports, else ArtifactName,
 * else the result's Target. Identity: (target, vulnerability id, package, installed version) or
 * (target, check or rule id, start line). Severity: Trivy's own, always; UNKNOWN is info.
 *
 * Trivy writes a result's Target (and a resource's Namespace/Kind/Name) before its findings; a
 * file that does not is refused rather than filed under the wrong asset.
 */
import { collectCves, namedAsset } from '../assets.js';
import type { JsonKey, JsonReportHandler } from '../json/jsonReport.js';
import { detach, limits, optionalText } from '../limits.js';
import { parseScore, ratingSeverity } from '../severity.js';
import { ScanParseError, type AssetKind, type ParsedAsset, type ParsedFinding } from './types.js';

type Json = Record<string, unknown>;
const clusterLists = ['Resources', 'Findings', 'Vulnerabilities', 'Misconfigurations'];
const findingLists = ['Vulnerabilities', 'Misconfigurations', 'Secrets'];

function resultPaths(prefix: string): string[] {
  return [`${prefix}.Target`, ...findingLists.map((list) => `${prefix}.${list}.*`)];
}

const artifactKinds: Record<string, AssetKind> = { container_image: 'image', vm: 'host', filesystem: 'repository', repository: 'repository' };
const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** `rootIsArray`: the file starts with `[` (the legacy shape). */
export function trivyHandler(rootIsArray: boolean): JsonReportHandler {
  const artifact = { name: '', type: '' };
  const resource = { at: '', namespace: '', kind: '', name: '' };
  const result = { at: '', target: '' };
  const assets = new Map<string, ParsedAsset>();

  const paths = rootIsArray
    ? resultPaths('$.*')
    : ['$.ArtifactName', '$.ArtifactType', ...resultPaths('$.Results.*'), ...clusterLists.flatMap((list) => [
        `$.${list}.*.Namespace`, `$.${list}.*.Kind`, `$.${list}.*.Name`, ...resultPaths(`$.${list}.*.Results.*`),
      ])];

  function assetFor(inCluster: boolean): ParsedAsset {
    const key = (inCluster ? [resource.namespace, resource.kind, resource.name].filter(Boolean).join('/') : artifact.name) || result.target || 'Trivy';
    const kind: AssetKind = inCluster ? 'kubernetes' : rootIsArray ? 'image' : (artifactKinds[artifact.type] ?? 'repository');
    let asset = assets.get(key);
    if (!asset) {
      asset = namedAsset(kind, key);
      if (assets.size < 100_000) assets.set(asset.key, asset);
    }
    return asset;
  }

  return {
    paths,
    onValue(value, keys, emit) {
      const last = keys[keys.length - 1];
      const inCluster = !rootIsArray && clusterLists.includes(String(keys[0])) && keys.length > 2;
      if (keys.length === 1) {
        if (last === 'ArtifactName') artifact.name = str(value);
        else if (last === 'ArtifactType') artifact.type = str(value);
        return;
      }
      if (inCluster && keys.length === 3) {
        const at = `${keys[0]}.${keys[1]}`;
        if (resource.at !== at) Object.assign(resource, { at, namespace: '', kind: '', name: '' });
        if (last === 'Namespace') resource.namespace = str(value);
        else if (last === 'Kind') resource.kind = str(value);
        else if (last === 'Name') resource.name = str(value);
        return;
      }
      const resultAt = keys.slice(0, rootIsArray ? 1 : inCluster ? 4 : 2).join('.');
      if (last === 'Target') {
        result.at = resultAt;
        result.target = str(value);
        return;
      }
      if (result.at !== resultAt) throw new ScanParseError('A Trivy result lists findings before its Target');
      if (inCluster && resource.at !== `${keys[0]}.${keys[1]}`) throw new ScanParseError('A Kubernetes resource lists results before its Namespace, Kind and Name');
      if (typeof value !== 'object' || value === null) return;
      const list = keys[keys.length - 2];
      const finding = toFinding(list, value as Json, result.target);
      if (finding) {
        finding.asset = assetFor(inCluster);
        emit(finding);
      }
    },
  };
}

function toFinding(list: JsonKey, item: Json, target: string): ParsedFinding | undefined {
  const severity = ratingSeverity(item.Severity) ?? 'info';
  if (list === 'Vulnerabilities') {
    const id = str(item.VulnerabilityID);
    const pkg = str(item.PkgName);
    const version = str(item.InstalledVersion);
    if (!id) throw new ScanParseError('A Trivy vulnerability without VulnerabilityID');
    const finding = base(`vuln|${target}|${id}|${pkg}|${version}`, id, `${id}${pkg ? ` in ${pkg}` : ''}${item.Title ? `: ${str(item.Title)}` : ''}`, severity);
    finding.cves = collectCves(id);
    finding.location = detach(`${target}: ${pkg}@${version}`.slice(0, limits.maxShortChars));
    const cvss = v3Score(item);
    if (cvss !== undefined) finding.cvss = cvss;
    setText(finding, 'description', item.Description);
    if (item.FixedVersion) setText(finding, 'solution', `Upgrade ${pkg} to ${str(item.FixedVersion)}`);
    return finding;
  }
  if (list === 'Misconfigurations') {
    const status = str(item.Status).toUpperCase();
    if (status === 'PASS' || status === 'EXCEPTION') return undefined;
    const id = str(item.ID || item.AVDID);
    const cause = (item.CauseMetadata ?? item.IacMetadata ?? {}) as Json;
    const line = str(cause.StartLine);
    const finding = base(`misconfig|${target}|${id}|${line}`, id, str(item.Title) || id, severity);
    finding.location = detach(`${target}${line ? `:${line}` : ''}`.slice(0, limits.maxShortChars));
    setText(finding, 'description', [str(item.Description), str(item.Message)].filter(Boolean).join('\n\n'));
    setText(finding, 'solution', item.Resolution);
    return finding;
  }
  if (list === 'Secrets') {
    const id = str(item.RuleID);
    const line = str(item.StartLine);
    const finding = base(`secret|${target}|${id}|${line}`, id, str(item.Title) || id, severity);
    finding.location = detach(`${target}${line ? `:${line}` : ''}`.slice(0, limits.maxShortChars));
    setText(finding, 'description', item.Category ? `Secret of kind ${str(item.Category)}` : undefined);
    setText(finding, 'evidence', item.Match);
    return finding;
  }
  return undefined;
}

function base(identity: string, ruleId: string, title: string, severity: ParsedFinding['severity']): ParsedFinding {
  return {
    asset: { kind: 'repository', key: '' },
    identity: detach(identity.slice(0, limits.maxShortChars * 4)),
    ruleId: detach(ruleId.slice(0, limits.maxShortChars)),
    title: optionalText(title, limits.maxShortChars) ?? ruleId,
    severity,
    cves: [],
  };
}

function setText(finding: ParsedFinding, field: 'description' | 'solution' | 'evidence', value: unknown): void {
  const text = optionalText(typeof value === 'string' ? value : undefined);
  if (text) finding[field] = text;
}

/** The CVSS v3 score of the source Trivy took its severity from, else NVD's, else any. */
function v3Score(item: Json): number | undefined {
  const cvss = item.CVSS as Record<string, Json> | undefined;
  if (!cvss || typeof cvss !== 'object') return undefined;
  const sources = [str(item.SeveritySource), 'nvd', ...Object.keys(cvss)];
  for (const source of sources) {
    const score = parseScore(cvss[source]?.V3Score);
    if (score !== undefined) return score;
  }
  return undefined;
}
