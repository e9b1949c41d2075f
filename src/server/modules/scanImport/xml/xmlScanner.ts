/**
 * A streaming, non-validating but strict XML tokenizer for scanner reports. We measured saxes
 * (the usual choice) at about 95 MB/s on this machine with empty handlers, which caps a 200,000-
 * finding .nessus at ~45,000 findings/s before any work; this scanner jumps between markup with
 * `indexOf` and regular expressions, hands the handler only tag names and raw attributes, and
 * keeps text only while the handler asks for it (`capturing`).
 *
 * Well-formedness it enforces: matching and closed tags, one root, well-formed attributes, only
 * the five predefined entities and character references, no text outside the root. It never
 * reads a DTD: a DOCTYPE with an internal subset (entity declarations: XXE, billion laughs) or an
 * external DTD is refused. Errors carry the character offset; callers turn it into line/column.
 */
import { limits } from '../limits.js';
import { NameCache } from './nameCache.js';
import { decodeEntities, isWhitespace, normaliseLineEnds } from './xmlText.js';

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export interface XmlHandler {
  /** `attributes` is the raw, already validated attribute text ('' when none); see readAttributes. */
  open(name: string, attributes: string): void;
  close(name: string): void;
  /**
   * Whether open/close of elements with this name concern the handler (default: all). Asked
   * once per distinct name; other elements are still checked, and captured text runs through
   * them, but cost no calls. Reports repeat dozens of uninteresting elements per finding.
   */
  wants?(name: string): boolean;
}

const entityRef = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
const entityInValue = '&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);';
/** Well-formed attributes up to the tag's end, matched in place in the chunk (no slice per tag). */
const attributesToTagEnd = new RegExp(
  `(?:\\s+[A-Za-z_:\\u00C0-\\uFFFF][-\\w.:\\u00B7-\\uFFFF]*\\s*=\\s*(?:"[^<"&]*(?:${entityInValue}[^<"&]*)*"|'[^<'&]*(?:${entityInValue}[^<'&]*)*'))*\\s*/?>`,
  'y',
);
const nonWhitespace = /\S/;
/** Letters, '_', ':' and anything non-ASCII may start an XML name. */
const isNameStart = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58 || code >= 0xc0;

export class XmlScanner {
  /** Set by the handler in `open`: text (and CDATA) inside is kept until `takeText()`. */
  capturing = false;
  private captured = '';
  private capturedEntities = false;
  /** Whether any chunk had a CR, so text needs line-end normalisation at all. */
  private sawCarriageReturn = false;
  private readonly names = new NameCache(() => this.handler);
  /** Per open element (by depth): whether the handler wants its close. */
  private readonly wantedAt = new Uint8Array(limits.maxDepth + 1);
  private buf = '';
  private pos = 0;
  /** Absolute character offset of buf[0]. */
  private base = 0;
  private readonly stack: string[] = [];
  private seenRoot = false;
  private rootClosed = false;
  /** Cached index of the next '&' in buf at or after the text being checked; -1 unknown. */
  private nextAmp = -1;
  /** Where the tag being handled starts in buf, so handler errors can say where. */
  private tagOffset = 0;

  /** Told about every tag; set once the format's handler exists. */
  handler: XmlHandler = { open: () => undefined, close: () => undefined };

  write(chunk: string): void {
    // join() makes a flat string; '+' would make a cons string that every charCodeAt has to look through.
    this.buf = this.pos < this.buf.length ? [this.buf.slice(this.pos), chunk].join('') : chunk;
    this.base += this.pos;
    this.pos = 0;
    this.nextAmp = -1;
    if (!this.sawCarriageReturn && chunk.indexOf('\r') !== -1) this.sawCarriageReturn = true;
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (this.pos < this.buf.length) this.fail('The file ends inside a tag (truncated?) that starts', this.pos);
    if (this.stack.length > 0) this.fail(`Unexpected end of file: <${this.stack[this.stack.length - 1]}> is not closed`, this.buf.length);
    if (!this.seenRoot) this.fail('No XML element found', this.buf.length);
  }

  /** The text captured since `capturing` was set, entities decoded, line ends normalised; stops capturing. */
  takeText(): string {
    // Already bounded by keep(); the caller's capText cuts it to size and marks the cut.
    let text = this.captured;
    if (this.capturedEntities) text = decodeEntities(text);
    if (this.sawCarriageReturn) text = normaliseLineEnds(text);
    this.captured = '';
    this.capturedEntities = false;
    this.capturing = false;
    return text;
  }

