import { describe, expect, it } from 'vitest';
import { riskLevels } from './matrix.js';
import {
  acceptanceCapacities,
  acceptanceCapacityLabels,
  acceptanceRungLabels,
  acceptanceRungs,
  decideAcceptance,
  defaultAcceptanceRules,
  type AcceptanceCapacity,
  type AcceptanceRung,
} from './acceptance.js';

/**
 * Who may sign alone at each single-signature rung, written out by hand: authority is a ladder,
 * and the kommundirektör stands level with the CISO.
 */
const mayAcceptAlone: Record<Exclude<AcceptanceRung, 'ciso_and_director'>, Record<AcceptanceCapacity, boolean>> = {
  risk_owner: { risk_owner: true, line_manager: true, ciso: true, municipal_director: true },
  line_manager: { risk_owner: false, line_manager: true, ciso: true, municipal_director: true },
  ciso: { risk_owner: false, line_manager: false, ciso: true, municipal_director: true },
};

const singleRungCases = Object.entries(mayAcceptAlone).flatMap(([rung, byCapacity]) =>
  Object.entries(byCapacity).map(([capacity, allowed]) => ({ rung: rung as AcceptanceRung, capacity: capacity as AcceptanceCapacity, allowed })),
);

describe('the default acceptance rules', () => {
  it('let the riskägare accept up to medium, the chef high, and the CISO with the kommundirektör extreme', () => {
    expect(defaultAcceptanceRules).toEqual({ low: 'risk_owner', medium: 'risk_owner', high: 'line_manager', extreme: 'ciso_and_director' });
    expect(Object.keys(defaultAcceptanceRules)).toEqual([...riskLevels]);
  });

  it('label every rung and capacity in Swedish and English', () => {
    for (const rung of acceptanceRungs) expect(acceptanceRungLabels[rung].sv && acceptanceRungLabels[rung].en).toBeTruthy();
    for (const capacity of acceptanceCapacities) expect(acceptanceCapacityLabels[capacity].sv && acceptanceCapacityLabels[capacity].en).toBeTruthy();
    expect(acceptanceRungLabels.ciso_and_director.sv).toContain('kommundirektören');
  });
});

describe('one signature', () => {
  it('covers every single-signature rung and capacity', () => {
    expect(singleRungCases).toHaveLength(3 * acceptanceCapacities.length);
  });

  it.each(singleRungCases)('at rung $rung, a $capacity alone may accept: $allowed', ({ rung, capacity, allowed }) => {
    const decision = decideAcceptance(rung, [capacity]);
    if (allowed) expect(decision).toEqual({ allowed: true, signAs: capacity, completes: true, stillNeeded: [] });
    else expect(decision).toEqual({ allowed: false, reason: 'above_authority' });
  });

  it.each(acceptanceRungs)('at rung %s, someone with no capacity may not accept', (rung) => {
    expect(decideAcceptance(rung, [])).toEqual({ allowed: false, reason: 'above_authority' });
  });

  it('signs in the highest capacity a person holds', () => {
    expect(decideAcceptance('risk_owner', ['risk_owner', 'line_manager'])).toMatchObject({ allowed: true, signAs: 'line_manager' });
    expect(decideAcceptance('line_manager', ['risk_owner', 'ciso'])).toMatchObject({ allowed: true, signAs: 'ciso', completes: true });
  });

  it('ignores earlier signatures: a single-signature rung completes at once', () => {
    expect(decideAcceptance('line_manager', ['line_manager'], ['line_manager'])).toMatchObject({ allowed: true, completes: true });
  });
});

describe('the joint CISO + kommundirektör rung', () => {
  it.each(['risk_owner', 'line_manager'] as const)('is above a %s', (capacity) => {
    expect(decideAcceptance('ciso_and_director', [capacity])).toEqual({ allowed: false, reason: 'above_authority' });
  });

  it('takes the CISO first, then waits for the kommundirektör', () => {
    expect(decideAcceptance('ciso_and_director', ['ciso'])).toEqual({ allowed: true, signAs: 'ciso', completes: false, stillNeeded: ['municipal_director'] });
    expect(decideAcceptance('ciso_and_director', ['municipal_director'], ['ciso'])).toEqual({ allowed: true, signAs: 'municipal_director', completes: true, stillNeeded: [] });
  });

  it('takes the kommundirektör first, then waits for the CISO', () => {
    expect(decideAcceptance('ciso_and_director', ['municipal_director'])).toEqual({ allowed: true, signAs: 'municipal_director', completes: false, stillNeeded: ['ciso'] });
    expect(decideAcceptance('ciso_and_director', ['ciso', 'line_manager'], ['municipal_director'])).toEqual({ allowed: true, signAs: 'ciso', completes: true, stillNeeded: [] });
  });

  it('does not let one signer sign twice in the same capacity', () => {
    expect(decideAcceptance('ciso_and_director', ['ciso'], ['ciso'])).toEqual({ allowed: false, reason: 'already_signed' });
    expect(decideAcceptance('ciso_and_director', ['municipal_director'], ['municipal_director'])).toEqual({ allowed: false, reason: 'already_signed' });
  });

  it('stays above a riskägare or chef even when the first signature is in', () => {
    expect(decideAcceptance('ciso_and_director', ['risk_owner', 'line_manager'], ['ciso'])).toEqual({ allowed: false, reason: 'above_authority' });
  });

  it('is closed once both have signed', () => {
    expect(decideAcceptance('ciso_and_director', ['ciso'], ['ciso', 'municipal_director'])).toEqual({ allowed: false, reason: 'already_signed' });
  });
});
