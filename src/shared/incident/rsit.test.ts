import { describe, expect, it } from 'vitest';
import {
  findRsitClass,
  findRsitType,
  isRsitClassCode,
  isRsitTypeCode,
  rsitClassCodes,
  rsitClasses,
  rsitClassOfType,
  rsitTypeCodes,
} from './taxonomy.js';

const snakeCase = /^[a-z0-9]+(_[a-z0-9]+)*$/;

describe('RSIT taxonomy', () => {
  it('has the eleven ENISA classes in order', () => {
    expect(rsitClassCodes).toEqual([
      'abusive_content',
      'malicious_code',
      'information_gathering',
      'intrusion_attempts',
      'intrusions',
      'availability',
      'information_content_security',
      'fraud',
      'vulnerable',
      'other',
      'test',
    ]);
  });

  it('has the types of each class, ransomware under malicious code', () => {
    const typesOf = (code: string) => findRsitClass(code)!.types.map((type) => type.code);
    expect(typesOf('abusive_content')).toEqual(['spam', 'harmful_speech', 'violence']);
    expect(typesOf('malicious_code')).toEqual(['infected_system', 'c2_server', 'malware_distribution', 'malware_configuration', 'ransomware']);
    expect(typesOf('information_gathering')).toEqual(['scanner', 'sniffing', 'social_engineering']);
    expect(typesOf('intrusion_attempts')).toEqual(['known_vulnerability_exploitation', 'login_attempts', 'new_attack_signature']);
    expect(typesOf('intrusions')).toEqual([
      'privileged_account_compromise',
      'unprivileged_account_compromise',
      'application_compromise',
      'system_compromise',
      'burglary',
    ]);
    expect(typesOf('availability')).toEqual(['dos', 'ddos', 'misconfiguration', 'sabotage', 'outage']);
    expect(typesOf('information_content_security')).toEqual([
      'unauthorised_information_access',
      'unauthorised_information_modification',
      'data_loss',
      'data_leak',
    ]);
    expect(typesOf('fraud')).toEqual(['unauthorised_resource_use', 'copyright', 'masquerade', 'phishing']);
    expect(typesOf('vulnerable')).toEqual([
      'weak_crypto',
      'ddos_amplifier',
      'potentially_unwanted_services',
      'information_disclosure',
      'vulnerable_system',
    ]);
    expect(typesOf('other')).toEqual(['uncategorised', 'undetermined']);
    expect(typesOf('test')).toEqual(['test']);
    expect(rsitTypeCodes).toHaveLength(40);
  });

  it('uses snake_case codes, type codes unique across all classes', () => {
    for (const code of [...rsitClassCodes, ...rsitTypeCodes]) expect(code).toMatch(snakeCase);
    expect(new Set(rsitClassCodes).size).toBe(rsitClassCodes.length);
    expect(new Set(rsitTypeCodes).size).toBe(rsitTypeCodes.length);
  });

  it('labels every class and type in Swedish and English', () => {
    for (const rsitClass of rsitClasses) {
      for (const entry of [rsitClass, ...rsitClass.types]) {
        expect(entry.sv.trim(), entry.code).not.toBe('');
        expect(entry.en.trim(), entry.code).not.toBe('');
      }
      expect(new Set(rsitClass.types.map((type) => type.sv)).size, rsitClass.code).toBe(rsitClass.types.length);
    }
    expect(findRsitType('fraud', 'phishing')).toEqual({ code: 'phishing', sv: 'Nätfiske', en: 'Phishing' });
  });

  it('finds a type only in its own class', () => {
    for (const rsitClass of rsitClasses) {
      for (const type of rsitClass.types) {
        expect(findRsitType(rsitClass.code, type.code)).toBe(type);
        expect(rsitClassOfType[type.code]).toBe(rsitClass.code);
        for (const other of rsitClasses) if (other !== rsitClass) expect(findRsitType(other.code, type.code)).toBeUndefined();
      }
    }
    expect(findRsitType('malicious_code', 'nonsense')).toBeUndefined();
    expect(findRsitType('nonsense', 'ransomware')).toBeUndefined();
  });

  it('recognises its own codes and nothing else', () => {
    for (const code of rsitTypeCodes) expect(isRsitTypeCode(code)).toBe(true);
    for (const code of rsitClassCodes) expect(isRsitClassCode(code)).toBe(true);
    for (const value of ['Ransomware', 'malicious_code', '', null, undefined, 3, {}]) expect(isRsitTypeCode(value)).toBe(false);
    for (const value of ['Malicious code', 'ransomware', '', null, 1]) expect(isRsitClassCode(value)).toBe(false);
  });
});
