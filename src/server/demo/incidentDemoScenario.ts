import type { Aspect } from '../../shared/classification/aspects.js';
import type { IncidentCause, MsbCategory, ReportChannel, RsitClassCode, RsitTypeCode, Severity } from '../../shared/incident/taxonomy.js';

/**
 * One kind of event in Exempelkommun's incident demo: what the report says, how the incident
 * manager classifies it, and how it is handled. The texts are Swedish; `{system}`, `{supplier}`,
 * `{object}` and `{unit}` are filled in from the demo register and org tree.
 */
export interface Scenario {
  title: string;
  description: string;
  /** Where it happens (a demo unit key); absent: the reporter's own unit. */
  unit?: string;
  /** Demo objects it touches, by name; `{object}` picks one with systems at random. */
  objects?: string[];
  rsit: [RsitClassCode, RsitTypeCode];
  categories: MsbCategory[];
  cause: IncidentCause;
  aspects: Aspect[];
  severity: Array<[Severity, number]>;
  personalData?: { people: [number, number]; records: [number, number]; waivedReason?: string };
  crime?: boolean;
  channel?: Array<[ReportChannel, number]>;
  /** From aware to resolved. */
  resolveHours: [number, number];
  tasks?: string[];
  notes?: string[];
  rootCause: string;
  lessons?: string;
}

export type ScenarioInput = Omit<Scenario, 'severity'> & { severity?: Scenario['severity'] };

export const scenario = (input: ScenarioInput): Scenario => ({ severity: [[1, 0.6], [2, 0.4]], ...input });
