import { defineErrors } from '@fabrique/contracts';

/** Error codes of the notifications service, defined once (stable: clients match on them). */
export const notificationErrors = defineErrors({
  NOTIFICATION_NOT_FOUND: {
    status: 404,
    title: { fr: 'Notification introuvable', en: 'No such notification' },
  },
  ESSENTIAL_KIND: {
    status: 422,
    title: {
      fr: 'Les offres de place, les annulations et les changements de vos séances ne peuvent pas être désactivés',
      en: 'Offers, cancellations and changes to your sessions cannot be turned off',
    },
  },
  BAD_UNSUBSCRIBE_LINK: {
    status: 404,
    title: {
      fr: 'Ce lien de désabonnement n’est pas valable',
      en: 'This unsubscribe link is not valid',
    },
  },
  DEAD_LETTER_NOT_FOUND: {
    status: 404,
    title: { fr: 'E-mail en échec introuvable', en: 'No such dead letter' },
  },
});
