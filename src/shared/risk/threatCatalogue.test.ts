import { describe, expect, it } from 'vitest';
import { aspects } from '../classification/aspects.js';
import { findThreat, threatCatalogue, type ThreatText } from './threatCatalogue.js';
import { threatOrigins } from './threatOrigins.js';

const languages = ['sv', 'en'] as const;
const fragments = ['cause', 'event', 'consequence'] as const satisfies readonly (keyof ThreatText)[];

/** A fragment continues a sentence, so it starts lower-case unless its first word is an acronym (IT, GNSS, BankID). */
function startsLikeAContinuation(text: string): boolean {
  const firstWord = text.split(/[\s-]/)[0];
  if (/^[a-zåäöé]/.test(firstWord)) return true;
  return (firstWord.match(/[A-ZÅÄÖ]/g) ?? []).length >= 2;
}

describe('threat catalogue', () => {
  it('holds a manageable number of threats', () => {
    expect(threatCatalogue.length).toBeGreaterThanOrEqual(38);
    expect(threatCatalogue.length).toBeLessThanOrEqual(45);
  });

  it('has unique kebab-case codes', () => {
    const codes = threatCatalogue.map((threat) => threat.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses every origin, and only known ones', () => {
    const used = new Set(threatCatalogue.map((threat) => threat.origin));
    expect([...used].sort()).toEqual([...threatOrigins].sort());
  });

  it('gives every threat one to four distinct aspects from K, R, T and S', () => {
    for (const threat of threatCatalogue) {
      expect(threat.aspects.length, threat.code).toBeGreaterThanOrEqual(1);
      expect(threat.aspects.length, threat.code).toBeLessThanOrEqual(4);
      expect(new Set(threat.aspects).size, threat.code).toBe(threat.aspects.length);
      for (const aspect of threat.aspects) expect(aspects, threat.code).toContain(aspect);
    }
  });

  it('has every text in both languages, with fragments that continue the MSB risk sentence', () => {
    for (const threat of threatCatalogue) {
      for (const language of languages) {
        const text = threat[language];
        expect(text.title.trim(), `${threat.code} ${language} title`).not.toBe('');
        expect(text.title, `${threat.code} ${language} title`).toBe(text.title.trim());
        expect(text.title, `${threat.code} ${language} title`).not.toMatch(/\.$/);
        for (const fragment of fragments) {
          const value = text[fragment];
          const label = `${threat.code} ${language} ${fragment}`;
          expect(value.trim(), label).not.toBe('');
          expect(value, label).toBe(value.trim());
          expect(value, label).not.toMatch(/[.!?]$/);
          expect(startsLikeAContinuation(value), `${label}: "${value}"`).toBe(true);
        }
      }
    }
  });

  it('has unique titles in each language', () => {
    for (const language of languages) {
      const titles = threatCatalogue.map((threat) => threat[language].title.toLowerCase());
      expect(new Set(titles).size, language).toBe(titles.length);
    }
  });

  it('includes the threats every municipality must consider', () => {
    const required = [
      'ransomware',
      'phishing-credential-theft',
      'supplier-outage',
      'misdirected-email',
      'insider-misuse',
      'power-outage',
      'server-room-flooding',
      'failed-change',
      'lost-stolen-device',
      'cloud-service-termination',
      'ddos-e-services',
    ];
    const codes = threatCatalogue.map((threat) => threat.code);
    for (const code of required) expect(codes).toContain(code);
  });

  it('finds a threat by its code and nothing for an unknown code', () => {
    expect(findThreat('ransomware')?.sv.title).toBe('Utpressningsvirus');
    expect(findThreat('ransomware')?.en.title).toBe('Ransomware');
    for (const threat of threatCatalogue) expect(findThreat(threat.code)).toBe(threat);
    expect(findThreat('no-such-threat')).toBeUndefined();
    expect(findThreat('')).toBeUndefined();
  });
});
