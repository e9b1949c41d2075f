import type { z } from 'zod';
import {
  catalogueDocument,
  type CatalogueFormat,
  type CatalogueImportResult,
  type CatalogueRow,
  type requirementCreate,
  type requirementUpdate,
} from '../../../shared/schemas/requirements.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { DomainError, notFound, versionConflict } from '../../http/domainError.js';
import { FileDownload } from '../../http/route.js';
import { regenerateAllActionPlans } from '../actions/service.js';
import { writeXlsx, xlsxContentType } from '../../http/spreadsheet.js';
import { readSheet, unreadable, writeCsv } from './catalogueFiles.js';
import { catalogueColumns, checkColumns, rowProblem, sheetCandidates, toCatalogueRow, toSheetRow, validateRows } from './catalogueRows.js';
import {
  findRequirement,
  findRequirementByCode,
  insertRequirements,
  listAllRequirements,
  toRequirement,
  updateRequirementVersioned,
  type RequirementRow,
  type RequirementValues,
} from './queries.js';

const codeTaken = (code: string) => new DomainError(409, 'code_taken', `Another requirement already has the code ${code}`);

/** Did the change touch where the requirement applies (so every plan must follow)? */
const scopeChanged = (before: RequirementRow, after: RequirementRow) =>
  before.minLevel !== after.minLevel || before.aspects.join() !== after.aspects.join() || Boolean(before.retiredAt) !== Boolean(after.retiredAt);

export async function createRequirement(ctx: TenantContext, input: z.output<typeof requirementCreate>) {
  if (await findRequirementByCode(ctx, input.code)) throw codeTaken(input.code);
  const [row] = await insertRequirements(ctx, [input]);
  const created = toRequirement(row);
  await recordAudit(ctx, { action: 'requirement.created', entityType: 'requirement', entityId: row.id, after: created });
  await regenerateAllActionPlans(ctx, `requirement ${row.code} created`);
  return created;
}

export async function updateRequirement(ctx: TenantContext, id: string, input: z.output<typeof requirementUpdate>) {
  const current = await findRequirement(ctx, id, true);
  if (!current) throw notFound('requirement');
  const { version, ...changes } = input;
  if (changes.code && changes.code.toLowerCase() !== current.code.toLowerCase()) {
    const other = await findRequirementByCode(ctx, changes.code);
    if (other && other.id !== id) throw codeTaken(changes.code);
  }
  const updated = await updateRequirementVersioned(ctx, id, version, changes);
  if (!updated) throw versionConflict('requirement');
  await recordAudit(ctx, { action: 'requirement.updated', entityType: 'requirement', entityId: id, before: toRequirement(current), after: toRequirement(updated) });
  if (scopeChanged(current, updated)) await regenerateAllActionPlans(ctx, `requirement ${updated.code} changed`);
  return toRequirement(updated);
}

/** Retired requirements stay (actions refer to them) but no longer apply to any object. */
export async function setRequirementRetired(ctx: TenantContext, id: string, version: number, retired: boolean) {
  const current = await findRequirement(ctx, id, true);
  if (!current) throw notFound('requirement');
  if (Boolean(current.retiredAt) === retired) {
    throw new DomainError(409, retired ? 'requirement_retired' : 'requirement_active', retired ? 'The requirement is already retired' : 'The requirement is not retired');
  }
  const updated = await updateRequirementVersioned(ctx, id, version, { retiredAt: retired ? new Date().toISOString() : null });
  if (!updated) throw versionConflict('requirement');
  await recordAudit(ctx, {
    action: retired ? 'requirement.retired' : 'requirement.unretired',
    entityType: 'requirement',
    entityId: id,
    before: toRequirement(current),
    after: toRequirement(updated),
  });
  await regenerateAllActionPlans(ctx, `requirement ${updated.code} ${retired ? 'retired' : 'brought back'}`);
  return toRequirement(updated);
}

/** The rows of an uploaded file (or JSON body), each with the row number the person sees. */
async function candidateRows(format: CatalogueFormat, body: unknown): Promise<Array<{ row: number; value: unknown }>> {
  if (format === 'json') {
    let document = body;
    if (Buffer.isBuffer(body)) {
      try {
        document = JSON.parse(body.toString('utf8'));
      } catch (error) {
        throw unreadable('json', error instanceof Error ? error.message : 'malformed');
      }
    }
    const parsed = catalogueDocument.safeParse(document);
    if (!parsed.success) {
      throw rowProblem(parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message })));
    }
    return parsed.data.requirements.map((value, index) => ({ row: index + 1, value }));
  }
  if (!Buffer.isBuffer(body)) {
    throw new DomainError(415, 'unsupported_media_type', `Send the ${format.toUpperCase()} file itself as the request body (Content-Type application/octet-stream)`);
  }
  const sheet = await readSheet(format, body);
  checkColumns(sheet);
  return sheetCandidates(sheet);
}

