/** Texts shared by every page: navigation, states, buttons. */
export const common = {
  appName: 'Fabrique',
  tagline: 'Les ateliers partagés de nos communes',
  skipToContent: 'Aller au contenu',
  nav: {
    catalogue: 'Ateliers',
    bookings: 'Mes réservations',
    rounds: 'Budget participatif',
    funds: 'Le fonds',
    host: 'Mes ateliers',
    admin: 'Coordination',
    notifications: 'Notifications',
    profile: 'Mon compte',
    signIn: 'Se connecter',
    signUp: 'Créer un compte',
    signOut: 'Se déconnecter',
    menu: 'Menu',
  },
  language: { label: 'Langue', fr: 'Français', en: 'English' },
  loading: 'Chargement…',
  empty: 'Rien pour le moment.',
  retry: 'Réessayer',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  cancel: 'Annuler',
  back: 'Retour',
  close: 'Fermer',
  more: 'Voir plus',
  required: 'Ce champ est obligatoire.',
  notFound: {
    title: 'Page introuvable',
    body: 'Cette page n’existe pas ou plus.',
    home: 'Retour aux ateliers',
  },
  signInNeeded: {
    title: 'Connectez-vous',
    body: 'Cette page est réservée aux personnes connectées.',
  },
  forbiddenTitle: 'Accès réservé',
  forbidden: 'Cette page est réservée à d’autres rôles.',
  unreadNotifications: (count: number) =>
    count === 0
      ? 'Aucune notification non lue'
      : count === 1
        ? '1 notification non lue'
        : `${count} notifications non lues`,
};
