import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../../shared/schemas/incident';
import { sv } from '../../i18n/sv';
import { eventDetail, eventSentence } from './timelineText';

/** The Swedish texts with {{placeholders}} filled in, as i18next does. */
function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], sv);
}
const t = ((key: string, options: Record<string, unknown> = {}) => {
  const text = lookup(key);
  if (typeof text !== 'string') return String(options.defaultValue ?? key);
  return text.replace(/{{(\w+)}}/g, (_, name: string) => String(options[name]));
}) as unknown as TFunction;
const words = { t, label: (labels: { sv: string }) => labels.sv, locale: 'sv' as const, i18nExists: (key: string) => typeof lookup(key) === 'string' };

const event = (kind: string, fields: Partial<IncidentEvent> = {}): IncidentEvent => ({ id: '1', at: '2026-03-02T10:00:00Z', kind, actor: null, from: null, to: null, note: null, ...fields });

describe('the incident timeline in words', () => {
  it('says status, severity and escalation changes with their labels', () => {
    expect(eventSentence(event('status', { from: 'reported', to: 'triaged' }), words)).toBe('Status: Anmäld → Bedömd');
    expect(eventSentence(event('severity', { from: null, to: '3' }), words)).toBe('Allvarlighetsgrad: Ej bedömd → 3 Hög');
    expect(eventSentence(event('escalation', { from: '1', to: '4' }), words)).toBe('Eskaleringsnivå: 1 Servicedesk/IT → 4 Krisledning');
    expect(eventSentence(event('assignee', { from: null, to: 'Jonas Wikström' }), words)).toBe('Handläggare: Jonas Wikström');
  });

  it('names the report sent and the fields a triage changed', () => {
    expect(eventSentence(event('report_submitted', { to: 'nis2.early_warning', note: 'CERT-SE 117' }), words)).toBe('Inskickad: Tidig varning till CSIRT (24 h)');
    expect(eventDetail(event('report_submitted', { to: 'nis2.early_warning', note: 'CERT-SE 117' }), words)).toBe('Referens: CERT-SE 117');
    expect(eventDetail(event('triage', { to: 'categories,objectIds,systemIds' }), words)).toBe('Kategorier (MSB), Berörda förvaltningsobjekt');
    expect(eventSentence(event('task', { to: 'done', note: 'Spärra kontot' }), words)).toBe('Uppgift klar');
    expect(eventDetail(event('task', { to: 'done', note: 'Spärra kontot' }), words)).toBe('Spärra kontot');
  });

  it('shows an unknown kind as it is rather than nothing', () => {
    expect(eventSentence(event('something_new'), words)).toBe('something_new');
  });
});
