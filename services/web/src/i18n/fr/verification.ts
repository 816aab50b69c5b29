/** Confirming one's email address: the banner, and the page the emailed link opens. */
export const verification = {
  title: 'Confirmez votre adresse e-mail.',
  why: 'Ouvrez le lien que nous vous avons envoyé\u00a0: déclarer un don, agir pour une organisation et voter dans certaines consultations le demandent.',
  resend: 'Recevoir un nouveau lien',
  sent: 'Un nouveau lien vient de partir. Pensez à regarder dans les indésirables.',
  pageTitle: 'Confirmation de votre adresse',
  checking: 'Vérification du lien…',
  done: 'Merci\u00a0: votre adresse e-mail est confirmée. Si vous venez d’en changer, c’est désormais avec elle que vous vous connectez.',
  noToken: 'Ce lien est incomplet\u00a0: ouvrez-le tel qu’il figure dans l’e-mail.',
  toAccount: 'Aller à mon compte',
  toSignIn: 'Me connecter',
  roundOnly: 'Cette consultation est réservée aux personnes dont l’adresse e-mail est confirmée.',
  roundOption: 'Réserver cette consultation aux adresses e-mail confirmées',
  roundOptionHint:
    'Une adresse confirmée par personne\u00a0: plus difficile de voter deux fois avec de faux comptes.',
};
