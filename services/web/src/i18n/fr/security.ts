/** Account security: the password, signing out everywhere, a forgotten password. */
export const security = {
  title: 'Sécurité',
  changeTitle: 'Changer de mot de passe',
  current: 'Mot de passe actuel',
  currentMissing: 'Indiquez votre mot de passe actuel.',
  currentWrong: 'Ce n’est pas votre mot de passe actuel.',
  next: 'Nouveau mot de passe',
  change: 'Changer mon mot de passe',
  changed:
    'Votre mot de passe est changé. Vos autres appareils sont déconnectés\u00a0; un e-mail vous le confirme.',
  everywhereTitle: 'Se déconnecter partout',
  everywhereIntro:
    'Un téléphone oublié, un ordinateur partagé\u00a0? Cela ferme toutes vos connexions, celle-ci comprise.',
  everywhere: 'Me déconnecter de tous mes appareils',
  signedOutEverywhere: 'Vous êtes déconnecté de tous vos appareils. Reconnectez-vous ici.',
  forgotLink: 'Mot de passe oublié\u00a0?',
  forgot: {
    title: 'Mot de passe oublié',
    intro:
      'Indiquez l’adresse e-mail de votre compte\u00a0: nous y envoyons un lien pour choisir un nouveau mot de passe.',
    submit: 'Recevoir le lien',
    sent: (email: string) =>
      `Si un compte utilise l’adresse ${email}, un e-mail vient de partir. Le lien fonctionne une seule fois, pendant 30 minutes. Pensez à regarder dans les indésirables.`,
    back: 'Retour à la connexion',
  },
  reset: {
    title: 'Choisir un nouveau mot de passe',
    submit: 'Enregistrer mon nouveau mot de passe',
    done: 'C’est fait\u00a0: votre mot de passe est changé et toutes vos anciennes connexions sont fermées.',
    signIn: 'Me connecter',
    invalid: 'Ce lien ne fonctionne plus\u00a0: il a déjà servi, il a expiré ou il est incomplet.',
    askAgain: 'Demander un nouveau lien',
  },
};
