import { defineErrors } from '@fabrique/contracts';

/** Error codes of the notifications service, defined once (stable: clients match on them). */
export const notificationErrors = defineErrors({
  NOTIFICATION_NOT_FOUND: { status: 404, title: 'No such notification' },
  ESSENTIAL_KIND: {
    status: 422,
    title: 'Offers, cancellations and changes to your sessions cannot be turned off',
  },
  BAD_UNSUBSCRIBE_LINK: { status: 404, title: 'This unsubscribe link is not valid' },
  DEAD_LETTER_NOT_FOUND: { status: 404, title: 'No such dead letter' },
});
