import { dictionary } from '@zxcvbn-ts/language-common';

export const minimumPasswordLength = 12;

/** Swedish words people build passwords from, which the English lists miss. */
const swedishCommon = ['lösenord', 'losenord', 'sommar', 'vinter', 'hösten', 'hosten', 'våren', 'varen', 'välkommen', 'valkommen', 'kommun', 'sverige', 'hemligt'];
const commonPasswords = new Set([...dictionary.passwords, ...swedishCommon]);

export type PasswordProblem = 'password_too_short' | 'password_too_common';

/**
 * Length first, then the common-password list, also after stripping the digits and
 * symbols people append ("Password1234!") and for one short pattern repeated.
 */
export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < minimumPasswordLength) return 'password_too_short';
  const lowered = password.toLowerCase();
  const core = lowered.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (commonPasswords.has(lowered) || commonPasswords.has(core)) return 'password_too_common';
  if (/^(.{1,4})\1+$/u.test(lowered)) return 'password_too_common';
  if (new Set(lowered).size <= 3) return 'password_too_common';
  return null;
}
