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
  archive: {
    button: 'Archiver',
    label: (name: string) => `Archiver «\u00a0${name}\u00a0»`,
    confirm: (name: string) =>
      `Archiver «\u00a0${name}\u00a0»\u00a0? Il ne sera plus proposé pour quoi que ce soit de nouveau. Rien n’est effacé\u00a0: son historique reste consultable.`,
    yes: 'Oui, archiver',
    done: (name: string) => `«\u00a0${name}\u00a0» est archivé.`,
  },
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
