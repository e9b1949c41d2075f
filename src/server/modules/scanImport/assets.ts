/** Building the asset a finding belongs to, the same way for every format. */
import { detach, limits } from './limits.js';
import type { AssetKind, ParsedAsset } from './parsers/types.js';

const ipv4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const ipv6 = /^[0-9a-f:]+:[0-9a-f:.]*$/i;

export const isIpAddress = (value: string) => ipv4.test(value) || (value.includes(':') && ipv6.test(value));

/**
 * A host asset keyed by what the scanner named it (hostname or IP), keeping the other address
 * when the report gives it.
 */
export function hostAsset(key: string, addresses: { ip?: string; fqdn?: string } = {}): ParsedAsset {
  const asset: ParsedAsset = { kind: 'host', key: detach(key.slice(0, limits.maxShortChars)) };
  const ip = addresses.ip || (isIpAddress(key) ? key : undefined);
  const fqdn = addresses.fqdn || (!isIpAddress(key) && key.includes('.') ? key : undefined);
  if (ip) asset.ip = detach(ip.slice(0, limits.maxShortChars));
  if (fqdn) asset.fqdn = detach(fqdn.slice(0, limits.maxShortChars));
  return asset;
}

export function namedAsset(kind: AssetKind, key: string): ParsedAsset {
  return { kind, key: detach(key.slice(0, limits.maxShortChars)) };
}

const cvePattern = /CVE-\d{4}-\d{4,}/gi;
const singleCve = /^\s*CVE-\d{4}-\d{4,}\s*$/;

/** Distinct CVE ids found in one or more texts ("CVE-2020-1, CVE-2021-2", "NOCVE"…), upper-cased. */
export function collectCves(...texts: (string | undefined | null)[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    if (singleCve.test(text)) {
      if (found.size < limits.maxCves) found.add(text.trim());
      continue;
    }
    for (const match of text.matchAll(cvePattern)) {
      if (found.size >= limits.maxCves) break;
      found.add(match[0].toUpperCase());
    }
  }
  return [...found];
}
