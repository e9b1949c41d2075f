/** Reading a report as a stream of chunks: the file is never held in memory whole. */
import { createReadStream } from 'node:fs';
import { isAscii } from 'node:buffer';
import { ScanParseError } from '../parsers/types.js';

export interface ReadOptions {
  onProgress?(bytesRead: number): void;
}

const chunkSize = 1 << 20;

/** The file's bytes in ~1 MB chunks, reporting progress after each. */
export async function* fileChunks(path: string, options: ReadOptions = {}): AsyncGenerator<Buffer> {
  let bytesRead = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: chunkSize }) as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    yield chunk;
    options.onProgress?.(bytesRead);
  }
}

const utf8Bom = [0xef, 0xbb, 0xbf];

/** The file's bytes with a leading UTF-8 byte-order mark removed (JSON parsers refuse it). */
export async function* withoutUtf8Bom(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let first = true;
  for await (const chunk of chunks) {
    if (first && chunk.length >= 3 && utf8Bom.every((byte, i) => chunk[i] === byte)) {
      first = false;
      if (chunk.length > 3) yield chunk.subarray(3);
      continue;
    }
    first = false;
    yield chunk;
  }
}

/**
 * Text in a declared encoding (UTF-8 unless the report says otherwise). A byte-order mark is
 * honoured and dropped; bytes that are not valid in the encoding become U+FFFD.
 */
export async function* decodedText(chunks: AsyncIterable<Buffer>, encoding = 'utf-8'): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let asciiCompatible = false;
  let mayHoldPartialCharacter = false;
  for await (const chunk of chunks) {
    if (!decoder) {
      decoder = new TextDecoder(bomEncoding(chunk) ?? encoding);
      asciiCompatible = !decoder.encoding.startsWith('utf-16');
    }
    // ASCII reads the same in every such encoding and latin1 copies it several times faster.
    if (asciiCompatible && !mayHoldPartialCharacter && isAscii(chunk)) {
      yield chunk.toString('latin1');
      continue;
    }
    const text = decoder.decode(chunk, { stream: true });
    mayHoldPartialCharacter = chunk.length > 0 && chunk[chunk.length - 1]! >= 0x80;
    if (text) yield text;
  }
  const rest = decoder?.decode() ?? '';
  if (rest) yield rest;
}

/**
 * CSV text that is either UTF-8 (with or without BOM) or Windows-1252, as spreadsheet programs
 * on Swedish Windows save it. A file is UTF-8 until a byte sequence proves otherwise; if that
 * happens before any non-ASCII byte was read, the whole file is Windows-1252 (the ASCII already
 * read is the same in both). Valid UTF-8 followed by invalid bytes is a mixed file and refused.
 */
export async function* utf8OrWindows1252Text(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let utf8: TextDecoder | undefined = new TextDecoder('utf-8', { fatal: true });
  const windows1252 = new TextDecoder('windows-1252');
  let sawNonAscii = false;
  let offset = 0;
  for await (const chunk of chunks) {
    if (offset === 0 && bomEncoding(chunk) === 'utf-8') sawNonAscii = true;
    if (utf8) {
      try {
        const text = utf8.decode(chunk, { stream: true });
        sawNonAscii ||= !isAscii(chunk);
        offset += chunk.length;
        if (text) yield text;
        continue;
      } catch {
        if (sawNonAscii) {
          throw new ScanParseError('The file mixes UTF-8 with another encoding; save it as UTF-8', `near byte ${offset}`);
        }
        utf8 = undefined;
      }
    }
    offset += chunk.length;
    yield windows1252.decode(chunk, { stream: true });
  }
  if (utf8) {
    try {
      const rest = utf8.decode();
      if (rest) yield rest;
    } catch {
      throw new ScanParseError('The file ends in the middle of a UTF-8 character', `byte ${offset}`);
    }
  }
}

/** The encoding a byte-order mark announces, if the chunk starts with one. */
function bomEncoding(chunk: Buffer): string | undefined {
  if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return 'utf-8';
  if (chunk[0] === 0xff && chunk[1] === 0xfe) return 'utf-16le';
  if (chunk[0] === 0xfe && chunk[1] === 0xff) return 'utf-16be';
  return undefined;
}
