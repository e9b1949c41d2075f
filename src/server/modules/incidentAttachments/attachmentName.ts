const maxLength = 200;

/**
 * The name a file is kept and downloaded under: no folders, no control or direction-changing
 * characters, nothing Windows refuses, at most 200 characters; and an extension that fits what
 * the bytes are, so a text file sent as `run.bat` is saved as `run.bat.txt` and never runs.
 * Null when nothing of the name is left.
 */
export function attachmentName(raw: string, extensions: readonly string[]): string | null {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!cleaned) return null;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  const [stem, suffix] = extensions.includes(extension) ? [cleaned.slice(0, dot), cleaned.slice(dot)] : [cleaned, `.${extensions[0]}`];
  const characters = Array.from(stem); // whole characters, so an emoji is never cut in half
  return characters.slice(0, maxLength - suffix.length).join('').trimEnd() + suffix;
}
