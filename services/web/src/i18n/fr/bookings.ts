/** French texts of the bookings pages (the reference: en/bookings.ts has the same shape). */
export const bookings = {
  state: {
    confirmed: 'Réservation confirmée',
    waitlisted: 'Vous êtes sur la liste d’attente',
    waitlistedAt: (n: number) => `Vous êtes sur la liste d’attente, en position ${n}.`,
    ahead: (n: number) =>
      n <= 1
        ? 'Vous êtes la prochaine personne à qui une place sera proposée.'
        : `${n - 1} ${n === 2 ? 'personne passe' : 'personnes passent'} avant vous.`,
    waitlistedHint:
      'Si une place se libère, nous vous la proposons par e-mail et ici même. Vous aurez alors un peu de temps pour l’accepter.',
    offered: 'Une place s’est libérée pour vous !',
    offerExpires: (when: string) =>
      `Elle vous est gardée jusqu’au ${when}. Sans réponse, elle sera proposée à la personne suivante.`,
    cancelled: 'Réservation annulée',
    expired: 'Offre expirée',
    expiredHint:
      'Le délai pour accepter la place est passé : elle a été proposée à quelqu’un d’autre.',
    seats: (n: number) => (n === 1 ? '1 place' : `${n} places`),
    reason: (reason: string) => `Raison : ${reason}`,
    causes: {
      resident: 'Vous avez annulé cette réservation.',
      host: 'La personne qui anime l’atelier a annulé cette réservation.',
      coordinator: 'La coordination a annulé cette réservation.',
      declined: 'Vous avez refusé la place proposée.',
      'session-cancelled': 'La séance a été annulée.',
    },
    attended: 'Vous étiez là : merci d’être venu·e !',
    noShow: 'Votre absence a été notée.',
  },
  book: {
    seats: 'Nombre de places',
    seatsHint: (max: number) =>
      `Pour vous et les personnes qui vous accompagnent (${max} au plus).`,
    submit: 'Réserver',
    full: 'Cette séance est complète : en réservant, vous rejoignez la liste d’attente. Si une place se libère, nous vous la proposons.',
    done: 'C’est noté ! Vous retrouverez cette réservation dans « Mes réservations ».',
  },
  offer: {
    accept: 'Accepter la place',
    decline: 'Refuser',
    declineQuestion:
      'Refuser cette place ? Elle sera proposée à la personne suivante et vous quitterez la liste d’attente.',
    declineConfirm: 'Oui, refuser la place',
    keep: 'Garder l’offre',
    accepted: 'Place acceptée : votre réservation est confirmée.',
    declined: 'Vous avez refusé la place. Elle est proposée à la personne suivante.',
  },
  cancel: {
    open: 'Annuler ma réservation',
    reason: 'Raison (facultatif)',
    reasonHint: 'Elle aide la personne qui anime l’atelier à s’organiser.',
    cutoff: 'Vous pouvez annuler en ligne jusqu’à 24 heures avant le début de la séance.',
    confirm: 'Confirmer l’annulation',
    keep: 'Garder ma réservation',
    done: 'Votre réservation est annulée. Merci d’avoir prévenu : la place pourra servir à quelqu’un d’autre.',
  },
  leave: {
    open: 'Quitter la liste d’attente',
    confirm: 'Confirmer : quitter la liste',
    keep: 'Rester sur la liste',
    done: 'Vous avez quitté la liste d’attente.',
  },
  list: {
    title: 'Mes réservations',
    intro: 'Vos places réservées, vos listes d’attente et les places qui vous sont proposées.',
    tabs: 'Quelles réservations',
    upcoming: 'À venir',
    past: 'Passées',
    emptyUpcoming: 'Vous n’avez aucune réservation à venir.',
    emptyPast: 'Vous n’avez pas encore de réservation passée.',
    browse: 'Trouver un atelier',
    more: 'Voir plus de réservations',
    details: 'Détails de la réservation',
    unknownSession: 'Séance en cours de mise à jour',
    sessionCancelled: 'Séance annulée',
  },
  one: {
    title: 'Ma réservation',
    seeSession: 'Voir la page de la séance',
    all: 'Toutes mes réservations',
  },
  calendar: {
    title: 'Mes réservations dans mon agenda',
    intro:
      'Avec ce lien, vos séances réservées apparaissent dans l’agenda de votre téléphone ou de votre ordinateur, et s’y mettent à jour toutes seules.',
    create: 'Obtenir mon lien d’agenda',
    createHint: 'Un nouveau lien remplace le précédent, qui cesse de fonctionner.',
    url: 'Votre lien d’agenda personnel',
    urlHint:
      'Ce lien est secret : ne le partagez pas. Il ne sera plus affiché, alors ajoutez-le à votre agenda dès maintenant.',
    copy: 'Copier le lien',
    copied: 'Lien copié. Collez-le dans votre agenda.',
    copyFailed: 'La copie n’a pas marché : sélectionnez le lien, puis copiez-le.',
    subscribe: 'Ajouter à mon agenda',
    howTo: 'Comment l’ajouter',
    iphone: 'iPhone ou iPad : touchez « Ajouter à mon agenda », puis « S’abonner ».',
    android:
      'Android : sur un ordinateur, ouvrez Google Agenda, puis « Autres agendas » › « À partir de l’URL », et collez le lien. Il apparaîtra ensuite sur votre téléphone.',
    other:
      'Autre agenda : cherchez « S’abonner à un calendrier » ou « Ajouter par URL », puis collez le lien.',
    revoke: 'Supprimer mon lien d’agenda',
    revokeHint:
      'Une fois le lien supprimé, vos séances disparaissent de l’agenda où vous l’aviez ajouté.',
    revoked: 'Votre lien d’agenda est supprimé : il ne fonctionne plus.',
    noLink: 'Vous n’aviez pas de lien d’agenda actif : il n’y a rien à supprimer.',
  },
};
