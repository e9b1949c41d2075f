/**
 * Turning an offset into "line L, column C" for error messages. Parsers report only an offset
 * (counting lines on the hot path would cost every import); the file is read again, once, when
 * an import has already failed.
 */
import { fileChunks } from './fileChunks.js';

export interface TextPosition {
  line: number;
  column: number;
}

export const describePosition = (position: TextPosition) => `line ${position.line}, column ${position.column}`;

/** Position of a byte offset (columns count bytes, which equals characters on ASCII lines). */
export async function locateByte(path: string, byteOffset: number): Promise<TextPosition> {
  let line = 1;
  let lineStart = 0;
  let base = 0;
  for await (const chunk of fileChunks(path)) {
    const end = Math.min(chunk.length, byteOffset - base);
    for (let i = chunk.indexOf(10); i !== -1 && i < end; i = chunk.indexOf(10, i + 1)) {
      line++;
      lineStart = base + i + 1;
    }
    base += chunk.length;
    if (base >= byteOffset) break;
  }
  return { line, column: byteOffset - lineStart + 1 };
}

/** Position of a character offset in text decoded by `decode` (the same decoding the parser used). */
export async function locateChar(path: string, charOffset: number, decode: (chunks: AsyncIterable<Buffer>) => AsyncIterable<string>): Promise<TextPosition> {
  let line = 1;
  let lineStart = 0;
  let base = 0;
  for await (const text of decode(fileChunks(path))) {
    const end = Math.min(text.length, charOffset - base);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = base + i + 1;
    }
    base += text.length;
    if (base >= charOffset) break;
  }
  return { line, column: charOffset - lineStart + 1 };
}
