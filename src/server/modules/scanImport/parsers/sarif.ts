/**
 * SARIF 2.1.0: one finding per result, all on one asset per imported file (the caller decides
 * which: see parseScan). Identity: rule id, file, start line. Severity: `security-severity`
 * (result, else rule) banded, else the level (result, else the rule's default configuration):
 * error/warning/note/none = high/medium/low/info; no level at all counts as warning.
 * Results marked absent (fixed since the baseline) or passing are not findings.
 *
 * Rules are read from `tool` as the file goes; SARIF writers put `tool` before `results`.
 */
import { collectCves } from '../assets.js';
import type { JsonReportHandler } from '../json/jsonReport.js';
import { detach, limits, optionalText } from '../limits.js';
import { bandScore, parseScore } from '../severity.js';
import type { FindingSeverity, ParsedAsset, ParsedFinding } from './types.js';

type Json = Record<string, any>;

interface Rule {
  id: string;
  title?: string;
  description?: string;
  help?: string;
  level?: string;
  securitySeverity?: number;
  messages?: Json;
}

const levels: Record<string, FindingSeverity> = { error: 'high', warning: 'medium', note: 'low', none: 'info' };
const skippedKinds = new Set(['pass', 'notApplicable']);
/** Run-level arrays that can be long and that we do not need: handed over one by one and dropped. */
const droppedLists = ['invocations', 'logicalLocations', 'threadFlowLocations', 'taxonomies', 'graphs', 'addresses', 'webRequests', 'webResponses', 'policies', 'translations'];

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function sarifHandler(asset: ParsedAsset): JsonReportHandler {
  let run: JsonKeyish = undefined;
  let driverRules: Rule[] = [];
  let rulesById = new Map<string, Rule>();
  let extensionRules = new Map<number, Rule[]>();
  let artifactUris: (string | undefined)[] = [];

  return {
    paths: [
      '$.runs.*.tool.driver.rules.*',
      '$.runs.*.tool.extensions.*.rules.*',
      '$.runs.*.artifacts.*',
      '$.runs.*.results.*',
      ...droppedLists.map((list) => `$.runs.*.${list}.*`),
    ],
    onValue(value, keys, emit) {
      if (keys[1] !== run) {
        run = keys[1];
        driverRules = [];
        rulesById = new Map();
        extensionRules = new Map();
        artifactUris = [];
      }
      if (typeof value !== 'object' || value === null) return;
      const item = value as Json;
      if (keys[2] === 'tool') {
        const rule = readRule(item);
        if (keys[3] === 'driver') driverRules.push(rule);
        else {
          const extension = Number(keys[4]);
          extensionRules.set(extension, [...(extensionRules.get(extension) ?? []), rule]);
        }
        if (rule.id && !rulesById.has(rule.id)) rulesById.set(rule.id, rule);
      } else if (keys[2] === 'artifacts') {
        artifactUris.push(text(item.location?.uri));
      } else if (keys[2] === 'results') {
        const finding = toFinding(item);
        if (finding) emit(finding);
      }
    },
  };

  function ruleOf(result: Json): Rule | undefined {
    const reference = (result.rule ?? {}) as Json;
    const index = typeof result.ruleIndex === 'number' ? result.ruleIndex : reference.index;
    const component = reference.toolComponent?.index;
    const rules = typeof component === 'number' ? extensionRules.get(component) : driverRules;
    if (typeof index === 'number' && rules?.[index]) return rules[index];
    const id = text(result.ruleId) ?? text(reference.id);
    return id ? (rulesById.get(id) ?? rulesById.get(id.split('/')[0]!)) : undefined;
  }

  function toFinding(result: Json): ParsedFinding | undefined {
    if (result.baselineState === 'absent' || skippedKinds.has(result.kind)) return undefined;
    const rule = ruleOf(result);
    const ruleId = text(result.ruleId) ?? text(result.rule?.id) ?? rule?.id ?? 'unknown-rule';
    const physical = (result.locations?.[0]?.physicalLocation ?? {}) as Json;
    const artifact = (physical.artifactLocation ?? {}) as Json;
    const uri = text(artifact.uri) ?? (typeof artifact.index === 'number' ? artifactUris[artifact.index] : undefined) ?? text(result.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName) ?? '';
    const line = physical.region?.startLine;
    const startLine = typeof line === 'number' ? String(line) : '';
    const message = messageText(result.message, rule);
    const score = parseScore(result.properties?.['security-severity']) ?? rule?.securitySeverity;
    const level = text(result.level) ?? rule?.level ?? 'warning';
    const finding: ParsedFinding = {
      asset,
      identity: detach(`${ruleId}|${uri}|${startLine}`.slice(0, limits.maxShortChars * 4)),
      ruleId: detach(ruleId.slice(0, limits.maxShortChars)),
      title: optionalText(rule?.title ?? message?.split('\n')[0] ?? ruleId, limits.maxShortChars) ?? ruleId,
      severity: score !== undefined ? bandScore(score) : (levels[level] ?? 'medium'),
      cves: collectCves(ruleId, rule?.title),
    };
    if (uri) finding.location = detach(`${uri}${startLine ? `:${startLine}` : ''}`.slice(0, limits.maxShortChars));
    const description = optionalText(rule?.description ?? message);
    if (description) finding.description = description;
    const solution = optionalText(rule?.help);
    if (solution) finding.solution = solution;
    const evidence = optionalText(message);
    if (evidence) finding.evidence = evidence;
    return finding;
  }
}

type JsonKeyish = string | number | undefined;

function readRule(rule: Json): Rule {
  return {
    id: text(rule.id) ?? '',
    title: text(rule.shortDescription?.text) ?? text(rule.name),
    description: text(rule.fullDescription?.text),
    help: text(rule.help?.text),
    level: text(rule.defaultConfiguration?.level),
    securitySeverity: parseScore(rule.properties?.['security-severity']),
    messages: typeof rule.messageStrings === 'object' ? rule.messageStrings : undefined,
  };
}

/** The result's message: its text, or the rule's message string with {0}, {1}… filled in. */
function messageText(message: Json | undefined, rule: Rule | undefined): string | undefined {
  if (!message) return undefined;
  if (typeof message.text === 'string') return message.text;
  const template = text(rule?.messages?.[message.id]?.text);
  if (!template) return undefined;
  const args: unknown[] = Array.isArray(message.arguments) ? message.arguments : [];
  return template.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)] ?? ''));
}
