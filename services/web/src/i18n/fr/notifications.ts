/** French texts of the notifications pages (the reference: en/notifications.ts has the same shape). */
export const notifications = {
  title: 'Notifications',
  summary: (count: number) =>
    count === 0
      ? 'Vous avez tout lu.'
      : count === 1
        ? 'Vous avez 1 notification non lue.'
        : `Vous avez ${count} notifications non lues.`,
  empty:
    'Vous n’avez aucune notification pour le moment. Vous en recevrez ici quand vous réserverez un atelier.',
  unread: 'Non lue',
  read: 'Lue',
  open: 'Voir le détail',
  links: {
    bookings: 'Voir ma réservation',
    sessions: 'Voir la séance',
    funds: 'Voir le fonds',
    rounds: 'Voir le budget participatif',
  } as Partial<Record<string, string>>,
  markRead: 'Marquer comme lu',
  markedRead: 'Notification marquée comme lue.',
  markAllRead: 'Tout marquer comme lu',
  allMarked: 'Toutes vos notifications sont marquées comme lues.',
  loadMore: 'Afficher les notifications plus anciennes',
  loadingMore: 'Chargement…',
  preferencesLink: 'Choisir les notifications que je reçois',
  preferences: {
    title: 'Mes choix de notifications',
    intro:
      'Choisissez ce que vous recevez par e-mail et ce que vous voyez ici, dans l’application.',
    essentialIntro:
      'Certaines notifications sont toujours envoyées : elles vous disent où et quand vous devez être (une place qui vous est proposée, une réservation annulée, une séance déplacée ou annulée).',
    kind: 'Notification',
    email: 'Par e-mail',
    inApp: 'Dans l’application',
    essential: 'Toujours envoyée : indispensable pour savoir quand venir.',
    checkbox: (channel: string, kind: string) => `${channel} : ${kind}`,
    save: 'Enregistrer mes choix',
    saved: 'Vos choix sont enregistrés.',
    back: 'Retour à mes notifications',
  },
  notes: {
    'share-behind': 'Pour les personnes qui représentent une mairie.',
    'round-phase': 'Désactivée au départ : cochez les cases pour suivre chaque étape.',
    'account-security': 'Pour votre sécurité, si ce n’était pas vous.',
  } as Partial<Record<string, string>>,
  kinds: {
    'booking-confirmed': 'Confirmation de réservation',
    'booking-waitlisted': 'Inscription sur liste d’attente',
    'booking-offered': 'Place proposée depuis la liste d’attente',
    'booking-offer-expired': 'Place proposée dont le délai est passé',
    'booking-cancelled': 'Réservation annulée',
    'booking-promoted': 'Place obtenue depuis la liste d’attente',
    'session-rescheduled': 'Séance déplacée',
    'session-cancelled': 'Séance annulée',
    'session-reminder': 'Rappel la veille d’une séance',
    'attendance-thanks': 'Bilan après une séance',
    'share-behind': 'Retard de versement d’une commune au fonds',
    'contribution-decided': 'Versement déclaré confirmé ou refusé',
    'round-phase': 'Étapes du budget participatif',
    'account-security': 'Mot de passe ou adresse changés',
    'password-reset-link': 'Lien pour choisir un nouveau mot de passe',
    'email-verification-link': 'Lien pour confirmer votre adresse',
    'email-change-link': 'Lien pour confirmer votre nouvelle adresse',
  },
};
