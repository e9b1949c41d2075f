/**
 * Size caps that keep a hostile or broken report from using unbounded memory. Values past
 * `maxValueChars` are cut (the finding is still imported); structures past the other caps fail
 * the import, because no real scanner writes them.
 */
export const limits = {
  /** One text value (description, plugin output, solution…), in characters. */
  maxValueChars: 64 * 1024,
  /** One XML tag, comment, CDATA section or DOCTYPE, in characters. */
  maxXmlMarkupChars: 16 * 1024 * 1024,
  /** Element nesting depth in XML and JSON. */
  maxDepth: 256,
  /** Bytes of JSON the parser may hold between two values it hands over (one finding, one rule). */
  maxJsonValueBytes: 16 * 1024 * 1024,
  /** One CSV record, in characters. */
  maxCsvRecordChars: 16 * 1024 * 1024,
  /** Identifiers and short fields (titles, keys, rule ids), in characters. */
  maxShortChars: 1024,
  /** CVE identifiers kept per finding. */
  maxCves: 500,
} as const;

const truncationMark = ' […]';

/** Cuts a value to `max` characters, marking the cut so nobody mistakes it for the whole text. */
export function capText(text: string, max: number = limits.maxValueChars): string {
  return text.length <= max ? text : text.slice(0, max - truncationMark.length) + truncationMark;
}

/** Trimmed and capped, or undefined when empty: for optional text fields. */
export function optionalText(text: string | null | undefined, max: number = limits.maxValueChars): string | undefined {
  if (text === null || text === undefined) return undefined;
  const trimmed = String(text).trim();
  return trimmed === '' ? undefined : capText(trimmed, max);
}

/**
 * A copy that does not keep alive the large chunk it was sliced from. V8 shares memory between
 * a slice and its source; a consumer keeping thousands of asset keys would otherwise keep the
 * whole file. (Concatenating forces a fresh flat string; short strings are always copied.)
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