  /** Absolute character offset of the tag the handler is being told about. */
  currentOffset(): number {
    return this.base + this.tagOffset;
  }

  private fail(message: string, pos: number): never {
    throw new XmlSyntaxError(message, this.base + pos);
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    const length = buf.length;
    let pos = this.pos;
    while (pos < length) {
      if (buf.charCodeAt(pos) !== 60 /* < */) {
        let textEnd = buf.indexOf('<', pos);
        if (textEnd === -1) {
          textEnd = length;
          if (!final) {
            // An entity may be cut by the chunk boundary: keep it for the next write.
            const amp = buf.lastIndexOf('&');
            if (amp >= Math.max(pos, length - 16) && buf.indexOf(';', amp) === -1) textEnd = amp;
            this.text(pos, textEnd);
            pos = textEnd;
            break;
          }
        }
        // Most text between tags is layout whitespace nobody asked for: skip it without a call.
        if (!this.capturing && this.stack.length !== 0 && this.nextAmp >= textEnd) {
          pos = textEnd;
          continue;
        }
        this.text(pos, textEnd);
        pos = textEnd;
        continue;
      }
      const next = this.markup(pos, final);
      if (next === -1) {
        if (final) this.fail('The file ends inside a tag (truncated?) that starts', pos);
        if (length - pos > limits.maxXmlMarkupChars) this.fail('A tag, comment or CDATA section is larger than allowed', pos);
        break;
      }
      pos = next;
    }
    this.pos = pos;
  }

  private text(start: number, end: number): void {
    if (start >= end) return;
    const buf = this.buf;
    if (this.stack.length === 0) {
      const stray = buf.slice(start, end).search(nonWhitespace);
      if (stray !== -1) this.fail(this.rootClosed ? 'Text after the end of the document' : 'Text before the first element', start + stray);
    }
    let amp = this.nextAmp >= start ? this.nextAmp : buf.indexOf('&', start);
    if (amp === -1) amp = Infinity;
    if (amp < end && this.capturing) this.capturedEntities = true;
    while (amp < end) {
      entityRef.lastIndex = amp;
      if (!entityRef.test(buf)) this.fail('Invalid "&": only &amp; &lt; &gt; &quot; &apos; and character references are allowed (no DTD entities)', amp);
      amp = buf.indexOf('&', amp + 1);
      if (amp === -1) amp = Infinity;
    }
    this.nextAmp = amp === Infinity ? buf.length : amp;
    if (this.capturing) this.keep(buf, start, end);
  }

  private keep(buf: string, start: number, end: number): void {
    const room = limits.maxValueChars + 16 - this.captured.length;
    if (room <= 0) return;
    const piece = buf.slice(start, Math.min(end, start + room));
    this.captured = this.captured === '' ? piece : this.captured + piece;
  }

  /** Handles the markup at buf[pos] === '<'; returns where it ends, or -1 when more data is needed. */
  private markup(pos: number, final: boolean): number {
    const buf = this.buf;
    const next = buf.charCodeAt(pos + 1);
    if (next !== next) return -1; // NaN: '<' is the last character so far
    if (next === 47 /* / */) return this.closeTag(pos);
    if (next === 63 /* ? */) {
      const end = buf.indexOf('?>', pos + 2);
      return end === -1 ? -1 : end + 2;
    }
    if (next === 33 /* ! */) return this.declaration(pos, final);
    return this.openTag(pos);
  }

  private closeTag(pos: number): number {
    const buf = this.buf;
    const expected = this.stack[this.stack.length - 1];
    const nameEnd = pos + 2 + (expected?.length ?? 0);
    // Usually the tag is exactly </expected>: no search needed.
    const end = buf.charCodeAt(nameEnd) === 62 ? nameEnd : buf.indexOf('>', pos + 2);
    if (end === -1) return -1;
    const open = this.stack.pop();
    // Compared in place: no string is made for the name of every closing tag.
    if (open === undefined || !buf.startsWith(open, pos + 2) || (nameEnd !== end && buf.slice(nameEnd, end).trim() !== '')) {
      const tag = buf.slice(pos + 2, end).trim();
      this.fail(open === undefined ? `Closing tag </${tag}> without an opening tag` : `Closing tag </${tag}> does not match <${open}>`, pos);
    }
    if (this.stack.length === 0) this.rootClosed = true;
    this.tagOffset = pos;
    if (this.wantedAt[this.stack.length] === 1) this.handler.close(open);
    return end + 1;
  }

