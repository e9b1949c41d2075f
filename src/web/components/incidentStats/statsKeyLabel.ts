import type { Locale } from '../../../shared/locales';
import { incidentCauseLabels, msbCategoryLabels, rsitClasses, severityLabels, type IncidentCause, type MsbCategory, type Severity } from '../../../shared/incident/taxonomy';
import type { StatsGrouping } from '../../api/incidentInsights';

type Labels = { sv: string; en: string };

/** "Bedrägeri: Nätfiske": an RSIT type named with its class, as the server and the XLSX name it. */
const rsitTypeLabels = new Map<string, Labels>(
  rsitClasses.flatMap((rsitClass) => rsitClass.types.map((type) => [type.code, { sv: `${rsitClass.sv}: ${type.sv}`, en: `${rsitClass.en}: ${type.en}` }] as const)),
);
/** The server's key for incidents not yet classified on the axis. */
const noneKey = 'none';
const noneLabel: Labels = { sv: 'Ej bedömd', en: 'Not assessed' };

function lookup<K extends string | number>(labels: Record<K, Labels>, key: string): Labels | undefined {
  return Object.prototype.hasOwnProperty.call(labels, key) ? labels[key as K] : undefined;
}

/**
 * A row's name in the language on screen. The taxonomy codes are translated here, so switching
 * language needs no new request; förvaltningar (and anything unknown) keep the server's label.
 */
export function statsKeyLabel(groupBy: StatsGrouping, key: string, serverLabel: string, locale: Locale): string {
  if (key === noneKey && groupBy !== 'orgUnit') return noneLabel[locale];
  const labels =
    groupBy === 'type'
      ? rsitTypeLabels.get(key)
      : groupBy === 'category'
        ? lookup<MsbCategory>(msbCategoryLabels, key)
        : groupBy === 'cause'
          ? lookup<IncidentCause>(incidentCauseLabels, key)
          : groupBy === 'severity'
            ? lookup<Severity>(severityLabels, key)
            : undefined;
  return labels ? labels[locale] : serverLabel;
}
