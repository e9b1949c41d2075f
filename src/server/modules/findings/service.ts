import type { z } from 'zod';
import type { AssetKind, FindingDetail, findingListQuery, FindingSeverity, FindingStatus, findingSummary } from '../../../shared/schemas/vulnerability.js';
import type { TenantContext } from '../../db/context.js';
import { toIso } from '../../db/time.js';
import { notFound } from '../../http/domainError.js';
import { findFindingRow, findFindingTexts, findingHistory, listFindingRows, scanRefs, type FindingRow } from './queries.js';

type FindingSummary = z.infer<typeof findingSummary>;

function summaryOf({ finding, scopeName, asset }: FindingRow): FindingSummary {
  return {
    id: finding.id,
    scope: { id: finding.scopeId, name: scopeName },
    asset: { ...asset, kind: asset.kind as AssetKind },
    ruleId: finding.ruleId,
    title: finding.title,
    severity: finding.severity as FindingSeverity,
    cvss: finding.cvss,
    cves: finding.cves,
    epss: finding.epss,
    port: finding.port,
    protocol: finding.protocol,
    location: finding.location,
    status: finding.status as FindingStatus,
    occurrences: finding.occurrences,
    firstSeenAt: toIso(finding.firstSeenAt),
    lastSeenAt: toIso(finding.lastSeenAt),
    closedAt: toIso(finding.closedAt),
    version: finding.version,
  };
}

export async function listFindings(ctx: TenantContext, query: z.output<typeof findingListQuery>) {
  const { rows, total } = await listFindingRows(ctx, {
    scopeId: query.scope,
    assetId: query.asset,
    severities: query.severity,
    statuses: query.status,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: rows.map(summaryOf), total };
}

export async function describeFinding(ctx: TenantContext, id: string): Promise<FindingDetail> {
  const row = await findFindingRow(ctx, id);
  if (!row) throw notFound('finding');
  const { finding } = row;
  const scanIds = [finding.firstScanId, finding.lastScanId].filter((scanId): scanId is string => scanId !== null);
  const refs = new Map((await scanRefs(ctx, scanIds)).map((scan) => [scan.id, { ...scan, createdAt: toIso(scan.createdAt) }]));
  const history = await findingHistory(ctx, id);
  const texts = await findFindingTexts(ctx, finding.textHash);
  return {
    ...summaryOf(row),
    identity: finding.identity,
    description: texts.description,
    solution: texts.solution,
    evidence: finding.evidence,
    firstScan: (finding.firstScanId && refs.get(finding.firstScanId)) || null,
    lastScan: (finding.lastScanId && refs.get(finding.lastScanId)) || null,
    history: history.map((event) => ({
      at: toIso(event.at),
      fromStatus: event.fromStatus as FindingStatus | null,
      toStatus: event.toStatus as FindingStatus,
      scan: event.scanId ? { id: event.scanId, fileName: event.scanFileName ?? '' } : null,
      person: event.personId ? { id: event.personId, name: event.personName ?? '' } : null,
      comment: event.comment,
    })),
  };
}
