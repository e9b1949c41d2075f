import type { OrgUnitType } from '../../shared/orgUnitTypes.js';

/** A unit of a demo org tree: its name, kind, how many people work directly in it, and subunits. */
export interface DemoUnit {
  key: string;
  name: string;
  type: OrgUnitType;
  staff: number;
  children?: DemoUnit[];
}

const unit = (key: string, name: string, type: OrgUnitType, staff: number, children?: DemoUnit[]): DemoUnit => ({ key, name, type, staff, children });

/** Exempelkommun: a kommunkoncern with eight förvaltningar under their nämnder and two bolag (~300 people). */
export const exempelkommunTree: DemoUnit[] = [
  unit('ks', 'Kommunstyrelsen', 'namnd', 0, [
    unit('klf', 'Kommunledningsförvaltningen', 'forvaltning', 4, [
      unit('ekonomi', 'Ekonomiavdelningen', 'avdelning', 10),
      unit('hr', 'HR-avdelningen', 'avdelning', 8),
      unit('it', 'IT-avdelningen', 'avdelning', 3, [
        unit('it-drift', 'IT-drift', 'enhet', 9),
        unit('it-support', 'IT-support', 'enhet', 7),
      ]),
      unit('kansli', 'Kansliavdelningen', 'avdelning', 7),
      unit('kommunikation', 'Kommunikationsavdelningen', 'avdelning', 5),
    ]),
  ]),
  unit('bun', 'Barn- och utbildningsnämnden', 'namnd', 0, [
    unit('buf', 'Barn- och utbildningsförvaltningen', 'forvaltning', 4, [
      unit('forskola', 'Förskoleavdelningen', 'avdelning', 20),
      unit('grundskola', 'Grundskoleavdelningen', 'avdelning', 2, [
        unit('skola-norr', 'Norra skolområdet', 'enhet', 16),
        unit('skola-soder', 'Södra skolområdet', 'enhet', 15),
      ]),
      unit('gymnasium', 'Gymnasieskolan', 'avdelning', 12),
    ]),
  ]),
  unit('sn', 'Socialnämnden', 'namnd', 0, [
    unit('sof', 'Socialförvaltningen', 'forvaltning', 4, [
      unit('ifo', 'Individ- och familjeomsorg', 'avdelning', 14),
      unit('funktionsstod', 'Funktionsstöd', 'avdelning', 11),
    ]),
  ]),
  unit('von', 'Vård- och omsorgsnämnden', 'namnd', 0, [
    unit('vof', 'Vård- och omsorgsförvaltningen', 'forvaltning', 3, [
      unit('hemtjanst', 'Hemtjänst', 'avdelning', 25),
      unit('sarskilt-boende', 'Särskilt boende', 'avdelning', 13),
      unit('hsl', 'Hälso- och sjukvård', 'avdelning', 8),
    ]),
  ]),
  unit('sbn', 'Samhällsbyggnadsnämnden', 'namnd', 0, [
    unit('sbf', 'Samhällsbyggnadsförvaltningen', 'forvaltning', 3, [
      unit('bygglov', 'Bygglovsavdelningen', 'avdelning', 8),
      unit('plan', 'Planavdelningen', 'avdelning', 6),
    ]),
  ]),
  unit('tn', 'Tekniska nämnden', 'namnd', 0, [
    unit('tkf', 'Tekniska förvaltningen', 'forvaltning', 3, [
      unit('fastighet', 'Fastighetsavdelningen', 'avdelning', 9),
      unit('va', 'VA-avdelningen', 'avdelning', 8),
      unit('gata-park', 'Gata och park', 'avdelning', 7),
    ]),
  ]),
  unit('kfn', 'Kultur- och fritidsnämnden', 'namnd', 0, [
    unit('kff', 'Kultur- och fritidsförvaltningen', 'forvaltning', 3, [
      unit('bibliotek', 'Biblioteken', 'avdelning', 7),
      unit('fritid', 'Fritidsavdelningen', 'avdelning', 6),
    ]),
  ]),
  unit('mn', 'Miljö- och hälsoskyddsnämnden', 'namnd', 0, [unit('mf', 'Miljöförvaltningen', 'forvaltning', 9)]),
  unit('revision', 'Kommunrevisionen', 'namnd', 0),
  unit('bostader', 'Exempelkommun Bostäder AB', 'bolag', 10),
  unit('energi', 'Exempel Energi AB', 'bolag', 9),
];

/** Grannkommun: a small neighbouring municipality, the second tenant. */
export const grannkommunTree: DemoUnit[] = [
  unit('g-ks', 'Kommunstyrelsen', 'namnd', 0, [unit('g-klf', 'Kommunledningsförvaltningen', 'forvaltning', 6)]),
  unit('g-bun', 'Barn- och utbildningsnämnden', 'namnd', 0, [unit('g-buf', 'Barn- och utbildningsförvaltningen', 'forvaltning', 8)]),
  unit('g-son', 'Socialnämnden', 'namnd', 0, [unit('g-sof', 'Socialförvaltningen', 'forvaltning', 6)]),
];
