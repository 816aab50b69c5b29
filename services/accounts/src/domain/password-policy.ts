import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// The common-passwords dictionary bundled with zxcvbn-ts (leaked-password frequency lists),
// plus long French favourites it lacks.
const FRENCH_COMMON = [
  'motdepasse123',
  'motdepasse1234',
  'azerty123456',
  'azertyuiop123',
  '123456azerty',
  'azertyuiopqsdf',
  'soleil123456',
  'doudou123456',
];
const COMMON = new Set(
  [...dictionary['passwords-common'], ...FRENCH_COMMON].map((p) => p.toLowerCase()),
);

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * NIST SP 800-63B style: length over composition rules. At least 12 characters (a passphrase
 * is welcome), not a known common password, not the email or the name.
 * Returns the reason in plain words, or undefined when the password is acceptable.
 */
export function passwordWeakness(
  password: string,
  person: { email: string; displayName: string },
): string | undefined {
  const folded = fold(password);
  if ([...password].length < PASSWORD_MIN_LENGTH)
    return `Use at least ${PASSWORD_MIN_LENGTH} characters; a short sentence works well.`;
  if ([...password].length > PASSWORD_MAX_LENGTH)
    return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (COMMON.has(folded)) return 'This password is in the lists of common passwords.';
  if (new Set(folded).size < 4) return 'Use more different characters.';
  const email = fold(person.email);
  const localPart = email.split('@')[0] ?? email;
  if (folded === email || (localPart.length >= 4 && folded.includes(localPart)))
    return 'Do not use your email address.';
  if (person.displayName.length >= 4 && folded.includes(fold(person.displayName)))
    return 'Do not use your name.';
  return undefined;
}
