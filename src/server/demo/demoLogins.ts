import type { RoleCode } from '../../shared/roles.js';

/** One sign-in per role the README lists; `scope` is a demo unit key, or the whole tenant. */
export interface DemoLogin {
  email: string;
  name: string;
  title: string;
  unit: string;
  roles: Array<{ role: RoleCode; scope: 'tenant' | string }>;
}

export const exempelkommunLogins: DemoLogin[] = [
  { email: 'admin@exempelkommun.se', name: 'Petra Holm', title: 'Systemadministratör', unit: 'it', roles: [{ role: 'administrator', scope: 'tenant' }] },
  { email: 'ciso@exempelkommun.se', name: 'Karin Ekström', title: 'Informationssäkerhetsstrateg', unit: 'klf', roles: [{ role: 'ciso', scope: 'tenant' }] },
  { email: 'incident@exempelkommun.se', name: 'Jonas Wikström', title: 'Incidentansvarig', unit: 'it-drift', roles: [{ role: 'incident_manager', scope: 'tenant' }] },
  {
    email: 'owner@exempelkommun.se',
    name: 'Lena Sundberg',
    title: 'Verksamhetsutvecklare',
    unit: 'sof',
    // Objektägare and informationsägare of named Socialförvaltningen objects (seedRegister.ts), not of the whole förvaltning.
    roles: [],
  },
  { email: 'manager@exempelkommun.se', name: 'Ahmed Hassan', title: 'Enhetschef hemtjänst', unit: 'hemtjanst', roles: [{ role: 'line_manager', scope: 'hemtjanst' }] },
  { email: 'it@exempelkommun.se', name: 'Mats Lundin', title: 'IT-chef', unit: 'it', roles: [{ role: 'it_manager', scope: 'tenant' }] },
  { email: 'employee@exempelkommun.se', name: 'Sofia Nyberg', title: 'Undersköterska', unit: 'hemtjanst', roles: [] },
  { email: 'auditor@exempelkommun.se', name: 'Bertil Åkesson', title: 'Förtroendevald revisor', unit: 'revision', roles: [{ role: 'auditor', scope: 'tenant' }] },
  { email: 'director@exempelkommun.se', name: 'Anders Berglund', title: 'Kommundirektör', unit: 'klf', roles: [{ role: 'municipal_director', scope: 'tenant' }] },
];

export const grannkommunLogins: DemoLogin[] = [
  { email: 'admin@grannkommun.se', name: 'Eva Grann', title: 'IT-samordnare', unit: 'g-klf', roles: [{ role: 'administrator', scope: 'tenant' }] },
];
