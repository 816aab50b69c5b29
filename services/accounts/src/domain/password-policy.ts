import { dictionary } from '@zxcvbn-ts/language-common';
import type { Localized } from '@fabrique/contracts';

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

/** The reasons a password is refused, worded once in both languages (the schema reuses one). */
export const PASSWORD_REASONS = {
  tooShort: {
    fr: `Utilisez au moins ${PASSWORD_MIN_LENGTH} caractères ; une petite phrase convient très bien.`,
    en: `Use at least ${PASSWORD_MIN_LENGTH} characters; a short sentence works well.`,
  },
  tooLong: {
    fr: `Utilisez au plus ${PASSWORD_MAX_LENGTH} caractères.`,
    en: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  },
  common: {
    fr: 'Ce mot de passe figure dans les listes de mots de passe courants.',
    en: 'This password is in the lists of common passwords.',
  },
  repetitive: {
    fr: 'Utilisez des caractères plus variés.',
    en: 'Use more different characters.',
  },
  hasEmail: {
    fr: 'N’utilisez pas votre adresse e-mail.',
    en: 'Do not use your email address.',
  },
  hasName: { fr: 'N’utilisez pas votre nom.', en: 'Do not use your name.' },
} satisfies Record<string, Localized>;

/**
 * NIST SP 800-63B style: length over composition rules. At least 12 characters (a passphrase
 * is welcome), not a known common password, not the email or the name.
 * Returns the reason in plain words (French and English), or undefined when the password is
 * acceptable.
 */
export function passwordWeakness(
  password: string,
  person: { email: string; displayName: string },
): Localized | undefined {
  const folded = fold(password);
  if ([...password].length < PASSWORD_MIN_LENGTH) return PASSWORD_REASONS.tooShort;
  if ([...password].length > PASSWORD_MAX_LENGTH) return PASSWORD_REASONS.tooLong;
  if (COMMON.has(folded)) return PASSWORD_REASONS.common;
  if (new Set(folded).size < 4) return PASSWORD_REASONS.repetitive;
  const email = fold(person.email);
  const localPart = email.split('@')[0] ?? email;
  if (folded === email || (localPart.length >= 4 && folded.includes(localPart)))
    return PASSWORD_REASONS.hasEmail;
  if (person.displayName.length >= 4 && folded.includes(fold(person.displayName)))
    return PASSWORD_REASONS.hasName;
  return undefined;
}
