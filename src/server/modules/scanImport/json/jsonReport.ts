/**
 * Streams a JSON report through @streamparser/json, handing the format's handler only the values
 * at the paths it names (one vulnerability, one SARIF result…): everything else is parsed, checked
 * and dropped, so memory holds one item at a time. Bytes held between two handed-over values are
 * capped (a hostile file cannot make one value fill memory), as is nesting depth. Errors name the
 * line and column.
 */
import { Tokenizer, TokenParser, TokenizerError, TokenParserError } from '@streamparser/json';
import { fileChunks, type ReadOptions } from '../input/fileChunks.js';
import { describePosition, locateByte } from '../input/locate.js';
import { limits } from '../limits.js';
import { ScanParseError, type ParsedFinding } from '../parsers/types.js';

export type JsonKey = string | number | undefined;

/** Called for each value at one of the handler's paths; `keys` is the value's path from the root. */
export interface JsonReportHandler {
  paths: string[];
  onValue(value: unknown, keys: readonly JsonKey[], emit: (finding: ParsedFinding) => void): void;
}

const leftBrace = 0;
const rightBrace = 1;
const leftBracket = 2;
const rightBracket = 3;

export async function* parseJsonReport(path: string, handler: JsonReportHandler, options: ReadOptions = {}): AsyncGenerator<ParsedFinding> {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: handler.paths, keepStack: false });
  let pending: ParsedFinding[] = [];
  const emit = (finding: ParsedFinding) => pending.push(finding);
  let tokenOffset = 0;
  let heldFrom = 0;
  let depth = 0;
  let bytesFed = 0;
  let bomBytes = 0;
  tokenizer.onToken = (token) => {
    tokenOffset = token.offset;
    const type = token.token as number;
    if (type === leftBrace || type === leftBracket) {
      if (++depth > limits.maxDepth) throw new ScanParseError('JSON is nested too deeply');
    } else if (type === rightBrace || type === rightBracket) depth--;
    parser.write(token);
  };
  parser.onValue = ({ value, key, stack }) => {
    heldFrom = tokenOffset;
    const keys: JsonKey[] = [];
    for (let i = 1; i < stack.length; i++) keys.push(stack[i]!.key);
    keys.push(key);
    handler.onValue(value, keys, emit);
  };
  parser.onEnd = () => undefined;
  try {
    for await (let chunk of fileChunks(path, options)) {
      if (bytesFed === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        bomBytes = 3;
        chunk = chunk.subarray(3);
      }
      tokenizer.write(chunk);
      bytesFed += chunk.length;
      if (bytesFed - heldFrom > limits.maxJsonValueBytes) {
        throw new ScanParseError(`A single JSON value is larger than ${limits.maxJsonValueBytes / (1024 * 1024)} MB`, `near byte ${heldFrom}`);
      }
      if (pending.length > 0) {
        const ready = pending;
        pending = [];
        for (const finding of ready) yield finding;
      }
    }
    tokenizer.end();
    if (!parser.isEnded) parser.end();
    for (const finding of pending) yield finding;
  } catch (error) {
    throw await describeJsonError(error, path, bomBytes, tokenOffset, bytesFed);
  }
}

async function describeJsonError(error: unknown, path: string, bomBytes: number, tokenOffset: number, bytesFed: number): Promise<unknown> {
  if (error instanceof ScanParseError) {
    return error.where !== undefined ? error : new ScanParseError(error.message, describePosition(await locateByte(path, bomBytes + tokenOffset)));
  }
  const message = error instanceof Error ? error.message : '';
  const truncated = /ended in mid-parsing|ended in the middle of a token/.test(message);
  if (!(error instanceof TokenizerError || error instanceof TokenParserError || truncated)) return error;
  if (truncated) return new ScanParseError('Unexpected end of JSON (the file is truncated)', describePosition(await locateByte(path, bomBytes + bytesFed)));
  // The tokenizer names the absolute byte; for a misplaced token the last token is where.
  const absolute = /absolute position "?(\d+)/.exec(message)?.[1];
  const offset = absolute !== undefined ? Number(absolute) : tokenOffset;
  const detail = message.replace(/ at chunk position.*$/s, '').replace(/\. Either not all.*$/s, '');
  return new ScanParseError(`Malformed JSON: ${detail}`, describePosition(await locateByte(path, bomBytes + offset)));
}
