import { plural } from './format.js';
import type { DeclarationWords, MoneyWords } from './words.js';

/** A payment (un versement) or a promise (une promesse): the words agree with each. */
const KINDS = {
  contribution: { thing: 'versement', it: 'Il', e: '', proof: 'sur le relevé bancaire' },
  pledge: { thing: 'promesse', it: 'Elle', e: 'e', proof: 'avec la délibération ou le courrier' },
  door: { thing: 'recette de séance', it: 'Elle', e: 'e', proof: 'sur le relevé bancaire' },
};

const TRY_AGAIN = {
  own: 'Si vous pensez qu’il s’agit d’une erreur, vous pouvez la déclarer à nouveau avec sa référence.',
  door: 'Si vous pensez qu’il s’agit d’une erreur, parlez-en à la coordination : la recette reste notée avec la séance.',
};

function declarationWords(kind: { pledge: boolean; door: boolean }): DeclarationWords {
  const { thing, it, e, proof } =
    KINDS[kind.door ? 'door' : kind.pledge ? 'pledge' : 'contribution'];
  return {
    confirmedSubject: (amount) => `Votre ${thing} de ${amount} est confirmé${e}`,
    confirmedHeading: `Merci, votre ${thing} est enregistré${e}`,
    checked: (amount, fund) =>
      `Le trésorier a vérifié votre ${thing} de ${amount} ${fund} ${proof}.`,
    counts: `${it} compte désormais dans les chiffres publics du fonds.`,
    confirmed: `confirmé${e}`,
    rejectedHeading: `Votre ${thing} n’a pas pu être confirmé${e}`,
    notConfirmed: (amount, fund) =>
      `Le trésorier n’a pas pu confirmer votre ${thing} de ${amount} ${fund}.`,
    rejected: `non retenu${e}`,
    tryAgain: TRY_AGAIN[kind.door ? 'door' : 'own'],
  };
}

export const frMoney: MoneyWords = {
  fund: (name) => (name ? `au fonds ${name}` : 'au fonds commun'),
  viewFund: 'Voir le fonds',
  thanks: {
    subject: (s) => `Merci pour l’atelier ${s.quoted}`,
    heading: 'Merci pour cet atelier !',
    news: (s) => `Merci d’avoir animé ${s.quoted} le ${s.date}.`,
    people: (n) => plural('fr', n, { one: `${n} personne`, other: `${n} personnes` }),
    welcomed: (people, hours, counted) =>
      `Vous avez accueilli ${people}, pour ${hours} h de participation en tout. ${counted}`,
    fundCounted: (fund) =>
      `Ces heures comptent désormais dans ce que le fonds ${fund} a financé. Vous pouvez le voir sur la page publique du fonds.`,
    counted: 'Ces heures comptent désormais dans le bilan des ateliers.',
    present: 'Personnes présentes',
    walkIns: 'Venues sans réservation',
    hours: 'Heures de participation',
    repaired: 'Objets réparés',
    action: 'Voir ce que le fonds a financé',
  },
  shareBehind: {
    stillToPay: (amount, fund) => `${amount} restent à verser ${fund}`,
    heading: 'La participation de la commune est en retard',
    news: (commune, paid, fund, expected) =>
      `À ce jour, ${commune} a versé ${paid} ${fund}, alors que sa part, égale à celle des autres communes, est de ${expected}.`,
    remaining: (amount) =>
      `Il reste donc ${amount} à verser. Les versements de chaque commune sont visibles sur la page du fonds.`,
    labels: {
      commune: 'Commune',
      paid: 'Déjà versé',
      expected: 'Part attendue',
      remaining: 'Reste à verser',
    },
  },
  declaration: {
    words: declarationWords,
    rejectedSubject: (amount) => `Votre déclaration de ${amount} n’a pas été retenue`,
    reasonGiven: (reason) => `La raison donnée : ${reason ?? 'aucune'}.`,
    labels: { amount: 'Montant', reference: 'Référence', status: 'État' },
    viewPayments: 'Voir mes versements',
  },
  rounds: {
    budget: 'Budget participatif',
    stage: 'Étape',
    since: 'Depuis le',
    phases: {
      upcoming: {
        name: 'bientôt ouvert',
        news: (t) => `Le budget participatif ${t} va bientôt commencer.`,
        action: 'Découvrir le budget participatif',
      },
      proposals: {
        name: 'propositions',
        news: (t) => `Vous pouvez maintenant proposer vos idées de projets pour ${t}.`,
        action: 'Proposer une idée',
      },
      review: {
        name: 'examen des propositions',
        news: (t) => `Les propositions pour ${t} sont closes : elles sont examinées avant le vote.`,
        action: 'Voir les propositions',
      },
      voting: {
        name: 'vote',
        news: (t) =>
          `Le vote est ouvert pour ${t} : choisissez les projets que vous voulez soutenir.`,
        action: 'Voter',
      },
      results: {
        name: 'résultats',
        news: (t) => `Le vote pour ${t} est terminé : les résultats sont disponibles.`,
        action: 'Voir les résultats',
      },
      closed: {
        name: 'terminé',
        news: (t) => `Le budget participatif ${t} est terminé. Merci d’y avoir participé !`,
        action: 'Voir le budget participatif',
      },
    },
  },
};
