import { defineErrors } from '@fabrique/service-kit';

/** Error codes of the accounts service (stable: clients match on them). */
export const accountErrors = defineErrors({
  EMAIL_TAKEN: { status: 409, title: 'This email address is already registered' },
});
