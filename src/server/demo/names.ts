/** Common Swedish names (SCB's frequent ones), combined by a seeded generator. */
export const firstNames = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Kerstin', 'Emma', 'Ingrid', 'Marie', 'Malin', 'Jenny', 'Hanna', 'Linda', 'Sofia',
  'Elin', 'Ida', 'Johanna', 'Camilla', 'Annika', 'Lars', 'Mikael', 'Anders', 'Johan', 'Erik', 'Per', 'Karl', 'Peter', 'Thomas', 'Jan',
  'Daniel', 'Fredrik', 'Hans', 'Andreas', 'Stefan', 'Mohamed', 'Magnus', 'Mats', 'Jonas', 'Marcus', 'Niklas', 'Oskar', 'Ahmad', 'Fatima',
  'Amina', 'Nils', 'Gustav', 'Olivia', 'Alice', 'Ella',
];

export const lastNames = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson',
  'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist',
  'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson',
  'Sandberg', 'Henriksson', 'Ali', 'Mohammed', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Håkansson',
];

export const titlesByUnitType: Record<string, string[]> = {
  default: ['Handläggare', 'Administratör', 'Utredare', 'Samordnare', 'Specialist'],
  'it-drift': ['Drifttekniker', 'Systemtekniker', 'Nätverkstekniker'],
  'it-support': ['Supporttekniker', 'IT-samordnare'],
  forskola: ['Förskollärare', 'Barnskötare'],
  'skola-norr': ['Lärare', 'Speciallärare', 'Skolkurator'],
  'skola-soder': ['Lärare', 'Fritidspedagog', 'Skolsköterska'],
  gymnasium: ['Gymnasielärare', 'Studie- och yrkesvägledare'],
  ifo: ['Socialsekreterare', 'Familjebehandlare'],
  funktionsstod: ['Stödassistent', 'Biståndshandläggare'],
  hemtjanst: ['Undersköterska', 'Vårdbiträde', 'Planerare'],
  'sarskilt-boende': ['Undersköterska', 'Sjuksköterska'],
  hsl: ['Sjuksköterska', 'Arbetsterapeut', 'Fysioterapeut'],
  bygglov: ['Bygglovshandläggare', 'Byggnadsinspektör'],
  ekonomi: ['Controller', 'Ekonom', 'Redovisningsekonom'],
  hr: ['HR-konsult', 'Lönehandläggare'],
};

/** Deterministic pseudo-random numbers (mulberry32), so every demo load is the same. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Choices drawn from `random`: one of a list, a whole number in a range, or a weighted mix. */
export function randomChoices(random: () => number) {
  return {
    pick: <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!,
    between: (low: number, high: number) => low + Math.floor(random() * (high - low + 1)),
    weighted: <T>(mix: Array<[T, number]>) => {
      let roll = random();
      for (const [value, weight] of mix) if ((roll -= weight) < 0) return value;
      return mix[mix.length - 1]![0];
    },
  };
}

/** ASCII e-mail local part from a Swedish name: "Jönsson" becomes "jonsson". */
export function emailLocalPart(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}
