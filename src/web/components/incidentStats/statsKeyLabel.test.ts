import { describe, expect, it } from 'vitest';
import { statsKeyLabel } from './statsKeyLabel';

describe('statsKeyLabel', () => {
  it('names taxonomy codes in the language on screen, a type with its class', () => {
    expect(statsKeyLabel('type', 'phishing', 'Bedrägeri: Nätfiske', 'en')).toBe('Fraud: Phishing');
    expect(statsKeyLabel('type', 'ransomware', 'x', 'sv')).toBe('Skadlig kod: Ransomware (utpressningsprogram)');
    expect(statsKeyLabel('category', 'attack', 'Angrepp', 'en')).toBe('Attack');
    expect(statsKeyLabel('cause', 'system_failure', 'x', 'sv')).toBe('Systemfel');
    expect(statsKeyLabel('severity', '4', '4', 'sv')).toBe('Kritisk');
  });

  it('names the incidents not yet assessed', () => {
    expect(statsKeyLabel('severity', 'none', 'Ej bedömd', 'en')).toBe('Not assessed');
    expect(statsKeyLabel('type', 'none', 'Not assessed', 'sv')).toBe('Ej bedömd');
  });

  it("keeps the server's label for förvaltningar and for keys it does not know", () => {
    expect(statsKeyLabel('orgUnit', '7d1c…', 'Socialförvaltningen', 'en')).toBe('Socialförvaltningen');
    expect(statsKeyLabel('category', 'toString', 'toString', 'sv')).toBe('toString');
  });
});
