/** French texts of the rounds pages (the reference: en/rounds.ts has the same shape). */
export const rounds = {
  list: {
    title: 'Budget participatif',
    intro:
      'Une part du fonds finance des projets proposés puis choisis par les habitants. Proposez vos idées, puis votez pour celles que vous préférez.',
    newRound: 'Nouvelle consultation',
    empty: 'Aucune consultation pour le moment. Revenez bientôt !',
    results: 'Voir les résultats',
  },
  phases: {
    upcoming: 'À venir',
    proposals: 'Propositions ouvertes',
    review: 'Examen des projets',
    voting: 'Vote ouvert',
    results: 'Résultats publiés',
    closed: 'Terminée',
  },
  /** What happens now, with the date it stops. */
  now: {
    upcoming: (date: string) => `Les propositions ouvriront le ${date}.`,
    proposals: (date: string) => `Proposez vos projets jusqu’au ${date}.`,
    review: (date: string) => `La coordination examine les projets jusqu’au ${date}.`,
    voting: (date: string) => `Votez jusqu’au ${date}.`,
    results: (date: string) =>
      `Le vote est terminé : voici les résultats. La consultation se termine le ${date}.`,
    closed: (date: string) => `Consultation terminée le ${date}.`,
  },
  /** What comes next, with its date (none once the results are out). */
  next: {
    upcoming: (date: string) => `Le vote commencera le ${date}.`,
    proposals: (date: string) =>
      `Ensuite, la coordination examinera les projets, puis le vote commencera le ${date}.`,
    review: (date: string) => `Ensuite, le vote commencera le ${date}.`,
    voting: (date: string) =>
      `Vous pouvez changer votre vote jusqu’à la fin. Les résultats seront publiés le ${date}.`,
  },
  phaseLabel: 'Étape : ',
  /** When each commune has its own envelope. */
  envelopeSplit: (parts: string[]) => `Répartie ainsi : ${parts.join(' ; ')}.`,
  envelopeShare: (commune: string, amount: string) => `${amount} pour ${commune}`,
  envelope: (amount: string) => `Enveloppe : ${amount}`,
  method: {
    approval: (max: number) =>
      max === 1
        ? 'Vote : chaque personne choisit 1 projet.'
        : `Vote : chaque personne choisit jusqu’à ${max} projets.`,
    knapsack: 'Vote : chaque personne compose un panier de projets qui tient dans l’enveloppe.',
  },
  communes: (names: string) => `Pour les habitants de : ${names}.`,
  timeline: {
    title: 'Le calendrier',
    current: '(étape en cours)',
    proposals: (from: string, to: string) => `Propositions : du ${from} au ${to}`,
    review: (from: string, to: string) => `Examen par la coordination : du ${from} au ${to}`,
    voting: (from: string, to: string) => `Vote : du ${from} au ${to}`,
    results: (from: string) => `Résultats : publiés le ${from}`,
    closed: (from: string) => `Fin de la consultation : le ${from}`,
  },
  detail: {
    fallbackTitle: 'Consultation',
    back: 'Toutes les consultations',
    proposalsTitle: (count: number) => `Les projets proposés (${count})`,
    proposalsEmpty: 'Aucun projet proposé pour le moment.',
    proposalsEmptyOpen: 'Aucun projet proposé pour le moment. Soyez la première personne !',
    setAsideTitle: (count: number) => `Les projets écartés à l’examen (${count})`,
    signInTo: 'Connectez-vous pour participer',
    notEligible: (names: string) =>
      `Seuls les habitants de ces communes participent à cette consultation : ${names}.`,
  },
  proposal: {
    open: 'Proposer un projet',
    submit: 'Proposer un projet',
    intro: 'Décrivez votre idée simplement. Vous pourrez la modifier jusqu’au début de l’examen.',
    title: 'Titre du projet',
    titleHint: 'En quelques mots, par exemple « Des outils pour le repair café ».',
    description: 'Description',
    descriptionHint: 'À quoi servira le projet, pour qui, et comment.',
    commune: 'Commune du projet',
    kind: 'Type d’atelier',
    cost: 'Coût estimé (€)',
    costHint: 'Un montant en euros, par exemple 1 200,50.',
    sent: (title: string) => `Merci ! Votre projet « ${title} » est proposé.`,
    edit: 'Modifier mon projet',
    save: 'Enregistrer les modifications',
    saved: 'Vos modifications sont enregistrées.',
    mine: 'Votre projet',
    errors: {
      title: 'Donnez un titre d’au moins 3 caractères.',
      description: 'Décrivez le projet en quelques mots.',
      cost: 'Indiquez un montant en euros, par exemple 1 200,50.',
      commune: 'Choisissez une commune de la consultation.',
      kind: 'Choisissez un type d’atelier.',
    },
  },
  status: {
    pending: 'En attente de l’examen',
    unreviewed: 'Non examiné',
    feasible: 'Réalisable',
    notFeasible: 'Pas faisable',
  },
  cost: (amount: string) => `Coût : ${amount}`,
  /** Cost, commune, kind… on one line. */
  facts: (parts: string[]) => parts.join(' · '),
  costAdjusted: (amount: string, estimate: string) =>
    `Coût retenu : ${amount} (estimé à ${estimate})`,
  reviewReason: (reason: string) => `Avis de la coordination : ${reason}`,
  costNote: (note: string) => `Sur le coût : ${note}`,
  review: {
    legend: 'Votre avis sur ce projet',
    reason: 'Raison',
    reasonHint: 'Visible par tout le monde : expliquez votre avis en une phrase.',
    adjustedCost: 'Coût retenu (€)',
    adjustedCostHint: (amount: string) =>
      `Seulement si le coût change. Laissez vide pour garder ${amount}.`,
    costNote: 'Note sur le coût',
    costNoteHint: 'Pourquoi le coût change (obligatoire si vous le changez).',
    feasible: 'Réalisable',
    notFeasible: 'Pas faisable',
    change: 'Changer mon avis',
    saved: (verdict: string) => `Avis enregistré : ${verdict}.`,
    errors: {
      reason: 'Indiquez une raison : elle sera visible de tout le monde.',
      cost: 'Indiquez un montant en euros, par exemple 1 200,50, ou laissez vide.',
      costNote: 'Expliquez en quelques mots pourquoi le coût change.',
    },
  },
  ballot: {
    title: 'Votre vote',
    approvalIntro: (max: number) =>
      max === 1
        ? 'Cochez le projet que vous préférez.'
        : `Cochez les projets que vous préférez, jusqu’à ${max}.`,
    knapsackIntro:
      'Cochez les projets que vous voulez financer : leur coût total doit tenir dans l’enveloppe.',
    chosen: (count: number, max: number) =>
      count <= 1 ? `${count} projet choisi sur ${max}` : `${count} projets choisis sur ${max}`,
    left: (left: string, envelope: string) => `Il reste ${left} sur ${envelope}`,
    leftIn: (commune: string, left: string, envelope: string) =>
      `${commune} : il reste ${left} sur ${envelope}`,
    tooMany: (max: number) =>
      `Vous avez déjà choisi ${max} projet${max > 1 ? 's' : ''} : décochez-en un pour choisir celui-ci.`,
    tooExpensive: (missing: string) =>
      `Ne tient pas dans ce qu’il reste de l’enveloppe (il manque ${missing}). Décochez un autre projet pour le choisir.`,
    tooExpensiveIn: (commune: string, missing: string) =>
      `Ne tient pas dans ce qu’il reste de l’enveloppe de ${commune} (il manque ${missing}).`,
    save: 'Enregistrer mon vote',
    saved: (date: string) =>
      `Merci ! Votre vote est enregistré. Vous pouvez le changer jusqu’au ${date}.`,
    savedAt: (at: string, until: string) =>
      `Votre vote est enregistré depuis le ${at}. Vous pouvez le changer jusqu’au ${until}.`,
    yourChoices: (titles: string) => `Vous avez choisi : ${titles}.`,
    blank: 'Vous avez voté sans choisir de projet.',
    notYet: (until: string) => `Vous n’avez pas encore voté. Vous avez jusqu’au ${until}.`,
    unsaved: 'Vos changements ne sont pas encore enregistrés.',
    nothing: 'Aucun projet n’a été jugé réalisable : il n’y a rien à voter cette fois.',
  },
  results: {
    title: 'Résultats',
    pageTitle: (round: string) => `Résultats : ${round}`,
    backToRound: 'Voir la consultation',
    summary: (count: number, spent: string, envelope: string) =>
      count === 0
        ? `Aucun projet financé sur une enveloppe de ${envelope}.`
        : count === 1
          ? `1 projet financé, pour ${spent} sur une enveloppe de ${envelope}.`
          : `${count} projets financés, pour ${spent} sur une enveloppe de ${envelope}.`,
    abstentions: (count: number) =>
      count === 1
        ? 'Dont 1 vote blanc (compté dans la participation, pour aucun projet).'
        : `Dont ${count} votes blancs (comptés dans la participation, pour aucun projet).`,
    voters: (count: number) =>
      count === 0
        ? 'Personne n’a voté.'
        : count === 1
          ? '1 personne a voté.'
          : `${count} personnes ont voté.`,
    empty: 'Aucun projet n’était soumis au vote.',
    caption: 'Les projets, du plus soutenu au moins soutenu',
    rank: 'Rang',
    rankPrefix: (rank: number) => `${rank}. `,
    project: 'Projet',
    commune: 'Commune',
    cost: 'Coût',
    votes: 'Voix',
    funded: 'Financé ?',
    yes: 'Financé',
    no: 'Non financé',
    total: 'Total financé',
    turnoutTitle: 'Participation',
    turnoutCaption: 'Nombre de votants par commune',
    voterCount: 'Votants',
    outside: '(hors consultation)',
  },
  create: {
    title: 'Nouvelle consultation',
    intro:
      'Préparez un budget participatif : son enveloppe, qui participe, comment on vote, et son calendrier.',
    fund: 'Fonds',
    fundHint: 'Le fonds qui paiera les projets retenus.',
    noFund: 'Aucun fonds n’existe encore : créez-en un avant de lancer une consultation.',
    name: 'Titre de la consultation',
    nameHint: 'Par exemple « Budget participatif 2027 ».',
    envelope: 'Enveloppe (€)',
    envelopeHint: 'Le montant total à répartir entre les projets, par exemple 5 000.',
    communes: 'Communes qui participent',
    communesHint: 'Par défaut, les communes membres du fonds.',
    split: 'Donner à chaque commune sa part de l’enveloppe',
    splitHint:
      'Ainsi, les votes d’une grande commune ne prennent pas l’argent des petites. Les parts doivent faire le total.',
    share: (commune: string) => `Part de ${commune} (€)`,
    splitTotal: (sum: string, envelope: string) => `Parts réparties : ${sum} sur ${envelope}`,
    method: 'Façon de voter',
    approval: 'Par choix : chaque personne coche jusqu’à un nombre de projets',
    knapsack: 'Par budget : chaque personne compose un panier qui tient dans l’enveloppe',
    maxChoices: 'Nombre de projets par personne',
    schedule: 'Calendrier (heure de Paris)',
    scheduleHint: 'Chaque étape commence quand la précédente se termine.',
    date: (step: string) => `${step} : date`,
    time: (step: string) => `${step} : heure`,
    steps: {
      proposalsOpenAt: 'Ouverture des propositions',
      reviewStartsAt: 'Début de l’examen',
      votingStartsAt: 'Début du vote',
      votingEndsAt: 'Fin du vote et résultats',
      closesAt: 'Fin de la consultation',
    },
    summaryTitle: 'Le calendrier, en clair',
    submit: 'Créer la consultation',
    errors: {
      fund: 'Choisissez un fonds.',
      name: 'Donnez un titre à la consultation.',
      envelope: 'Indiquez un montant en euros supérieur à zéro, par exemple 5 000.',
      communes: 'Cochez au moins une commune.',
      share: 'Indiquez un montant en euros, par exemple 1 000 (0 est possible).',
      splitTotal: 'Les parts des communes doivent faire exactement le total de l’enveloppe.',
      maxChoices: 'Indiquez un nombre entier entre 1 et 50.',
      date: 'Indiquez une date et une heure.',
      order: (step: string, before: string) => `« ${step} » doit venir après « ${before} ».`,
    },
  },
};
