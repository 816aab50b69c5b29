/** French texts of the admin pages (the reference: en/admin.ts has the same shape). */
export const admin = {
  backToHub: 'Retour à la coordination',
  hub: {
    title: 'Coordination',
    intro:
      'Tout ce qui fait tourner le réseau : communes, lieux, personnes, organisations et fonds.',
    networkHeading: 'Le réseau',
    moneyHeading: 'Le fonds et le budget participatif',
    links: {
      communes: {
        title: 'Communes',
        body: 'Les communes membres du réseau, et en ajouter une.',
      },
      venues: {
        title: 'Lieux',
        body: 'Les salles des ateliers : créer, modifier, activer les lieux proposés.',
      },
      people: {
        title: 'Personnes et rôles',
        body: 'Retrouver une personne par son e-mail, lui donner ou retirer un rôle.',
      },
      organisations: {
        title: 'Organisations',
        body: 'Mairies, entreprises et associations qui financent, et leurs membres.',
      },
      deadLetters: {
        title: 'E-mails en échec',
        body: 'Les e-mails qui ne sont pas partis, et les renvoyer.',
      },
      funds: {
        title: 'Dépenses et registre du fonds',
        body: 'Approuver les dépenses, consulter et exporter le registre des comptes.',
      },
      rounds: {
        title: 'Tours de vote du budget participatif',
        body: 'Ouvrir les tours de vote, passer d’une étape à l’autre, examiner les projets.',
      },
    },
  },
  reconciliation: {
    heading: 'Contrôle des comptes',
    intro:
      'Nous recalculons chaque fonds à partir de son registre et comparons avec ce qui est affiché.',
    ok: (count: number) =>
      count === 0
        ? 'Aucun fonds à contrôler pour le moment.'
        : count === 1
          ? 'Les comptes du fonds sont justes.'
          : `Les comptes des ${count} fonds sont justes.`,
    differ: (count: number) =>
      count === 1
        ? '1 fonds a des comptes qui ne correspondent pas :'
        : `${count} fonds ont des comptes qui ne correspondent pas :`,
    checkedAt: (when: string) => `Vérifié le ${when}.`,
    advice:
      'Une écriture en cours peut créer un écart passager : vérifiez à nouveau dans une minute. S’il reste, prévenez l’équipe technique avec les détails ci-dessous.',
    details: 'Détails techniques',
    entries: (count: number) => (count === 1 ? '1 écriture' : `${count} écritures`),
    recheck: 'Vérifier à nouveau',
    checking: 'Vérification…',
  },
  communes: {
    title: 'Communes',
    intro: 'Les communes dont les habitants peuvent rejoindre Fabrique.',
    listHeading: 'Communes du réseau',
    empty: 'Aucune commune pour le moment.',
    name: 'Nom',
    postalCode: 'Code postal',
    id: 'Identifiant',
    addHeading: 'Ajouter une commune',
    nameHint: 'Écrit comme sur les panneaux, par exemple « Saint-Agnan-en-Vercors ».',
    postalCodeHint: 'Cinq chiffres.',
    nameInvalid: 'Indiquez le nom de la commune (au moins 2 lettres).',
    postalCodeInvalid: 'Le code postal a cinq chiffres, par exemple 26420.',
    add: 'Ajouter la commune',
    adding: 'Ajout…',
    added: (name: string) => `La commune ${name} a été ajoutée.`,
  },
  venues: {
    title: 'Lieux',
    intro:
      'Les lieux où se tiennent les ateliers. Ceux que proposent les animateurs attendent votre activation avant de pouvoir accueillir des séances.',
    proposedHeading: 'Lieux proposés',
    proposedEmpty: 'Aucun lieu en attente.',
    activeHeading: 'Lieux actifs',
    activeEmpty: 'Aucun lieu actif pour le moment.',
    statusProposed: 'Proposé',
    statusActive: 'Actif',
    statusArchived: 'Archivé',
    capacity: (count: number) => (count === 1 ? '1 place au plus' : `${count} places au plus`),
    accessibility: 'Accessibilité',
    equipment: 'Équipement',
    none: 'Non renseigné',
    proposedBy: 'Proposé par un animateur ou une animatrice.',
    edit: 'Modifier',
    editLabel: (name: string) => `Modifier « ${name} »`,
    activate: 'Activer',
    activateLabel: (name: string) => `Activer « ${name} »`,
    activating: 'Activation…',
    activated: (name: string) => `« ${name} » est maintenant actif.`,
    editHeading: (name: string) => `Modifier « ${name} »`,
    saved: (name: string) => `« ${name} » a été enregistré.`,
    addHeading: 'Ajouter un lieu',
    addHint: 'Un lieu ajouté par la coordination est actif tout de suite.',
    add: 'Ajouter le lieu',
    adding: 'Ajout…',
    added: (name: string) => `Le lieu « ${name} » a été ajouté.`,
    fields: {
      name: 'Nom du lieu',
      address: 'Adresse',
      commune: 'Commune',
      chooseCommune: 'Choisissez une commune',
      maxCapacity: 'Nombre de places au plus',
      maxCapacityHint: 'Combien de personnes la salle peut accueillir (de 1 à 500).',
      accessibility: 'Accessibilité',
      accessibilityHint: 'Par exemple : de plain-pied, toilettes adaptées, place de parking.',
      equipment: 'Équipement',
      equipmentHint: 'Un élément par ligne, par exemple « Tables », « Évier », « Prises ».',
    },
    invalid: {
      name: 'Indiquez le nom du lieu (au moins 2 caractères).',
      address: 'Indiquez l’adresse du lieu.',
      commune: 'Choisissez la commune du lieu.',
      maxCapacity: 'Indiquez un nombre entier de places, de 1 à 500.',
      accessibility: 'Ce texte est trop long (1 000 caractères au plus).',
      equipment: 'Au plus 30 éléments, de 60 caractères chacun au plus.',
    },
  },
  people: {
    title: 'Personnes et rôles',
    intro:
      'Retrouvez une personne avec l’adresse e-mail de son compte, puis choisissez ce qu’elle peut faire dans Fabrique.',
    searchHeading: 'Retrouver une personne',
    email: 'Adresse e-mail',
    emailHint: 'L’adresse exacte avec laquelle la personne se connecte.',
    emailInvalid: 'Indiquez une adresse e-mail complète, par exemple prenom@exemple.fr.',
    search: 'Rechercher',
    searching: 'Recherche…',
    notFound: (email: string) =>
      `Aucun compte n’utilise l’adresse ${email}. Vérifiez l’orthographe, ou demandez à la personne de créer son compte.`,
    found: (name: string) => `Compte trouvé : ${name}.`,
    since: (date: string) => `Inscrit·e depuis le ${date}.`,
    rolesHeading: 'Rôles',
    rolesLegend: (name: string) => `Ce que ${name} peut faire`,
    residentNote:
      'Chaque compte peut toujours réserver des ateliers et voter : cela ne se retire pas.',
    roles: {
      resident: 'Habitant·e',
      host: 'Animation d’ateliers',
      funder: 'Financement',
      coordinator: 'Coordination',
    },
    roleHints: {
      host: 'Crée des ateliers, programme des séances, note les présences.',
      funder: 'Enregistre des engagements et des versements au fonds.',
      coordinator: 'Accède à toute cette partie « Coordination ».',
    },
    yourself:
      'C’est votre propre compte : si vous retirez la coordination, vous perdrez l’accès à ces pages.',
    saveRoles: 'Enregistrer les rôles',
    nothingToChange: 'Vous n’avez rien changé.',
    rolesSaved:
      'Rôles enregistrés. La personne les aura à sa prochaine connexion, ou d’elle-même d’ici un quart d’heure.',
  },
  organisations: {
    title: 'Organisations',
    intro: 'Les mairies, entreprises et associations qui participent au fonds.',
    listHeading: 'Organisations',
    empty: 'Aucune organisation pour le moment.',
    name: 'Nom',
    kind: 'Type',
    commune: 'Commune',
    noCommune: '—',
    kinds: {
      municipality: 'Mairie',
      business: 'Entreprise',
      association: 'Association',
    },
    addHeading: 'Ajouter une organisation',
    fields: {
      name: 'Nom de l’organisation',
      kind: 'Type',
      commune: 'Commune',
      communeHint: 'Obligatoire pour une mairie (une seule mairie par commune).',
      noCommune: 'Aucune commune',
    },
    invalid: {
      name: 'Indiquez le nom de l’organisation (au moins 2 caractères).',
      commune: 'Une mairie doit être rattachée à une commune : choisissez-la.',
    },
    add: 'Ajouter l’organisation',
    adding: 'Ajout…',
    added: (name: string) => `L’organisation « ${name} » a été ajoutée.`,
    membersHeading: 'Membres',
    membersIntro:
      'Un membre peut agir au nom de l’organisation, par exemple enregistrer ses engagements au fonds. Retrouvez d’abord la personne par son e-mail.',
    memberOf: (name: string) => `${name} agit pour :`,
    memberOfNone: (name: string) => `${name} n’agit pour aucune organisation.`,
    unknownOrganisation: 'Organisation supprimée',
    remove: 'Retirer',
    removeLabel: (organisation: string) => `Retirer de « ${organisation} »`,
    removed: (organisation: string) => `La personne n’agit plus pour « ${organisation} ».`,
    addTo: 'Organisation',
    chooseOrganisation: 'Choisissez une organisation',
    addMember: 'Ajouter comme membre',
    memberAdded: (organisation: string) => `La personne agit maintenant pour « ${organisation} ».`,
    noOrganisationToJoin: 'Créez d’abord une organisation ci-dessus.',
    chooseFirst: 'Choisissez une organisation dans la liste.',
    tokenNote:
      'Le changement compte dès la prochaine connexion de la personne, ou d’ici un quart d’heure.',
  },
  deadLetters: {
    title: 'E-mails en échec',
    intro:
      'Un e-mail en échec est un message que nous n’avons pas réussi à envoyer, même après plusieurs essais : une fois le problème réglé (serveur de messagerie, adresse), vous pouvez le renvoyer.',
    empty: 'Aucun e-mail en échec : tout est parti.',
    count: (count: number) =>
      count === 1 ? '1 e-mail n’est pas parti.' : `${count} e-mails ne sont pas partis.`,
    caption: 'E-mails qui n’ont pas pu être envoyés',
    when: 'Date',
    kind: 'Message',
    recipient: 'Destinataire',
    error: 'Erreur',
    attempts: 'Essais',
    status: 'État',
    action: 'Action',
    unknownKind: 'Message inconnu',
    unknownRecipient: 'Inconnu',
    replay: 'Renvoyer',
    replayLabel: (seq: number) => `Renvoyer l’e-mail n° ${seq}`,
    replayAll: 'Tout renvoyer',
    replaying: 'Envoi…',
    replayed: (count: number) =>
      count === 0
        ? 'Aucun e-mail à renvoyer.'
        : count === 1
          ? '1 e-mail a été remis en envoi.'
          : `${count} e-mails ont été remis en envoi.`,
    refresh: 'Actualiser la liste',
    kinds: {
      'booking-confirmed': 'Réservation confirmée',
      'booking-waitlisted': 'Liste d’attente',
      'booking-offered': 'Place proposée',
      'booking-offer-expired': 'Offre de place expirée',
      'booking-cancelled': 'Réservation annulée',
      'booking-promoted': 'Place obtenue',
      'session-rescheduled': 'Séance déplacée',
      'session-cancelled': 'Séance annulée',
      'session-reminder': 'Rappel de séance',
      'attendance-thanks': 'Merci de votre venue',
      'share-behind': 'Part du fonds en retard',
      'contribution-decided': 'Versement déclaré traité',
      'round-phase': 'Étape du budget participatif',
      'account-security': 'Mot de passe ou adresse changés',
      'password-reset-link': 'Lien de nouveau mot de passe',
      'email-verification-link': 'Lien de confirmation d’adresse',
      'email-change-link': 'Lien de changement d’adresse',
    } as Record<string, string>,
    statuses: {
      off: 'E-mail désactivé',
      pending: 'En attente d’envoi',
      sending: 'Envoi en cours',
      retrying: 'Nouvel essai en cours',
      sent: 'Envoyé depuis',
      'dead-lettered': 'En échec',
      cancelled: 'Annulé',
    } as Record<string, string>,
    unknownStatus: 'Inconnu',
  },
  journal: {
    title: 'Journal comptable',
    intro:
      'Les mouvements d’argent du fonds, en écritures équilibrées (débit et crédit), à importer dans le logiciel de comptabilité de l’association. Les comptes suivent le plan comptable des associations.',
    download: 'Télécharger le journal (CSV)',
  },
  archiving: {
    actions: 'Actions',
    fundTitle: 'Archiver ce fonds',
    fundIntro:
      'Pour un fonds créé par erreur ou dont la période est close\u00a0: il disparaît de la liste des fonds et ne reçoit plus ni versement, ni dépense, ni tour de vote. Ses pages, son registre et ses relevés restent consultables.',
  },
};
