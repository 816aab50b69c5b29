import { ApiError } from '../../api/problem.js';
import type { Messages } from '../../i18n/messages.js';
import { PASSWORD_MIN_LENGTH } from './api.js';
import { weakPasswordText, type Problems } from './validation.js';

type Field = keyof Problems;
const FIELDS: Field[] = ['email', 'password', 'displayName', 'commune'];

/** The server's word on one field, for the fields the form's own checks could not foresee. */
function validationProblems(error: ApiError, m: Messages): Problems {
  const t = m.account.validation;
  const texts: Record<Field, string> = {
    email: t.emailInvalid,
    password: t.passwordShort(PASSWORD_MIN_LENGTH),
    displayName: t.nameMissing,
    commune: t.communeMissing,
  };
  const found: Problems = {};
  for (const field of FIELDS) if (field in error.fieldErrors) found[field] = texts[field];
  return found;
}

/** An API refusal, placed next to the field it is about (none: shown by the button). */
export function serverProblems(error: unknown, m: Messages): Problems {
  if (!(error instanceof ApiError)) return {};
  switch (error.code) {
    case 'WEAK_PASSWORD':
      return { password: weakPasswordText(error.detail, m.account.validation) };
    case 'EMAIL_TAKEN':
      return { email: m.account.signUp.emailTaken };
    case 'UNKNOWN_COMMUNE':
      return { commune: m.errors.UNKNOWN_COMMUNE ?? m.errors.field };
    case 'VALIDATION_FAILED':
      return validationProblems(error, m);
    default:
      return {};
  }
}
