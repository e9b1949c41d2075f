/**
 * Greenbone/OpenVAS GMP XML report: one finding per `<results><result>`. Asset: the result's
 * hostname when given, else its IP. Identity: NVT OID and port ("443/tcp", "general/tcp").
 * Severity: the NVT's CVSS v3 score banded when given, else the result's numeric severity banded,
 * else its threat word. Nested results (deltas, overrides) are not findings of their own.
 */
import { collectCves, hostAsset } from '../assets.js';
import { limits, optionalText } from '../limits.js';
import { bandScore, chooseSeverity, parseEpss, parseScore, ratingSeverity } from '../severity.js';
import type { XmlScanner } from '../xml/xmlScanner.js';
import { pickAttributes } from '../xml/xmlText.js';
import type { XmlHandlerFactory } from '../xml/xmlReport.js';
import { ScanParseError, type ParsedFinding } from './types.js';

/** Paths inside a result whose text we keep. */
const textPaths = new Set([
  'host', 'host/hostname', 'port', 'threat', 'severity', 'description',
  'nvt/name', 'nvt/cvss_base', 'nvt/tags', 'nvt/solution', 'nvt/cve', 'nvt/severities/severity/score', 'nvt/epss/max_severity/score',
]);

/**
 * Elements that never hold anything we read, nor a result: skipping their events saves half
 * the calls per result. (Their children still arrive, one level up; none of them is captured.)
 */
const ignoredElements = new Set(['owner', 'modification_time', 'creation_time', 'comment', 'scan_nvt_version', 'qod', 'value', 'type', 'original_threat', 'original_severity', 'compliance', 'family', 'asset', 'origin', 'date']);

const oidAttribute = ['oid'];
const refAttributes = ['type', 'id'];
const typeAttribute = ['type'];

/**
 * A node per element path inside a result ("nvt/refs/ref"), reached by tag name from its
 * parent: following a Map is cheaper than building and hashing a path string per element.
 */
class PathNode {
  readonly children = new Map<string, PathNode>();
  readonly captured: boolean;
  constructor(
    readonly path: string,
    readonly parent: PathNode | undefined,
  ) {
    this.captured = textPaths.has(path);
  }

  child(name: string): PathNode {
    let child = this.children.get(name);
    if (!child) {
      // Bounded: odd extra elements share one node rather than growing the tree per name.
      if (this.children.size >= 64) return this.children.get('\u0000') ?? this.add('\u0000');
      child = this.add(name);
    }
    return child;
  }

  private add(name: string): PathNode {
    const child = new PathNode(this.path === '' ? name : `${this.path}/${name}`, this);
    this.children.set(name, child);
    return child;
  }
}

interface ResultFields {
  text: Map<string, string>;
  oid?: string;
  cves: string[];
  severityType?: string;
  cvss3?: number;
}

class OpenvasHandler {
  /** Element names outside any result, to recognise `<results><result>`. */
  private outer: string[] = [];
  private result: ResultFields | undefined;
  private readonly root = new PathNode('', undefined);
  private node = this.root;
  private capturedPath: string | undefined;

  constructor(
    private readonly scanner: XmlScanner,
    private readonly emit: (finding: ParsedFinding) => void,
  ) {}

  wants(name: string): boolean {
    return !ignoredElements.has(name);
  }

  open(name: string, attributes: string): void {
    const result = this.result;
    if (!result) {
      if (name === 'result' && this.outer[this.outer.length - 1] === 'results') {
        this.result = { text: new Map(), cves: [] };
        this.node = this.root;
      } else {
        this.outer.push(name);
      }
      return;
    }
    this.node = this.node.child(name);
    const path = this.node.path;
    if (path === 'host/asset' || path === 'host/hostname') this.keepHostIp(result);
    if (path === 'nvt') result.oid = pickAttributes(attributes, oidAttribute)[0];
    else if (path === 'nvt/refs/ref') {
      const [type, id] = pickAttributes(attributes, refAttributes);
      if (type?.toLowerCase().startsWith('cve') && id) result.cves.push(id);
    } else if (path === 'nvt/severities/severity') result.severityType = pickAttributes(attributes, typeAttribute)[0];
    if (this.node.captured) {
      this.capturedPath = path;
      this.scanner.capturing = true;
    }
  }

