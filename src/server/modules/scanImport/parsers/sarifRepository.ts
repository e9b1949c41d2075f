/**
 * The repository a SARIF file describes (`versionControlProvenance[].repositoryUri`), found by a
 * byte search before parsing: writers often put it after the results, and the asset must be
 * known before the first result. A full-then-subset reimport of one repository then lands on
 * the same asset.
 */
import { fileChunks } from '../input/fileChunks.js';
import { limits } from '../limits.js';

const needle = Buffer.from('"repositoryUri"');
const valuePattern = /^"repositoryUri"\s*:\s*("(?:[^"\\]|\\.){1,2000}")/;

export async function repositoryUri(path: string): Promise<string | undefined> {
  let carry = Buffer.alloc(0);
  for await (const chunk of fileChunks(path)) {
    const window = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    for (let at = window.indexOf(needle); at !== -1; at = window.indexOf(needle, at + 1)) {
      const match = valuePattern.exec(window.subarray(at, at + 4200).toString('utf8'));
      if (!match) continue;
      try {
        const uri = JSON.parse(match[1]!) as string;
        if (uri.trim()) return uri.trim().slice(0, limits.maxShortChars);
      } catch {
        // Not a JSON string after all; keep looking.
      }
    }
    carry = Buffer.from(window.subarray(Math.max(0, window.length - 4200)));
  }
  return undefined;
}
