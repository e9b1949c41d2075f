import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordPolicy.js';

describe('password policy', () => {
  it('refuses passwords shorter than 12 characters', () => {
    expect(passwordProblem('Kort-lösen1')).toBe('password_too_short');
  });
  it.each(['qwerty123456', 'password1234', 'Password2024!!', 'Sommar2026!!!', 'abcabcabcabc', 'aaaaaaaaaaaaaaa', '123456789012'])(
    'refuses the common password %s',
    (password) => {
      expect(passwordProblem(password)).toBe('password_too_common');
    },
  );
  it('accepts a long passphrase', () => {
    expect(passwordProblem('grön-häst-cyklar-till-Kalix')).toBeNull();
  });
});