function valuesOf(row: CatalogueRow): RequirementValues {
  const { retired: _retired, ...values } = row;
  return values;
}

const sameValues = (current: RequirementRow, next: RequirementValues) =>
  (Object.keys(next) as Array<keyof RequirementValues>).every((key) => JSON.stringify(current[key]) === JSON.stringify(next[key]));

/**
 * Imports a catalogue: each row creates or updates the requirement with its code. Every row is
 * checked first; one bad row refuses the whole file, listing each problem by row and field.
 */
export async function importCatalogue(ctx: TenantContext, format: CatalogueFormat, body: unknown): Promise<CatalogueImportResult> {
  const rows = validateRows(await candidateRows(format, body));
  const existing = new Map((await listAllRequirements(ctx)).map((row) => [row.code.toLowerCase(), row]));
  const now = new Date().toISOString();
  const created: string[] = [];
  const updated: string[] = [];
  const newRows: Array<RequirementValues & { retiredAt: string | null }> = [];
  for (const { value } of rows) {
    const current = existing.get(value.code.toLowerCase());
    const values = valuesOf(value);
    if (!current) {
      newRows.push({ ...values, retiredAt: value.retired ? now : null });
      created.push(value.code);
      continue;
    }
    const retiredAt = value.retired === undefined || value.retired === Boolean(current.retiredAt) ? current.retiredAt : value.retired ? now : null;
    if (sameValues(current, values) && retiredAt === current.retiredAt) continue;
    if (!(await updateRequirementVersioned(ctx, current.id, current.version, { ...values, retiredAt }))) throw versionConflict('requirement');
    updated.push(value.code);
  }
  await insertRequirements(ctx, newRows);
  const result = { rows: rows.length, created: created.length, updated: updated.length, unchanged: rows.length - created.length - updated.length };
  if (created.length + updated.length > 0) {
    await recordAudit(ctx, {
      action: 'requirement_catalogue.imported',
      entityType: 'requirement_catalogue',
      entityId: null,
      after: { format, ...result, createdCodes: created, updatedCodes: updated },
    });
    await regenerateAllActionPlans(ctx, 'catalogue imported');
  }
  return result;
}

const contentTypes: Record<CatalogueFormat, string> = {
  xlsx: xlsxContentType,
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The whole catalogue, retired requirements included, in the same columns the import reads. */
export async function exportCatalogue(ctx: TenantContext, format: CatalogueFormat): Promise<FileDownload> {
  const requirements = (await listAllRequirements(ctx)).map(toRequirement);
  const filename = `kravkatalog.${format}`;
  if (format === 'json') {
    const document = { requirements: requirements.map(toCatalogueRow) };
    return new FileDownload(filename, contentTypes.json, Buffer.from(JSON.stringify(document, null, 2), 'utf8'));
  }
  const rows = requirements.map(toSheetRow);
  const columns = [...catalogueColumns];
  const body = format === 'xlsx' ? await writeXlsx('Krav', columns, rows, [12, 40, 40, 60, 60, 10, 10, 10, 10, 16, 16, 8]) : writeCsv(columns, rows);
  return new FileDownload(filename, contentTypes[format], body);
}

/**
 * Loads the demo catalogue (Swedish and English texts) into an empty tenant catalogue and plans
 * it for every object already there; for the demo only.
 */
export async function seedDemoRequirements(ctx: TenantContext): Promise<number> {
  const { demoRequirements } = await import('../../demo/requirementsCatalogue.js');
  const rows = await insertRequirements(
    ctx,
    demoRequirements.map((requirement) => ({
      code: requirement.code,
      titleSv: requirement.title.sv,
      titleEn: requirement.title.en,
      descriptionSv: requirement.description.sv,
      descriptionEn: requirement.description.en,
      modality: requirement.modality,
      aspects: requirement.aspects,
      minLevel: requirement.minLevel,
      nis2: requirement.nis2,
      gdpr: requirement.gdpr,
      area: requirement.area,
    })),
  );
  await regenerateAllActionPlans(ctx, 'demo catalogue loaded');
  return rows.length;
}
