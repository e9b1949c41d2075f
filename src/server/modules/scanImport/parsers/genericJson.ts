/** DefectDojo generic findings JSON: `{"findings": [{title, severity, description, …}]}`. */
import type { JsonReportHandler } from '../json/jsonReport.js';
import { genericFindings } from './genericFinding.js';
import { ScanParseError, type ParsedAsset } from './types.js';

export function genericJsonHandler(reportAsset: ParsedAsset): JsonReportHandler {
  return {
    paths: ['$.findings.*'],
    onValue(value, keys, emit) {
      const where = `finding ${Number(keys[1]) + 1}`;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ScanParseError('A finding must be an object', where);
      for (const finding of genericFindings(value as Record<string, unknown>, where, reportAsset)) emit(finding);
    },
  };
}
