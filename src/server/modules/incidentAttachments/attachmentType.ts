import { fileTypeFromBuffer } from 'file-type';

/** What a file is, judged from its bytes: an accepted kind, or what it looks like when refused. */
export type AttachmentType = { accepted: true; mediaType: string; extensions: readonly string[] } | { accepted: false; looksLike: string };

/** Binary kinds we keep, by the extension `file-type` reports. Archives, programs and the rest are refused. */
const binaryKinds: Record<string, { mediaType: string; extensions: readonly string[] }> = {
  png: { mediaType: 'image/png', extensions: ['png'] },
  jpg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  gif: { mediaType: 'image/gif', extensions: ['gif'] },
  webp: { mediaType: 'image/webp', extensions: ['webp'] },
  heic: { mediaType: 'image/heic', extensions: ['heic', 'heif'] },
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
};
const textKinds = {
  plain: { mediaType: 'text/plain', extensions: ['txt', 'log', 'text', 'md'] },
  csv: { mediaType: 'text/csv', extensions: ['csv'] },
  email: { mediaType: 'message/rfc822', extensions: ['eml'] },
} as const;

/** Every media type an attachment can be stored with; a download never sends anything else. */
export const attachmentMediaTypes: ReadonlySet<string> = new Set([...Object.values(binaryKinds), ...Object.values(textKinds)].map((kind) => kind.mediaType));

/** What browsers and mail clients would run or render: refused even inside a text file's first bytes. */
const markupSignatures: Array<[RegExp, string]> = [
  [/<svg[\s>/]/i, 'SVG'],
  [/<\?xml[\s?]/i, 'XML'],
  [/<script[\s>/]/i, 'a script (HTML)'],
  [/<(!doctype\s+html|html|head|body|iframe|object|embed|meta|link|style|img|a)[\s>/]/i, 'HTML'],
];
/** Browsers sniff about the first 1.5 KB; looking at 4 KB leaves margin. */
const sniffWindow = 4096;

/**
 * Decides what a file is from its bytes, never from the name or the sender's content type;
 * the name only tells CSV from other plain text. Anything that could render as a page (HTML,
 * SVG, XML) or run (scripts, programs) is refused, and so are archives, whose contents no one checks.
 */
export async function sniffAttachmentType(bytes: Buffer, fileName: string): Promise<AttachmentType> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    const kind = binaryKinds[detected.ext];
    if (kind) return { accepted: true, ...kind };
    return { accepted: false, looksLike: `${detected.ext.toUpperCase()} (${detected.mime})` };
  }
  const text = asText(bytes);
  if (text === null) return { accepted: false, looksLike: 'binary data of an unknown kind' };
  const start = text.slice(0, sniffWindow).replace(/^\uFEFF/, '');
  if (start.trimStart().startsWith('#!')) return { accepted: false, looksLike: 'a script' };
  if (looksLikeEmail(start)) {
    // A message's HTML parts are expected; it must only not begin as a page.
    return start.trimStart().startsWith('<') ? { accepted: false, looksLike: 'HTML' } : { accepted: true, ...textKinds.email };
  }
  const markup = markupSignatures.find(([pattern]) => pattern.test(start));
  if (markup) return { accepted: false, looksLike: markup[1] };
  if (start.trimStart().startsWith('<')) return { accepted: false, looksLike: 'HTML or XML markup' };
  return { accepted: true, ...(/\.csv$/i.test(fileName.trim()) ? textKinds.csv : textKinds.plain) };
}

/**
 * The file as text, or null when it is binary: UTF-8, or (for spreadsheets exported by older
 * Excel versions, common in Swedish offices) an 8-bit encoding, read as Latin-1 just to look at it.
 * Text has no control characters but tab, line breaks and form feed.
 */
function asText(bytes: Buffer): string | null {
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  return control.test(text) ? null : text;
}

const emailHeaders = new Set(['from', 'to', 'cc', 'subject', 'date', 'message-id', 'received', 'return-path', 'mime-version', 'delivered-to', 'reply-to']);

/** An RFC 5322 message: it opens with a block of `Name: value` header lines, among them the usual ones. */
function looksLikeEmail(start: string): boolean {
  const headerBlock = start.split(/\r?\n\r?\n/, 1)[0];
  const lines = headerBlock.split(/\r?\n/);
  const names: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line)) continue; // a folded continuation line
    const match = /^([!-9;-~]+):/.exec(line);
    if (!match) return false;
    names.push(match[1].toLowerCase());
  }
  return names.filter((name) => emailHeaders.has(name)).length >= 2;
}
