import { defineErrors } from '@fabrique/contracts';

/** Error codes of the funds service, defined once (stable: clients match on them). */
export const fundErrors = defineErrors({
  FUND_NOT_FOUND: {
    status: 404,
    title: { fr: 'Ce fonds commun n’existe pas', en: 'No such fund' },
  },
  FUND_EXISTS: {
    status: 409,
    title: {
      fr: 'Un fonds commun avec cet identifiant existe déjà',
      en: 'A fund with this id already exists',
    },
  },
  FUND_ARCHIVED: {
    status: 409,
    title: {
      fr: 'Ce fonds commun est archivé : plus rien n’y est enregistré',
      en: 'This fund is archived: nothing new is recorded in it',
    },
  },
  ORGANISATION_ARCHIVED: {
    status: 409,
    title: { fr: 'Cette organisation est archivée', en: 'This organisation is archived' },
  },
  INVALID_SHARES: {
    status: 422,
    title: {
      fr: 'Au moins une catégorie doit avoir une part de l’objectif',
      en: 'At least one category needs a share of the target',
    },
  },
  INVALID_PERIOD: {
    status: 422,
    title: {
      fr: 'La période doit se terminer après son début, et durer trois ans au plus',
      en: 'The period must end after it starts, within three years',
    },
  },
  OUTSIDE_PERIOD: {
    status: 422,
    title: {
      fr: 'Cette date est en dehors de la période du fonds commun',
      en: 'This date is outside the fund’s period',
    },
  },
  ORGANISATION_NOT_FOUND: {
    status: 404,
    title: { fr: 'Cette organisation n’existe pas', en: 'No such organisation' },
  },
  NOT_A_MEMBER: {
    status: 403,
    title: {
      fr: 'Vous n’agissez pas au nom de cette organisation',
      en: 'You do not act for this organisation',
    },
  },
  EMAIL_NOT_VERIFIED: {
    status: 403,
    title: {
      fr: 'Confirmez d’abord votre adresse e-mail (avec le lien envoyé à votre inscription)',
      en: 'Confirm your email address first (the link sent when you signed up)',
    },
  },
  REFERENCE_REQUIRED: {
    status: 422,
    title: {
      fr: 'Donnez une référence de reçu ou une Idempotency-Key, pour que l’opération ne soit enregistrée qu’une fois',
      en: 'Give a receipt reference or an Idempotency-Key, so that it is recorded once',
    },
  },
  DECLARATION_TOO_LARGE: {
    status: 422,
    title: {
      fr: 'Le montant d’une déclaration est limité : le trésorier enregistre les sommes plus importantes',
      en: 'One declaration is limited in size: the treasurer records larger sums',
    },
  },
  TOO_MANY_DECLARATIONS: {
    status: 409,
    title: {
      fr: 'Trop de vos déclarations attendent le trésorier dans ce fonds commun',
      en: 'Too many of your declarations are waiting for the treasurer in this fund',
    },
  },
  DECLARATION_NOT_FOUND: {
    status: 404,
    title: { fr: 'Cette déclaration n’existe pas', en: 'No such declaration' },
  },
  DECLARATION_DECIDED: {
    status: 409,
    title: {
      fr: 'Cette déclaration a déjà été confirmée ou refusée',
      en: 'This declaration was already confirmed or rejected',
    },
  },
  RECEIPT_ALREADY_RECORDED: {
    status: 409,
    title: {
      fr: 'Ce reçu est déjà inscrit au registre : refusez plutôt la déclaration',
      en: 'This receipt is already in the ledger: reject the declaration instead',
    },
  },
  STATEMENT_UNREADABLE: {
    status: 422,
    title: {
      fr: 'Ce relevé bancaire ne peut pas être lu',
      en: 'This bank statement cannot be read',
    },
  },
  ENTRY_NOT_FOUND: {
    status: 404,
    title: { fr: 'Cette écriture n’existe pas dans le registre', en: 'No such ledger entry' },
  },
  NOT_REVERSIBLE: {
    status: 409,
    title: {
      fr: 'Une contre-passation ne peut pas être elle-même contre-passée',
      en: 'A reversal cannot itself be reversed',
    },
  },
  ALREADY_REVERSED: {
    status: 409,
    title: { fr: 'Cette écriture a déjà été contre-passée', en: 'This entry was already reversed' },
  },
  UNKNOWN_LINE_ITEM: {
    status: 422,
    title: {
      fr: 'Cette ligne budgétaire n’existe pas dans ce fonds commun',
      en: 'No such budget line in this fund',
    },
  },
  EXPENSE_NOT_FOUND: {
    status: 404,
    title: { fr: 'Cette dépense n’existe pas', en: 'No such expense' },
  },
  OVER_BUDGET: {
    status: 422,
    title: {
      fr: 'Au-delà de la ligne budgétaire ou de l’argent disponible : approuvez en donnant le motif du dépassement',
      en: 'Beyond the budget line or the money available: approve with an override reason',
    },
  },
  EXPENSE_DECIDED: {
    status: 409,
    title: {
      fr: 'Cette dépense a déjà été approuvée ou refusée',
      en: 'This expense was already approved or rejected',
    },
  },
  NOT_ALLOWED: {
    status: 403,
    title: { fr: 'Vous ne pouvez ni voir ni faire ceci', en: 'You may not see or do this' },
  },
  INVALID_ROUND: {
    status: 422,
    title: {
      fr: 'Ce tour de vote ne peut pas se dérouler comme décrit',
      en: 'This round cannot be run as described',
    },
  },
  BALLOT_INVALID: {
    status: 422,
    title: {
      fr: 'Ce bulletin ne respecte pas les règles du tour de vote',
      en: 'This ballot does not follow the round’s rules',
    },
  },
  ABOVE_ENVELOPE: {
    status: 422,
    title: {
      fr: 'Un projet coûte au plus l’enveloppe du tour de vote (et celle de sa commune, si elle est répartie)',
      en: 'A project costs at most the round’s envelope (and its commune’s, when split)',
    },
  },
  NOT_ALL_REVIEWED: {
    status: 409,
    title: {
      fr: 'Chaque projet est examiné avant l’ouverture du vote',
      en: 'Every proposal is reviewed before the vote opens',
    },
  },
  WRONG_PHASE: {
    status: 409,
    title: {
      fr: 'Impossible à l’étape actuelle du tour de vote',
      en: 'Not possible in the round’s current phase',
    },
  },
  NOT_ELIGIBLE: {
    status: 403,
    title: {
      fr: 'Seuls les habitant·es des communes du tour de vote y participent',
      en: 'Only residents of the round’s communes take part',
    },
  },
  ROUND_NOT_FOUND: {
    status: 404,
    title: { fr: 'Ce tour de vote n’existe pas', en: 'No such round' },
  },
  BALLOT_NOT_FOUND: {
    status: 404,
    title: {
      fr: 'Vous n’avez pas encore voté dans ce tour de vote',
      en: 'You have not voted in this round yet',
    },
  },
  PROPOSAL_NOT_FOUND: {
    status: 404,
    title: { fr: 'Ce projet n’existe pas', en: 'No such proposal' },
  },
  NOT_YOUR_PROPOSAL: {
    status: 403,
    title: {
      fr: 'Seule la personne qui l’a proposé peut modifier un projet',
      en: 'Only its author may change a proposal',
    },
  },
});
