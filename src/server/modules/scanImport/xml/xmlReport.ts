/**
 * Runs an XML report through the scanner chunk by chunk and yields the findings a format's
 * handler completes, so at most one chunk's findings wait in memory. Syntax and handler errors
 * become ScanParseErrors that name the line and column.
 */
import { decodedText, fileChunks, type ReadOptions } from '../input/fileChunks.js';
import { describePosition, locateChar } from '../input/locate.js';
import { ScanParseError, type ParsedFinding } from '../parsers/types.js';
import { XmlScanner, XmlSyntaxError, type XmlHandler } from './xmlScanner.js';

export type XmlHandlerFactory = (scanner: XmlScanner, emit: (finding: ParsedFinding) => void) => XmlHandler;

export async function* parseXmlReport(path: string, createHandler: XmlHandlerFactory, options: ReadOptions = {}): AsyncGenerator<ParsedFinding> {
  const encoding = await declaredEncoding(path);
  const decode = (chunks: AsyncIterable<Buffer>) => decodedText(chunks, encoding);
  let pending: ParsedFinding[] = [];
  const scanner = new XmlScanner();
  scanner.handler = createHandler(scanner, (finding) => pending.push(finding));
  try {
    for await (const text of decode(fileChunks(path, options))) {
      scanner.write(text);
      if (pending.length > 0) {
        const ready = pending;
        pending = [];
        // A plain loop: `yield*` over an array costs twice as much per item in an async generator.
        for (const finding of ready) yield finding;
      }
    }
    scanner.end();
    for (const finding of pending) yield finding;
  } catch (error) {
    throw await withPosition(error, path, decode, scanner);
  }
}

async function withPosition(
  error: unknown,
  path: string,
  decode: (chunks: AsyncIterable<Buffer>) => AsyncIterable<string>,
  scanner: XmlScanner,
): Promise<unknown> {
  if (error instanceof XmlSyntaxError) {
    return new ScanParseError(`Malformed XML: ${error.message}`, describePosition(await locateChar(path, error.offset, decode)));
  }
  if (error instanceof ScanParseError && error.where === undefined) {
    return new ScanParseError(error.message, describePosition(await locateChar(path, scanner.currentOffset(), decode)));
  }
  return error;
}

/** The encoding in the XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`), UTF-8 when none. */
async function declaredEncoding(path: string): Promise<string> {
  for await (const chunk of fileChunks(path)) {
    const head = chunk.subarray(0, 200).toString('latin1');
    const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    if (!declared) return 'utf-8';
    try {
      new TextDecoder(declared);
      return declared;
    } catch {
      throw new ScanParseError(`Unsupported XML encoding "${declared}"`, 'line 1');
    }
  }
  return 'utf-8';
}
