import type { Threat } from '../threatCatalogue.js';

/** Natur / Nature. */
export const natureThreats: readonly Threat[] = [
  {
    code: 'server-room-flooding',
    origin: 'nature',
    aspects: ['R', 'T'],
    sv: {
      title: 'Översvämning i serverrum',
      cause: 'skyfall, högt vattenstånd eller en läckande ledning i kombination med att serverrummet ligger i källarplan',
      event: 'en översvämning i serverrummet',
      consequence:
        'att servrar och nätverksutrustning förstörs och att information går förlorad om säkerhetskopiorna förvaras i samma rum',
    },
    en: {
      title: 'Flooding in the server room',
      cause: 'cloudbursts, high water levels or a leaking pipe, combined with the server room being in the basement',
      event: 'flooding of the server room',
      consequence:
        'servers and network equipment being destroyed and information being lost if the backups are kept in the same room',
    },
  },
  {
    code: 'heat-cooling-failure',
    origin: 'nature',
    aspects: ['T'],
    sv: {
      title: 'Värmebölja och otillräcklig kylning',
      cause: 'en långvarig värmebölja och kylaggregat som inte är dimensionerade för höga utomhustemperaturer',
      event: 'en överhettning i serverrummet',
      consequence: 'att servrar stängs av automatiskt eller skadas och att system blir otillgängliga',
    },
    en: {
      title: 'Heatwave and cooling failure',
      cause: 'a prolonged heatwave and cooling units not sized for high outdoor temperatures',
      event: 'overheating in the server room',
      consequence: 'servers shutting down automatically or being damaged and systems becoming unavailable',
    },
  },
  {
    code: 'pandemic-staff-shortage',
    origin: 'nature',
    aspects: ['T'],
    sv: {
      title: 'Personalbortfall vid pandemi',
      cause: 'en pandemi eller en svår influensasäsong',
      event: 'ett omfattande och samtidigt personalbortfall, även inom IT och informationssäkerhet',
      consequence:
        'att samhällsviktiga funktioner inte kan bemannas, att säkerhetsrutiner åsidosätts och att incidenter hanteras långsamt',
    },
    en: {
      title: 'Staff shortage during a pandemic',
      cause: 'a pandemic or a severe flu season',
      event: 'widespread simultaneous staff absence, including in IT and information security',
      consequence:
        'critical functions being impossible to staff, security routines being set aside and incidents being handled slowly',
    },
  },
  {
    code: 'storm-connectivity-outage',
    origin: 'nature',
    aspects: ['T'],
    sv: {
      title: 'Storm och snöoväder',
      cause: 'en storm eller ett kraftigt snöoväder',
      event: 'ett omfattande avbrott i el och tele när träd faller över ledningar och master slås ut',
      consequence: 'att hemtjänst, trygghetslarm och e-tjänster inte fungerar i delar av kommunen under flera dygn',
    },
    en: {
      title: 'Storm and heavy snow',
      cause: 'a storm or a heavy snowstorm',
      event: 'a widespread power and telecom outage as trees fall on lines and masts are knocked out',
      consequence: 'home care, social alarms and e-services not working in parts of the municipality for several days',
    },
  },

];
