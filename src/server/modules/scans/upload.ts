/**
 * Receives `POST /api/v1/scans` (multipart: file, scope, optional format): the file is streamed
 * to the upload directory under its future scan id, never held in memory, and refused past the
 * cap. The format comes from the content unless the form names it.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { scanFormats, scanUploadFields } from '../../../shared/schemas/vulnerability.js';
import { DomainError } from '../../http/domainError.js';
import type { AppServices, ReceivedUpload } from '../../http/route.js';
import { scanUploadPath } from '../../jobs/scanImportQueue.js';
import { detectFormat, detectionHeadBytes } from './scanParser.js';
import type { ScanUpload } from './service.js';

/** Only types the handler's body: the route reads multipart itself (see `receive`). */
export const receivedScanUpload = z.object({
  id: z.uuid(),
  scope: z.string(),
  format: z.enum(scanFormats),
  fileName: z.string(),
  fileSize: z.number().int(),
});

/** Room for the form's other fields and boundaries on top of the file's own cap. */
const formOverhead = 64 * 1024;

const invalid = (status: number, code: string, field: string, message: string) => new DomainError(status, code, `${field}: ${message}`, {}, [{ path: field, message }]);
const humanSize = (bytes: number) => (bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GB` : bytes >= 1024 ** 2 ? `${bytes / 1024 ** 2} MB` : `${bytes} bytes`);
const tooLarge = (limit: number) => new DomainError(413, 'file_too_large', `The file is larger than the ${humanSize(limit)} limit`, {}, [{ path: 'file', message: `is larger than ${humanSize(limit)}` }]);

export async function receiveScanUpload(request: FastifyRequest, services: AppServices): Promise<ReceivedUpload<ScanUpload>> {
  const settings = services.scanImports;
  if (!settings) throw new DomainError(503, 'scan_imports_unavailable', 'Scanner imports are not set up on this server');
  if (!request.isMultipart()) throw new DomainError(415, 'multipart_required', 'Send the report as multipart/form-data with the fields file, scope and optionally format');
  if (Number(request.headers['content-length'] ?? 0) > settings.maxUploadBytes + formOverhead) throw tooLarge(settings.maxUploadBytes);

  const id = randomUUID();
  const filePath = scanUploadPath(settings, id);
  const discard = () => rm(filePath, { force: true });
  await mkdir(settings.uploadDir, { recursive: true });
  const fields: Record<string, string> = {};
  let fileName: string | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: settings.maxUploadBytes, files: 1, fields: 5, fieldSize: 1000, parts: 6 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') throw invalid(400, 'validation_failed', part.fieldname, 'is not a field of this form; send the report in the field file');
        await pipeline(part.file, createWriteStream(filePath, { flags: 'wx' }));
        if (part.file.truncated) throw tooLarge(settings.maxUploadBytes);
        fileName = path.basename(part.filename || 'report').slice(0, 255);
      } else {
        if (part.valueTruncated) throw invalid(400, 'validation_failed', part.fieldname, 'is too long');
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    await discard();
    throw uploadProblem(error, settings.maxUploadBytes);
  }
  try {
    return { body: await describeUpload(id, filePath, fileName, fields), discard };
  } catch (error) {
    await discard();
    throw error;
  }
}

async function describeUpload(id: string, filePath: string, fileName: string | null, fields: Record<string, string>): Promise<ScanUpload> {
  const parsed = scanUploadFields.safeParse(fields);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || 'form', message: issue.message }));
    throw new DomainError(400, 'validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), {}, errors);
  }
  if (fileName === null) throw invalid(400, 'validation_failed', 'file', 'is missing: send the report in the field file');
  const { size } = await stat(filePath);
  if (size === 0) throw invalid(422, 'empty_file', 'file', 'is empty');
  const format = parsed.data.format ?? detectFormat(await readHead(filePath), fileName);
  if (!format) {
    throw invalid(422, 'unknown_format', 'file', `is not a report of a known format (${scanFormats.join(', ')}); name the format in the field format if it is one`);
  }
  return { id, scope: parsed.data.scope, format, fileName, fileSize: size };
}

async function readHead(filePath: string): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(detectionHeadBytes);
    const { bytesRead } = await handle.read(buffer, 0, detectionHeadBytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The multipart reader's own refusals, in the API's words. */
function uploadProblem(error: unknown, limit: number): unknown {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(limit);
  if (code === 'FST_FILES_LIMIT') return invalid(400, 'validation_failed', 'file', 'send one file only');
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return new DomainError(400, 'validation_failed', 'The form has more fields than file, scope and format');
  if (code === 'FST_PROTO_VIOLATION') return new DomainError(400, 'validation_failed', 'The form has a field name that is not allowed');
  if (code === 'FST_MP_PREMATURE_CLOSE' || (error as Error).message?.includes('Unexpected end of')) {
    return new DomainError(400, 'upload_incomplete', 'The upload ended before the whole form arrived');
  }
  return error;
}
