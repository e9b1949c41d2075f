import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat.js';
import { nessusXml, openvasXml, sarifJson, sarifResult, trivyJson } from './testing/reportFactories.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(text)]);

describe('recognising a scanner report from its first bytes', () => {
  it.each([
    ['a .nessus file', nessusXml([{ name: 'web01', items: [{ pluginId: 1 }] }]), 'nessus-xml'],
    ['a GMP report', openvasXml([{ ip: '10.0.0.1', oid: '1.3.6.1' }]), 'openvas-xml'],
    ['a GMP response', '<?xml version="1.0"?><!-- exported --><get_reports_response status="200"><report id="x"/></get_reports_response>', 'openvas-xml'],
    ['Trivy schema 2', trivyJson('nginx:1.25', []), 'trivy-json'],
    ['the legacy Trivy array', '[{"Target": "debian (debian 10.8)", "Vulnerabilities": null}]', 'trivy-json'],
    ['Trivy for a clean image (null)', 'null', 'trivy-json'],
    ['a Trivy cluster report', '{"ClusterName": "prod", "Resources": []}', 'trivy-json'],
    ['SARIF', sarifJson([sarifResult('R1', 'a.c', 1)]), 'sarif'],
    ['SARIF without $schema', '{"version": "2.1.0", "runs": []}', 'sarif'],
    ['generic findings JSON', '{"name": "x", "findings": [{"title": "t"}]}', 'generic-json'],
    ['an OpenVAS CSV', 'IP,Hostname,Port,Port Protocol,CVSS,Severity,NVT Name,NVT OID\n', 'openvas-csv'],
    ['a Nessus CSV', 'Plugin ID,CVE,CVSS,Risk,Host,Protocol,Port,Name\n', 'nessus-csv'],
    ['a Tenable CSV with other column names', '"Plugin","Plugin Name","Severity","IP Address","DNS Name"\n', 'nessus-csv'],
    ['a generic findings CSV', 'Date,Title,CweId,Url,Severity,Description\n', 'generic-csv'],
    ['a semicolon CSV from Excel', 'Title;Severity;Description\n', 'generic-csv'],
  ])('recognises %s', (_, content, format) => {
    expect(detectFormat(bytes(content))).toBe(format);
    expect(detectFormat(bom(content))).toBe(format);
  });

  it('recognises a UTF-16 XML file by its byte-order mark', () => {
    const content = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<NessusClientData_v2></NessusClientData_v2>', 'utf16le')]);
    expect(detectFormat(content)).toBe('nessus-xml');
  });

  it('recognises nothing in an empty file, plain text or an unrelated XML or JSON document', () => {
    expect(detectFormat(Buffer.alloc(0))).toBeNull();
    expect(detectFormat(bytes('   \n'))).toBeNull();
    expect(detectFormat(bytes('hello world'))).toBeNull();
    expect(detectFormat(bytes('<html><body/></html>'))).toBeNull();
    expect(detectFormat(bytes('{"hello": "world"}'))).toBeNull();
    expect(detectFormat(bytes('name,age\nAnna,41\n'))).toBeNull();
  });
});
