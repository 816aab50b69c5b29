import type { Messages } from '../../i18n/messages.js';
import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from './api.js';

type Texts = Messages['account']['validation'];
export type Problems = Partial<Record<'email' | 'password' | 'displayName' | 'commune', string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

export function emailProblem(email: string, t: Texts): string | undefined {
  const value = email.trim();
  if (!value) return t.emailMissing;
  if (value.length > EMAIL_MAX_LENGTH || !EMAIL.test(value)) return t.emailInvalid;
  return undefined;
}

/** The server's password policy, minus its list of common passwords (that one it checks). */
export function passwordProblem(
  password: string,
  person: { email: string; displayName: string },
  t: Texts,
): string | undefined {
  const length = [...password].length;
  if (length === 0) return t.passwordMissing;
  if (length < PASSWORD_MIN_LENGTH) return t.passwordShort(PASSWORD_MIN_LENGTH);
  if (length > PASSWORD_MAX_LENGTH) return t.passwordLong(PASSWORD_MAX_LENGTH);
  const folded = fold(password);
  if (new Set(folded).size < 4) return t.passwordRepetitive;
  const email = fold(person.email.trim());
  const localPart = email.split('@')[0] ?? email;
  if (folded === email || (localPart.length >= 4 && folded.includes(localPart)))
    return t.passwordHasEmail;
  const name = person.displayName.trim();
  if (name.length >= 4 && folded.includes(fold(name))) return t.passwordHasName;
  return undefined;
}

export function displayNameProblem(name: string, t: Texts): string | undefined {
  const value = name.trim();
  if (!value) return t.nameMissing;
  if (value.length > DISPLAY_NAME_MAX_LENGTH) return t.nameLong(DISPLAY_NAME_MAX_LENGTH);
  return undefined;
}

export const communeProblem = (commune: string, t: Texts) =>
  commune ? undefined : t.communeMissing;

/** The server explains a weak password in English; say the same in the person's language. */
export function weakPasswordText(detail: string | undefined, t: Texts): string {
  const text = (detail ?? '').toLowerCase();
  if (text.includes('common')) return t.passwordCommon;
  if (text.includes('different characters')) return t.passwordRepetitive;
  if (text.includes('email')) return t.passwordHasEmail;
  if (text.includes('name')) return t.passwordHasName;
  if (text.includes('at least')) return t.passwordShort(PASSWORD_MIN_LENGTH);
  return t.passwordCommon;
}

export const hasProblems = (problems: Problems) => Object.values(problems).some(Boolean);
