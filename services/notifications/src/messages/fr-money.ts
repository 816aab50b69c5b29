import type { ContextOf } from '../domain/context.js';
import type { Links, Message } from './catalogue.js';
import { communeName, formatEuros } from './format.js';
import { paths, webUrl } from './links.js';

const q = (text: string) => `« ${text} »`;

/** The declarer hears what the treasurer found on the bank statement. */
export function contributionDecided(c: ContextOf<'contribution-decided'>, links: Links): Message {
  const amount = formatEuros(c.amountCents, 'fr');
  const fund = c.fundName ? `au fonds ${q(c.fundName)}` : 'au fonds commun';
  const reference: [string, string][] = c.reference ? [['Référence', c.reference]] : [];
  if (c.confirmed)
    return {
      subject: `Votre versement de ${amount} est confirmé`,
      heading: 'Merci, votre versement est bien arrivé',
      paragraphs: [
        `Le trésorier a retrouvé votre versement de ${amount} ${fund} sur le relevé bancaire.`,
        'Il compte désormais dans les chiffres publics du fonds.',
      ],
      details: [['Montant', amount], ...reference, ['État', 'confirmé']],
      action: { label: 'Voir le fonds', url: webUrl(links, paths.fund(c.fundId)) },
    };
  return {
    subject: `Votre déclaration de ${amount} n’a pas été retenue`,
    heading: 'Votre versement n’a pas été retrouvé',
    paragraphs: [
      `Le trésorier n’a pas pu confirmer votre versement de ${amount} ${fund}.`,
      `La raison donnée : ${c.reason ?? 'aucune'}. Si vous pensez qu’il s’agit d’une erreur, vous pouvez le déclarer à nouveau avec la référence du virement.`,
    ],
    details: [['Montant', amount], ...reference, ['État', 'non retenu']],
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
