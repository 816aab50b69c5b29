/** Changing the account's email address (« Sécurité » on the account page). */
export const emailChange = {
  title: 'Changer d’adresse e-mail',
  intro:
    'Nous envoyons un lien à la nouvelle adresse\u00a0; elle remplace l’actuelle quand vous l’ouvrez, et l’ancienne en est prévenue.',
  newEmail: 'Nouvelle adresse e-mail',
  same: 'C’est déjà l’adresse de votre compte.',
  taken: 'Un autre compte utilise déjà cette adresse.',
  submit: 'Recevoir le lien à cette adresse',
  sent: (email: string) =>
    `Un lien vient de partir à ${email}. Ouvrez-le dans les 24\u00a0heures\u00a0: d’ici là, votre adresse reste la même.`,
};
