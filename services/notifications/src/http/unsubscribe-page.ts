import type { NotificationKind } from '../domain/kinds.js';

type Locale = 'fr' | 'en';

const KIND_NAMES: Record<Locale, Partial<Record<NotificationKind, string>>> = {
  fr: {
    'booking-confirmed': 'les confirmations de réservation',
    'booking-waitlisted': 'les inscriptions en liste d’attente',
    'booking-offer-expired': 'les offres de place expirées',
    'session-reminder': 'les rappels la veille des séances',
    'attendance-thanks': 'les bilans de séance',
    'share-behind': 'les alertes de part du fonds',
    'contribution-decided': 'les réponses à vos déclarations de versement',
    'round-phase': 'les étapes du budget participatif',
  },
  en: {
    'booking-confirmed': 'booking confirmations',
    'booking-waitlisted': 'waiting-list notices',
    'booking-offer-expired': 'expired seat offers',
    'session-reminder': 'reminders the day before a session',
    'attendance-thanks': 'session reports',
    'share-behind': 'fund share alerts',
    'contribution-decided': 'answers to the payments you declare',
    'round-phase': 'participatory budget steps',
  },
};

const TEXT = {
  fr: {
    title: 'Se désabonner',
    ask: (what: string) => `Ne plus recevoir par e-mail ${what} ?`,
    button: 'Me désabonner',
    done: (what: string) => `C’est fait : vous ne recevrez plus ${what} par e-mail.`,
    more: 'Vous pouvez tout régler dans vos préférences de notification.',
    invalid: 'Ce lien de désabonnement n’est pas valide.',
  },
  en: {
    title: 'Unsubscribe',
    ask: (what: string) => `Stop receiving ${what} by email?`,
    button: 'Unsubscribe',
    done: (what: string) => `Done: you will no longer receive ${what} by email.`,
    more: 'You can change everything in your notification preferences.',
    invalid: 'This unsubscribe link is not valid.',
  },
} as const;

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function page(locale: Locale, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${TEXT[locale].title} · Fabrique</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a">${body}</body></html>`;
}

/** The page a link in an email opens: one button, so that a mail scanner's visit changes nothing. */
export function confirmPage(locale: Locale, kind: NotificationKind): string {
  const what = KIND_NAMES[locale][kind] ?? kind;
  return page(
    locale,
    `<h1>${TEXT[locale].title}</h1><p>${escape(TEXT[locale].ask(what))}</p><form method="post"><button type="submit" style="font-size:1rem;padding:.6rem 1.2rem">${TEXT[locale].button}</button></form>`,
  );
}

export function donePage(locale: Locale, kind: NotificationKind, preferencesUrl: string): string {
  const what = KIND_NAMES[locale][kind] ?? kind;
  return page(
    locale,
    `<h1>${TEXT[locale].title}</h1><p>${escape(TEXT[locale].done(what))}</p><p><a href="${escape(preferencesUrl)}">${TEXT[locale].more}</a></p>`,
  );
}

export function invalidPage(locale: Locale): string {
  return page(locale, `<h1>${TEXT[locale].title}</h1><p>${TEXT[locale].invalid}</p>`);
}
