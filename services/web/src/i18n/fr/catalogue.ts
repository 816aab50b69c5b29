/** French texts of the catalogue pages (the reference: en/catalogue.ts has the same shape). */
export const catalogue = {
  /** Kind names by id in this language; the API's own labels (French) are used otherwise. */
  kinds: {} as Record<string, string>,
  home: {
    title: 'Les ateliers près de chez vous',
    intro:
      'Fabrique, ce sont les ateliers partagés des communes du Royans-Vercors : cafés réparation, cuisine, jardinage, couture… Trouvez une séance qui vous plaît et réservez votre place, on vous attend !',
  },
  filters: {
    title: 'Chercher une séance',
    kind: 'Type d’atelier',
    anyKind: 'Tous les types',
    commune: 'Commune',
    anyCommune: 'Toutes les communes',
    date: 'À partir du',
    weekDate: 'Semaine du',
    q: 'Mots-clés',
    qHint: 'Par exemple « vélo » ou « confiture ».',
    available: 'Places disponibles uniquement',
    submit: 'Rechercher',
    reset: 'Effacer les filtres',
  },
  views: {
    label: 'Affichage',
    list: 'Liste',
    week: 'Semaine',
  },
  results: {
    count: (n: number, more: boolean) =>
      n === 0
        ? 'Aucune séance trouvée.'
        : `${n}${more ? ' premières' : ''} séance${n === 1 ? ' trouvée' : 's trouvées'}.`,
    empty:
      'Aucune séance ne correspond à votre recherche. Essayez une autre date, une autre commune ou moins de filtres.',
    more: 'Voir plus de séances',
  },
  week: {
    title: (from: string, to: string) => `Semaine du ${from} au ${to}`,
    previous: 'Semaine précédente',
    next: 'Semaine suivante',
    nav: 'Changer de semaine',
    none: 'Aucune séance',
    today: 'Aujourd’hui',
    truncated: 'Il y a beaucoup de séances cette semaine : ajoutez un filtre pour les voir toutes.',
  },
  card: {
    seatsLeft: (n: number) =>
      n <= 0 ? 'Complet : liste d’attente' : n === 1 ? '1 place libre' : `${n} places libres`,
    venueAndCommune: (venue: string, commune: string) => `${venue}, ${commune}`,
  },
  session: {
    title: 'Séance',
    back: 'Retour aux ateliers',
    about: 'L’atelier',
    when: 'Quand',
    duration: 'Durée',
    where: 'Où',
    hosts: 'Animé par',
    price: 'Participation',
    free: 'Gratuit',
    suggested: (amount: string) => `Participation libre, ${amount} suggérés`,
    accessibility: 'Accessibilité',
    seats: 'Places',
    seatsLeft: (left: number, capacity: number) =>
      left <= 0
        ? `Complet (${capacity} ${capacity === 1 ? 'place' : 'places'})`
        : `${left} ${left === 1 ? 'place libre' : 'places libres'} sur ${capacity}`,
    waitlist: (n: number) =>
      n === 0
        ? 'Personne sur la liste d’attente'
        : n === 1
          ? '1 personne sur la liste d’attente'
          : `${n} personnes sur la liste d’attente`,
    booking: 'Réservation',
    cancelled: 'Cette séance est annulée.',
    cancelledReason: (reason: string) => `Raison donnée : ${reason}`,
    completed: 'Cette séance a eu lieu.',
    started: 'Cette séance a déjà commencé : les réservations sont closes.',
    notYetOpen: (when: string) => `Les réservations ouvriront le ${when}.`,
    closed:
      'Les réservations en ligne sont closes pour cette séance. Vous pouvez venir demander s’il reste de la place.',
    signIn: 'Se connecter pour réserver',
    signUp: 'Créer un compte',
    signInHint:
      'Pour réserver une place, connectez-vous à votre compte Fabrique, ou créez-en un : c’est gratuit.',
  },
};
