import { describe, expect, it } from 'vitest';
import type { SurveyAnswer } from '../../../shared/schemas/surveys.js';
import { median } from '../../../shared/surveys.js';
import { proposeRecipients } from './proposal.js';
import { summariseByUnit } from './results.js';

const answer = (hoursPerMonth: number, comment = '', level: SurveyAnswer['needs']['training'] = 'some'): SurveyAnswer => ({
  needs: { training: level, workshops: 'none', templates: 'large', time: level },
  hoursPerMonth,
  comment,
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, or null for none', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([10, 4, 2, 8])).toBe(6);
  });
});

describe('survey results per förvaltning', () => {
  it('counts recipients, answers and each level, and sorts units and comments by name', () => {
    const results = summariseByUnit([
      { orgUnitId: 'u2', orgUnitName: 'Socialförvaltningen', answer: answer(10, 'Öka tiden', 'large') },
      { orgUnitId: 'u1', orgUnitName: 'Barn- och utbildningsförvaltningen', answer: null },
      { orgUnitId: 'u2', orgUnitName: 'Socialförvaltningen', answer: answer(2, '  ') },
      { orgUnitId: 'u2', orgUnitName: 'Socialförvaltningen', answer: answer(4, 'Fler mallar') },
    ]);
    expect(results.map((unit) => unit.orgUnitName)).toEqual(['Barn- och utbildningsförvaltningen', 'Socialförvaltningen']);
    expect(results[0]).toMatchObject({ recipients: 1, answered: 0, medianHours: null, comments: [] });
    expect(results[0].needs.training).toEqual({ none: 0, some: 0, large: 0 });
    expect(results[1]).toMatchObject({
      recipients: 3,
      answered: 3,
      medianHours: 4,
      comments: ['Fler mallar', 'Öka tiden'],
      needs: {
        training: { none: 0, some: 2, large: 1 },
        workshops: { none: 3, some: 0, large: 0 },
        templates: { none: 0, some: 0, large: 3 },
        time: { none: 0, some: 2, large: 1 },
      },
    });
  });
});

describe('proposed survey recipients', () => {
  const units = [
    { id: 'soc', name: 'Socialförvaltningen', path: '/root/soc/' },
    { id: 'bolag', name: 'Bostadsbolaget', path: '/root/bolag/' },
  ];
  const holder = (personId: string, role: string, path: string | null, scope: { scopeType?: string; orgUnitId?: string | null } = {}) => ({
    personId,
    name: personId,
    email: `${personId}@kommun.se`,
    role,
    scopeType: scope.scopeType ?? 'org_unit',
    orgUnitId: scope.orgUnitId ?? null,
    path,
  });

  it('finds owners in the unit, below it or on its objects, and only its own line managers', () => {
    const proposal = proposeRecipients(units, [
      holder('lena', 'information_owner', '/root/soc/'),
      holder('lena', 'object_owner', '/root/soc/hemtjanst/'),
      holder('omar', 'business_service_manager', '/root/soc/hemtjanst/', { scopeType: 'object' }),
      holder('chef', 'line_manager', '/root/soc/', { orgUnitId: 'soc' }),
      holder('enhetschef', 'line_manager', '/root/soc/hemtjanst/', { orgUnitId: 'hemtjanst' }),
      holder('karin', 'information_owner', null, { scopeType: 'tenant' }),
      holder('bo', 'object_owner', '/root/bolag/'),
    ]);
    expect(proposal[0].people).toEqual([
      { personId: 'lena', name: 'lena', email: 'lena@kommun.se', roles: ['information_owner', 'object_owner'] },
      expect.objectContaining({ personId: 'omar', roles: ['business_service_manager'] }),
      expect.objectContaining({ personId: 'chef', roles: ['line_manager'] }),
    ]);
    expect(proposal[1].people.map((person) => person.personId)).toEqual(['bo']);
  });
});
