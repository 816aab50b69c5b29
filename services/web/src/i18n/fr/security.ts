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
};