  close(): void {
    const result = this.result;
    if (!result) {
      this.outer.pop();
      return;
    }
    const node = this.node;
    if (node === this.root) {
      this.emit(this.finding(result));
      this.result = undefined;
      return;
    }
    if (this.capturedPath === node.path) {
      const value = this.scanner.takeText().trim();
      this.capturedPath = undefined;
      if (node.path === 'nvt/severities/severity/score') {
        if (result.severityType?.startsWith('cvss_base_v3')) result.cvss3 ??= parseScore(value);
      } else {
        result.text.set(node.path, value);
      }
    }
    this.node = node.parent!;
  }

  /** `<host>10.0.0.5<asset …/><hostname>…</hostname></host>`: the IP is the text before the first child. */
  private keepHostIp(result: ResultFields): void {
    if (this.capturedPath !== 'host') return;
    result.text.set('host', this.scanner.takeText().trim());
    this.capturedPath = undefined;
  }

  private finding(result: ResultFields): ParsedFinding {
    const text = result.text;
    const oid = result.oid?.trim();
    if (!oid) throw new ScanParseError('<result> without an NVT OID');
    const ip = text.get('host') ?? '';
    const hostname = text.get('host/hostname') ?? '';
    if (!ip && !hostname) throw new ScanParseError('<result> without a host');
    const port = text.get('port') || 'general/tcp';
    const protocol = port.includes('/') ? port.slice(port.lastIndexOf('/') + 1) : undefined;
    const tags = text.get('nvt/tags');
    const resultSeverity = parseScore(text.get('severity'));
    const fallback = parseScore(text.get('nvt/cvss_base'));
    const finding: ParsedFinding = {
      asset: hostAsset(hostname || ip, { ip: ip || undefined, fqdn: hostname.includes('.') ? hostname : undefined }),
      identity: `${oid}|${port}`,
      ruleId: oid.slice(0, limits.maxShortChars),
      title: optionalText(text.get('nvt/name'), limits.maxShortChars) ?? `OpenVAS NVT ${oid}`,
      severity: chooseSeverity(
        result.cvss3,
        resultSeverity !== undefined ? bandScore(resultSeverity) : ratingSeverity(text.get('threat')),
        fallback !== undefined ? bandScore(fallback) : undefined,
      ),
      cves: collectCves(...result.cves, text.get('nvt/cve')),
      port: port.slice(0, limits.maxShortChars),
      location: port.slice(0, limits.maxShortChars),
    };
    if (protocol) finding.protocol = protocol;
    if (result.cvss3 !== undefined) finding.cvss = result.cvss3;
    const epss = parseEpss(text.get('nvt/epss/max_severity/score'));
    if (epss !== undefined) finding.epss = epss;
    const description = optionalText(tagValue(tags, 'summary') ?? tagValue(tags, 'insight'));
    if (description) finding.description = description;
    const solution = optionalText(text.get('nvt/solution') ?? tagValue(tags, 'solution'));
    if (solution) finding.solution = solution;
    const evidence = optionalText(text.get('description'));
    if (evidence) finding.evidence = evidence;
    return finding;
  }
}

/** One value of the NVT tags "summary=…|insight=…|solution=…"; a "|" not followed by a key belongs to the value. */
function tagValue(tags: string | undefined, key: string): string | undefined {
  if (!tags) return undefined;
  let start = tags.startsWith(`${key}=`) ? 0 : tags.indexOf(`|${key}=`) + 1;
  if (start === 0 && !tags.startsWith(`${key}=`)) return undefined;
  start += key.length + 1;
  let end = tags.indexOf('|', start);
  while (end !== -1 && !/^[a-z_]+=/.test(tags.slice(end + 1, end + 40))) end = tags.indexOf('|', end + 1);
  return tags.slice(start, end === -1 ? tags.length : end);
}

export const openvasXmlHandler: XmlHandlerFactory = (scanner, emit) => new OpenvasHandler(scanner, emit);
