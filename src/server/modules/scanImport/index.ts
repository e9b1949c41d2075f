/**
 * Värn's scanner-report parsers: detect a report's format and stream its findings, already
 * reduced to Värn's identity and severity rules (../shared/corpus/README.md).
 */
export { detectFormat, detectionHeadBytes } from './detectFormat.js';
export { parseScan, type ParseScanOptions } from './parseScan.js';
export { summarizeFindings, type ReportSummary } from './summarizeFindings.js';
export * from './parsers/types.js';
