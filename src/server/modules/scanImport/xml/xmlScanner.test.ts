import { describe, expect, it } from 'vitest';
import { XmlScanner, XmlSyntaxError } from './xmlScanner.js';
import { pickAttributes, readAttributes } from './xmlText.js';

/** Runs the scanner over `parts` and records every event, capturing the text of `<t>` elements. */
function events(parts: string[]): string[] {
  const seen: string[] = [];
  const scanner = new XmlScanner();
  scanner.handler = {
    open(name, attributes) {
      seen.push(`<${name}${attributes ? ` ${JSON.stringify(readAttributes(attributes))}` : ''}>`);
      if (name === 't') scanner.capturing = true;
    },
    close(name) {
      if (name === 't') seen.push(JSON.stringify(scanner.takeText()));
      seen.push(`</${name}>`);
    },
  };
  for (const part of parts) scanner.write(part);
  scanner.end();
  return seen;
}

function failure(document: string): XmlSyntaxError {
  try {
    events([document]);
  } catch (error) {
    return error as XmlSyntaxError;
  }
  throw new Error('expected a syntax error');
}

const document =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a report -->\n<!DOCTYPE r>\n<r a="1 &amp; 2" b=\'x > y\'>\n' +
  '  <t>fish &amp; chips &lt;3 &#229;&#xE4;</t>\n  <t><![CDATA[raw <b> & stuff]]> and more</t>\n  <skip>ignored &gt; text<t/></skip>\n  <e x = "q"/>\n</r>\n';

describe('the streaming XML scanner', () => {
  it('reports tags, attributes and captured text with entities and CDATA decoded', () => {
    expect(events([document])).toEqual([
      '<r {"a":"1 & 2","b":"x > y"}>',
      '<t>', '"fish & chips <3 åä"', '</t>',
      '<t>', '"raw <b> & stuff and more"', '</t>',
      '<skip>', '<t>', '""', '</t>', '</skip>',
      '<e {"x":"q"}>', '</e>',
      '</r>',
    ]);
  });

  it('gives the same result however the text is cut into chunks', () => {
    const whole = events([document]);
    for (let cut = 1; cut < document.length; cut++) {
      expect(events([document.slice(0, cut), document.slice(cut)])).toEqual(whole);
    }
    expect(events([...document])).toEqual(whole);
  });

  it.each([
    ['<r><a></b></r>', 'Closing tag </b> does not match <a>', 6],
    ['<r></r></r>', 'Closing tag </r> without an opening tag', 7],
    ['<r>&nbsp;</r>', 'Invalid "&"', 3],
    ['<r a=1></r>', 'Malformed attributes in <r>', 0],
    ['<r a="<"></r>', 'Malformed attributes in <r>', 0],
    ['text<r/>', 'Text before the first element', 0],
    ['<r/><r/>', 'Element <r> after the end of the document', 4],
    ['<r><1/></r>', 'Invalid element name', 3],
    ['<r><a>', 'Unexpected end of file: <a> is not closed', 6],
    ['<r><a', 'The file ends inside a tag', 3],
    ['', 'No XML element found', 0],
    ['<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>', 'DOCTYPE with entity declarations is not allowed', 0],
    ['<!DOCTYPE r SYSTEM "r.dtd"><r/>', 'external DTD', 0],
  ])('refuses %j: %s', (xml, message, offset) => {
    const error = failure(xml);
    expect(error).toBeInstanceOf(XmlSyntaxError);
    expect(error.message).toContain(message);
    expect(error.offset).toBe(offset);
  });

  it('refuses elements nested deeper than any report', () => {
    expect(failure('<a>'.repeat(300) + '</a>'.repeat(300)).message).toMatch(/nested too deeply/);
  });

  it('picks named attributes in order without building an object', () => {
    expect(pickAttributes(' port="443" pluginID="1" pluginName="a &lt; b"', ['pluginID', 'missing', 'pluginName'])).toEqual(['1', undefined, 'a < b']);
  });
});