  private openTag(pos: number): number {
    const buf = this.buf;
    const length = buf.length;
    // The name runs to whitespace, '/' or '>'; quotes only matter after it.
    let nameEnd = pos + 1;
    let code = buf.charCodeAt(nameEnd);
    if (!isNameStart(code)) {
      if (code !== code) return -1;
      this.fail('Invalid element name', pos);
    }
    let hash = code;
    while (++nameEnd < length) {
      code = buf.charCodeAt(nameEnd);
      if (code === 62 || code === 47 || code <= 32) break;
      if (code === 60 || code === 34 || code === 39 || code === 61) this.fail('Invalid element name', pos);
      hash = (Math.imul(hash, 31) + code) & 0x3fffffff;
    }
    if (code < 32 && !isWhitespace(code)) this.fail('Invalid character in element name', pos);
    let end = nameEnd;
    if (code !== 62) {
      attributesToTagEnd.lastIndex = nameEnd;
      if (attributesToTagEnd.test(buf)) end = attributesToTagEnd.lastIndex - 1;
      else {
        end = this.tagEnd(nameEnd);
        if (end === -1) return -1; // the tag goes on in the next chunk
        this.fail(`Malformed attributes in <${buf.slice(pos + 1, nameEnd)}>`, pos);
      }
    }
    const selfClosing = buf.charCodeAt(end - 1) === 47;
    const attributesEnd = selfClosing ? end - 1 : end;
    const tag = this.names.get(buf, pos + 1, nameEnd, hash);
    const wanted = this.names.wanted;
    const attributes = !wanted || nameEnd >= attributesEnd ? '' : buf.slice(nameEnd, attributesEnd);
    if (this.rootClosed) this.fail(`Element <${tag}> after the end of the document`, pos);
    if (this.stack.length >= limits.maxDepth) this.fail('Elements are nested too deeply', pos);
    this.seenRoot = true;
    this.tagOffset = pos;
    if (selfClosing) {
      if (this.stack.length === 0) this.rootClosed = true;
      if (wanted) {
        this.handler.open(tag, attributes);
        this.handler.close(tag);
      }
    } else {
      this.wantedAt[this.stack.length] = wanted ? 1 : 0;
      this.stack.push(tag);
      if (wanted) this.handler.open(tag, attributes);
    }
    return end + 1;
  }

  /** Where the tag whose attributes start at `from` ends ('>' outside quotes), or -1 if not in this chunk. */
  private tagEnd(from: number): number {
    const buf = this.buf;
    for (let end = from; end < buf.length; end++) {
      const code = buf.charCodeAt(end);
      if (code === 62 /* > */) return end;
      if (code === 34 || code === 39) {
        end = buf.indexOf(code === 34 ? '"' : "'", end + 1);
        if (end === -1) return -1;
      }
    }
    return -1;
  }

  private declaration(pos: number, final: boolean): number {
    const buf = this.buf;
    if (buf.length - pos < 9 && !final) return -1;
    if (buf.startsWith('<!--', pos)) {
      const end = buf.indexOf('-->', pos + 4);
      return end === -1 ? -1 : end + 3;
    }
    if (buf.startsWith('<![CDATA[', pos)) {
      const end = buf.indexOf(']]>', pos + 9);
      if (end === -1) return -1;
      if (this.stack.length === 0) this.fail('CDATA outside the root element', pos);
      if (this.capturing) {
        // Kept escaped so takeText's entity decoding gives the literal text back.
        const literal = buf.slice(pos + 9, end).replace(/&/g, '&amp;');
        this.capturedEntities = true;
        this.keep(literal, 0, literal.length);
      }
      return end + 3;
    }
    if (buf.startsWith('<!DOCTYPE', pos)) return this.doctype(pos);
    this.fail('Unexpected markup "<!"', pos);
  }

  private doctype(pos: number): number {
    const buf = this.buf;
    const end = buf.indexOf('>', pos);
    const subset = buf.indexOf('[', pos);
    if (subset !== -1 && (end === -1 || subset < end)) {
      this.fail('A DOCTYPE with entity declarations is not allowed (XML entities and DTDs are refused)', pos);
    }
    if (end === -1) return -1;
    if (/\b(?:SYSTEM|PUBLIC)\b/.test(buf.slice(pos, end))) this.fail('A DOCTYPE that loads an external DTD is not allowed', pos);
    if (this.seenRoot) this.fail('DOCTYPE after the first element', pos);
    return end + 1;
  }
}
