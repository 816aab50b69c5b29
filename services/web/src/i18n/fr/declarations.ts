/** Declared contributions: the giver's list, the treasurer's queue and the bank statement. */
export const declarations = {
  declared: (amount: string, day: string) =>
    `Merci\u00a0! Votre versement de ${amount} du ${day} est déclaré. Il comptera dans les chiffres du fonds dès que le trésorier l’aura retrouvé sur le relevé bancaire\u00a0; vous recevrez un message.`,
  pledgeDeclared: (amount: string, day: string) =>
    `Merci\u00a0! Votre promesse de ${amount} du ${day} est déclarée. Elle comptera dans les chiffres du fonds dès qu’un coordinateur l’aura confirmée\u00a0; vous recevrez un message.`,
  kind: 'Type',
  kinds: { contribution: 'Versement', pledge: 'Promesse' },
  atTheDoor: 'Argent reçu à la porte d’un atelier',
  mineTitle: 'Vos versements et promesses déclarés',
  mineEmpty: 'Vous n’avez déclaré aucun versement à ce fonds.',
  caption: 'Versements déclarés',
  day: 'Date',
  amount: 'Montant',
  reference: 'Référence',
  status: 'État',
  statuses: {
    declared: 'En attente du trésorier',
    confirmed: 'Confirmé',
    rejected: 'Non retenu',
  },
  reason: (reason: string) => `(${reason})`,
  pendingTitle: 'Versements déclarés à vérifier',
  pendingIntro:
    'Ces versements ne comptent pas encore. Confirmez ceux que vous retrouvez sur le relevé bancaire du fonds, ou refusez-les en disant pourquoi.',
  nonePending: 'Aucun versement déclaré n’attend de vérification.',
  resident: 'Don d’un habitant',
  organisation: (name: string) => `Versement de ${name}`,
  declaredOn: (day: string, reference: string | null) =>
    reference ? `Daté du ${day}, référence ${reference}` : `Daté du ${day}, sans référence`,
  confirm: 'Confirmer',
  reject: 'Refuser',
  about: (amount: string) => ` le versement de ${amount}`,
  rejectReason: 'Motif du refus',
  rejectHint: 'La personne qui a déclaré le versement le recevra par message.',
  rejectMissing: 'Indiquez le motif du refus.',
  confirmReject: 'Confirmer le refus',
  confirmed: (amount: string) => `Le versement de ${amount} est confirmé et compte dans le fonds.`,
  rejected: (amount: string) => `Le versement de ${amount} est refusé.`,
  statementTitle: 'Rapprocher un relevé bancaire',
  statementIntro:
    'Choisissez le relevé exporté par la banque (fichier CSV avec les colonnes date, libellé et montant). Chaque crédit est rapproché du versement déclaré de même montant dont le libellé montre la référence. Rien n’est confirmé avant que vous le demandiez.',
  statementFile: 'Relevé bancaire (CSV)',
  statementMissing: 'Choisissez un fichier CSV.',
  statementCheck: 'Vérifier le relevé',
  statementApply: (n: number) =>
    n === 1 ? 'Confirmer le versement retrouvé' : `Confirmer les ${n} versements retrouvés`,
  statementNone: 'Aucun crédit du relevé ne correspond à un versement déclaré en attente.',
  statementDone: (n: number) => (n === 1 ? '1 versement confirmé.' : `${n} versements confirmés.`),
  line: 'Ligne',
  label: 'Libellé',
  outcome: 'Résultat',
  outcomes: {
    matched: 'Retrouvé',
    confirmed: 'Confirmé',
    unmatched: 'Aucun versement déclaré',
    ambiguous: 'Plusieurs versements possibles\u00a0: à confirmer à la main',
    'outside-period': 'Date hors de la période du fonds',
    'not-confirmed': 'Non confirmé',
  },
  unreadable: (line: number, problem: string) => `Ligne ${line}\u00a0: ${problem} illisible.`,
  unreadableParts: { date: 'date', amount: 'montant', reference: 'libellé' } as Record<
    string,
    string
  >,
};
