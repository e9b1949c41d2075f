/**
 * Nessus `.nessus` (NessusClientData_v2): one finding per ReportItem. Asset: the ReportHost
 * name (with host-ip / host-fqdn from HostProperties). Identity: plugin id, port, protocol.
 * Severity: cvss3_base_score banded, else risk_factor, else the item's 0–4 severity.
 */
import { collectCves, hostAsset } from '../assets.js';
import { detach, limits, optionalText } from '../limits.js';
import { chooseSeverity, parseEpss, parseScore, ratingSeverity } from '../severity.js';
import type { XmlScanner } from '../xml/xmlScanner.js';
import { pickAttributes, readAttributes } from '../xml/xmlText.js';
import type { XmlHandlerFactory } from '../xml/xmlReport.js';
import { ScanParseError, type FindingSeverity, type ParsedAsset, type ParsedFinding } from './types.js';

const itemFields = new Set(['cvss3_base_score', 'risk_factor', 'cve', 'description', 'solution', 'synopsis', 'plugin_output', 'plugin_name', 'epss_score']);
const hostTags = new Set(['host-ip', 'host-fqdn', 'hostname']);
const hostElements = new Set(['ReportHost', 'HostProperties', 'tag', 'ReportItem']);
const numericSeverity: FindingSeverity[] = ['info', 'low', 'medium', 'high', 'critical'];

const itemAttributes = ['pluginID', 'port', 'protocol', 'severity', 'pluginName'] as const;

interface ReportItem {
  /** Values of itemAttributes, in that order. */
  attributes: (string | undefined)[];
  fields: Map<string, string>;
  cves: string[];
}

class NessusHandler {
  private hostName: string | undefined;
  private hostTagValues = new Map<string, string>();
  private asset: ParsedAsset | undefined;
  private inHostProperties = false;
  private hostTag: string | undefined;
  private item: ReportItem | undefined;
  /** The ReportItem child whose text is being captured. */
  private field: string | undefined;

  constructor(
    private readonly scanner: XmlScanner,
    private readonly emit: (finding: ParsedFinding) => void,
  ) {}

  wants(name: string): boolean {
    return itemFields.has(name) || hostElements.has(name);
  }

  open(name: string, attributes: string): void {
    if (this.item) {
      if (this.field === undefined && itemFields.has(name)) {
        this.field = name;
        this.scanner.capturing = true;
      }
      return;
    }
    if (name === 'ReportItem') {
      if (this.hostName === undefined) throw new ScanParseError('<ReportItem> outside a <ReportHost>');
      this.item = { attributes: pickAttributes(attributes, itemAttributes), fields: new Map(), cves: [] };
    } else if (name === 'ReportHost') {
      this.hostName = readAttributes(attributes).name?.trim();
      if (!this.hostName) throw new ScanParseError('<ReportHost> without a name');
      this.hostTagValues.clear();
      this.asset = undefined;
    } else if (name === 'HostProperties') {
      this.inHostProperties = true;
    } else if (name === 'tag' && this.inHostProperties) {
      const tag = readAttributes(attributes).name;
      if (tag && hostTags.has(tag)) {
        this.hostTag = tag;
        this.scanner.capturing = true;
      }
    }
  }

  close(name: string): void {
    if (this.item) {
      if (name === 'ReportItem') {
        this.emit(this.finding(this.item));
        this.item = undefined;
      } else if (this.field === name) {
        const value = this.scanner.takeText();
        if (name === 'cve') this.item.cves.push(value);
        else this.item.fields.set(name, value);
        this.field = undefined;
      }
      return;
    }
    if (name === 'tag' && this.hostTag) {
      this.hostTagValues.set(this.hostTag, this.scanner.takeText().trim());
      this.hostTag = undefined;
    } else if (name === 'HostProperties') {
      this.inHostProperties = false;
    } else if (name === 'ReportHost') {
      this.hostName = undefined;
    }
  }

  private hostAsset(): ParsedAsset {
    this.asset ??= hostAsset(this.hostName!, { ip: this.hostTagValues.get('host-ip'), fqdn: this.hostTagValues.get('host-fqdn') });
    return this.asset;
  }

  private finding({ attributes, fields, cves }: ReportItem): ParsedFinding {
    const [rawPluginId, rawPort, rawProtocol, rawSeverity, pluginName] = attributes;
    const pluginId = rawPluginId?.trim();
    if (!pluginId) throw new ScanParseError('<ReportItem> without a pluginID');
    const port = rawPort?.trim() || '0';
    const protocol = (rawProtocol?.trim() || 'tcp').toLowerCase();
    const cvss = parseScore(fields.get('cvss3_base_score'));
    const level = Number(rawSeverity);
    const finding: ParsedFinding = {
      asset: this.hostAsset(),
      identity: detach(`${pluginId}|${port}/${protocol}`),
      ruleId: detach(pluginId.slice(0, limits.maxShortChars)),
      title: optionalText(pluginName ?? fields.get('plugin_name'), limits.maxShortChars) ?? `Nessus plugin ${pluginId}`,
      severity: chooseSeverity(cvss, ratingSeverity(fields.get('risk_factor')), numericSeverity[level]),
      cves: collectCves(...cves),
      port,
      protocol,
      location: `${port}/${protocol}`,
    };
    if (cvss !== undefined) finding.cvss = cvss;
    const epss = parseEpss(fields.get('epss_score'));
    if (epss !== undefined) finding.epss = epss;
    const description = optionalText(fields.get('description') ?? fields.get('synopsis'));
    if (description) finding.description = description;
    const solution = optionalText(fields.get('solution'));
    if (solution && solution !== 'n/a') finding.solution = solution;
    const evidence = optionalText(fields.get('plugin_output'));
    if (evidence) finding.evidence = evidence;
    return finding;
  }
}

export const nessusXmlHandler: XmlHandlerFactory = (scanner, emit) => new NessusHandler(scanner, emit);
