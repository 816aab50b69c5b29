import type { ContextOf } from '../domain/context.js';
import type { Links, Message } from './catalogue.js';
import { communeName, formatEuros } from './format.js';
import { paths, webUrl } from './links.js';

const q = (text: string) => `« ${text} »`;

/** A payment (un versement) or a promise (une promesse): the words agree with each. */
const WORDS = {
  contribution: { thing: 'versement', it: 'Il', e: '', proof: 'sur le relevé bancaire' },
  pledge: { thing: 'promesse', it: 'Elle', e: 'e', proof: 'avec la délibération ou le courrier' },
  door: { thing: 'recette de séance', it: 'Elle', e: 'e', proof: 'sur le relevé bancaire' },
};

const wordsFor = (c: ContextOf<'contribution-decided'>) =>
  WORDS[c.door ? 'door' : c.pledge ? 'pledge' : 'contribution'];

const TRY_AGAIN = {
  own: 'Si vous pensez qu’il s’agit d’une erreur, vous pouvez la déclarer à nouveau avec sa référence.',
  door: 'Si vous pensez qu’il s’agit d’une erreur, parlez-en à la coordination : la recette reste notée avec la séance.',
};

/** The declarer hears what the treasurer found on the bank statement (or the deliberation). */
export function contributionDecided(c: ContextOf<'contribution-decided'>, links: Links): Message {
  const amount = formatEuros(c.amountCents, 'fr');
  const fund = c.fundName ? `au fonds ${q(c.fundName)}` : 'au fonds commun';
  const reference: [string, string][] = c.reference ? [['Référence', c.reference]] : [];
  const w = wordsFor(c);
  if (c.confirmed)
    return {
      subject: `Votre ${w.thing} de ${amount} est confirmé${w.e}`,
      heading: `Merci, votre ${w.thing} est enregistré${w.e}`,
      paragraphs: [
        `Le trésorier a vérifié votre ${w.thing} de ${amount} ${fund} ${w.proof}.`,
        `${w.it} compte désormais dans les chiffres publics du fonds.`,
      ],
      details: [['Montant', amount], ...reference, ['État', `confirmé${w.e}`]],
      action: { label: 'Voir le fonds', url: webUrl(links, paths.fund(c.fundId)) },
    };
  return {
    subject: `Votre déclaration de ${amount} n’a pas été retenue`,
    heading: `Votre ${w.thing} n’a pas pu être confirmé${w.e}`,
    paragraphs: [
      `Le trésorier n’a pas pu confirmer votre ${w.thing} de ${amount} ${fund}.`,
      `La raison donnée : ${c.reason ?? 'aucune'}. ${TRY_AGAIN[c.door ? 'door' : 'own']}`,
    ],
    details: [['Montant', amount], ...reference, ['État', `non retenu${w.e}`]],
    action: { label: 'Voir mes versements', url: webUrl(links, paths.contribute(c.fundId)) },
  };
}

/** A town hall's contacts hear that its payments fell behind its equal share. */
export function shareBehind(c: ContextOf<'share-behind'>, links: Links): Message {
  const commune = communeName(c.commune);
  const euros = (cents: number) => formatEuros(cents, 'fr');
  const fund = c.fundName ? `au fonds ${q(c.fundName)}` : 'au fonds commun';
  return {
    subject: `${commune} : ${euros(c.behindByCents)} restent à verser ${fund}`,
    heading: 'La participation de la commune est en retard',
    paragraphs: [
      `À ce jour, ${commune} a versé ${euros(c.paidCents)} ${fund}, alors que sa part, égale à celle des autres communes, est de ${euros(c.expectedCents)}.`,
      `Il reste donc ${euros(c.behindByCents)} à verser. Les versements de chaque commune sont visibles sur la page du fonds.`,
    ],
    details: [
      ['Commune', commune],
      ['Déjà versé', euros(c.paidCents)],
      ['Part attendue', euros(c.expectedCents)],
      ['Reste à verser', euros(c.behindByCents)],
    ],
    action: { label: 'Voir le fonds', url: webUrl(links, paths.fund(c.fundId)) },
  };
}
