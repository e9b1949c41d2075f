/** XML text and attribute values as plain strings: entity decoding and line-end normalisation. */

export const isWhitespace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

const namedEntities: Record<string, string> = Object.assign(Object.create(null), { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" });
export const normaliseLineEnds = (text: string) => (text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n'));

/** Replaces the entities the scanner allowed (named five, decimal and hex references); faster than a regex callback. */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  let decoded = '';
  let copied = 0;
  while (amp !== -1) {
    const semicolon = text.indexOf(';', amp + 2);
    if (semicolon === -1) break;
    let replacement: string | undefined;
    if (text.charCodeAt(amp + 1) === 35 /* # */) {
      const hex = text.charCodeAt(amp + 2) === 120; /* x */
      const code = hex ? parseInt(text.slice(amp + 3, semicolon), 16) : Number(text.slice(amp + 2, semicolon));
      replacement = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    } else {
      replacement = namedEntities[text.slice(amp + 1, semicolon)];
    }
    if (replacement !== undefined) {
      decoded += text.slice(copied, amp) + replacement;
      copied = semicolon + 1;
    }
    amp = text.indexOf('&', amp + 1);
  }
  return copied === 0 ? text : decoded + text.slice(copied);
}

/** XML text to plain text: entities decoded, CR LF and lone CR read as LF (as XML requires). */
export function decodeText(raw: string): string {
  return normaliseLineEnds(raw.indexOf('&') === -1 ? raw : decodeEntities(raw));
}

/**
 * The values of the `wanted` attributes, in that order (undefined when absent): names are
 * compared in place, so a tag read on every finding costs no object and no name strings.
 */
export function pickAttributes(raw: string, wanted: readonly string[]): (string | undefined)[] {
  const values: (string | undefined)[] = new Array(wanted.length).fill(undefined);
  let i = 0;
  for (;;) {
    const equals = raw.indexOf('=', i);
    if (equals === -1) return values;
    while (isWhitespace(raw.charCodeAt(i))) i++;
    let nameEnd = equals;
    while (isWhitespace(raw.charCodeAt(nameEnd - 1))) nameEnd--;
    let quote = equals + 1;
    while (isWhitespace(raw.charCodeAt(quote))) quote++;
    const close = raw.indexOf(raw.charCodeAt(quote) === 34 ? '"' : "'", quote + 1);
    for (let w = 0; w < wanted.length; w++) {
      const name = wanted[w]!;
      if (name.length === nameEnd - i && raw.startsWith(name, i)) {
        const value = raw.slice(quote + 1, close);
        values[w] = value.indexOf('&') === -1 && value.indexOf('\n') === -1 ? value : normaliseAttribute(decodeText(value));
        break;
      }
    }
    i = close + 1;
  }
}

const normaliseAttribute = (value: string) => (/[\t\n]/.test(value) ? value.replace(/[\t\n]/g, ' ') : value);

/** The attributes of a tag as name → value; the scanner has validated the syntax already. */
export function readAttributes(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let i = 0;
  for (;;) {
    const equals = raw.indexOf('=', i);
    if (equals === -1) return attributes;
    while (isWhitespace(raw.charCodeAt(i))) i++;
    let nameEnd = equals;
    while (isWhitespace(raw.charCodeAt(nameEnd - 1))) nameEnd--;
    const name = raw.slice(i, nameEnd);
    let quote = equals + 1;
    while (isWhitespace(raw.charCodeAt(quote))) quote++;
    const close = raw.indexOf(raw[quote]!, quote + 1);
    const value = raw.slice(quote + 1, close);
    attributes[name] = value.indexOf('&') === -1 && value.indexOf('\n') === -1 ? value : normaliseAttribute(decodeText(value));
    i = close + 1;
  }
}
