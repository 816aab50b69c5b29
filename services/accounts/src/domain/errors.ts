import { defineErrors } from '@fabrique/contracts';

/** Error codes of the accounts service, defined once (stable: clients match on them). */
export const accountErrors = defineErrors({
  EMAIL_TAKEN: { status: 409, title: 'This email address is already registered' },
  WEAK_PASSWORD: { status: 400, title: 'This password is too easy to guess' },
  UNKNOWN_COMMUNE: { status: 422, title: 'This commune is not part of the network' },
  COMMUNE_EXISTS: { status: 409, title: 'This commune is already in the list' },
  INVALID_CREDENTIALS: { status: 401, title: 'Email or password is wrong' },
  TOO_MANY_ATTEMPTS: { status: 429, title: 'Too many failed sign-in attempts; wait a few minutes' },
  INVALID_REFRESH_TOKEN: { status: 401, title: 'The refresh token is not valid; sign in again' },
  REFRESH_TOKEN_REUSED: {
    status: 401,
    title: 'This refresh token was already used; every session of its family is revoked',
  },
  RESET_LINK_INVALID: {
    status: 400,
    title: 'This link is not valid any more (used, expired or mistyped); ask for a new one',
  },
  TOO_MANY_RESET_REQUESTS: {
    status: 429,
    title: 'Too many requests for a new password; wait a few minutes',
  },
  VERIFICATION_LINK_INVALID: {
    status: 400,
    title:
      'This link is not valid any more (used, expired or for another address); ask for a new one',
  },
  EMAIL_ALREADY_VERIFIED: { status: 409, title: 'This address is already verified' },
  TOO_MANY_VERIFICATION_REQUESTS: {
    status: 429,
    title: 'Too many verification emails asked for; wait a few minutes',
  },
  EMAIL_UNCHANGED: { status: 422, title: 'This is already the address of the account' },
  TOO_MANY_EMAIL_CHANGE_REQUESTS: {
    status: 429,
    title: 'Too many address changes asked for; wait a few minutes',
  },
  CURRENT_PASSWORD_WRONG: { status: 422, title: 'The current password is not right' },
  ACCOUNT_NOT_FOUND: { status: 404, title: 'No such account' },
  ACCOUNT_DELETED: { status: 401, title: 'This account was deleted' },
  ROLE_NOT_REVOCABLE: { status: 422, title: 'Everyone stays a resident' },
  EDIT_CONFLICT: { status: 409, title: 'Changed by someone else meanwhile; reload and try again' },
  ORGANISATION_NOT_FOUND: { status: 404, title: 'No such organisation' },
  ORGANISATION_ARCHIVED: { status: 409, title: 'This organisation is archived' },
  MUNICIPALITY_EXISTS: { status: 409, title: 'This commune already has its municipality' },
  MUNICIPALITY_NEEDS_COMMUNE: { status: 422, title: 'A municipality belongs to one commune' },
});
