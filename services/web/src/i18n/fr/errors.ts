/**
 * API problem codes as plain sentences (every service's codes; see their domain/errors.ts,
 * service-kit's commonErrors and idempotencyErrors, and the gateway's gateway.errors.ts).
 * A code missing here falls back to `fallback`. Each says what happened and what to do.
 */
export const errors: Record<string, string> & { fallback: string; network: string; field: string } =
  {
    fallback: 'Cela n’a pas marché. Réessayez dans un instant.',
    network: 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
    field: 'Cette valeur n’est pas acceptée.',

    // Every service (service-kit)
    VALIDATION_FAILED: 'Certaines informations ne conviennent pas. Vérifiez-les, puis réessayez.',
    MALFORMED_JSON: 'Votre demande n’a pas pu être lue. Rechargez la page, puis réessayez.',
    BAD_CURSOR: 'La liste a changé entre-temps. Rechargez la page pour la reprendre au début.',
    UNAUTHENTICATED: 'Votre session a expiré. Connectez-vous à nouveau, puis réessayez.',
    FORBIDDEN: 'Votre compte ne permet pas de faire cela.',
    NOT_FOUND: 'Nous n’avons pas trouvé ce que vous cherchez. Cela a peut-être été supprimé.',
    PAYLOAD_TOO_LARGE: 'Ce que vous envoyez est trop long. Raccourcissez-le, puis réessayez.',
    UNSUPPORTED_MEDIA_TYPE: 'Votre demande n’a pas pu être lue. Rechargez la page, puis réessayez.',
    INTERNAL: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
    UNAVAILABLE: 'Le service redémarre. Réessayez dans une minute.',
    BAD_IDEMPOTENCY_KEY:
      'Votre demande n’a pas pu être traitée. Rechargez la page, puis réessayez.',
    IDEMPOTENCY_IN_PROGRESS:
      'Votre demande est déjà en cours de traitement. Patientez quelques secondes, puis rechargez la page.',
    IDEMPOTENCY_KEY_REUSED:
      'Cette demande a déjà été envoyée avec d’autres informations. Rechargez la page, puis recommencez.',

    // Gateway
    RATE_LIMITED: 'Trop de demandes en peu de temps. Patientez une minute, puis réessayez.',
    UPSTREAM_UNAVAILABLE:
      'Ce service est momentanément indisponible. Réessayez dans quelques minutes.',
    AUTH_UNAVAILABLE:
      'Nous ne pouvons pas vérifier votre connexion pour le moment. Réessayez dans quelques minutes.',
    UPSTREAM_TIMEOUT:
      'Le service a mis trop de temps à répondre. Vérifiez si votre action a été prise en compte avant de réessayer.',
    // Answers without a code (a proxy or the network in between)
    HTTP_429: 'Trop de demandes en peu de temps. Patientez une minute, puis réessayez.',
    HTTP_500: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
    HTTP_502: 'Ce service est momentanément indisponible. Réessayez dans quelques minutes.',
    HTTP_503: 'Ce service est momentanément indisponible. Réessayez dans quelques minutes.',
    HTTP_504: 'Le service a mis trop de temps à répondre. Réessayez dans un instant.',

    // Accounts
    EMAIL_TAKEN:
      'Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou utilisez une autre adresse.',
    WEAK_PASSWORD:
      'Ce mot de passe est trop facile à deviner. Choisissez-en un plus long, par exemple une petite phrase.',
    UNKNOWN_COMMUNE: 'Cette commune ne fait pas partie du réseau. Choisissez-en une dans la liste.',
    COMMUNE_EXISTS: 'Cette commune est déjà dans la liste.',
    INVALID_CREDENTIALS: 'Adresse e-mail ou mot de passe incorrect. Vérifiez-les, puis réessayez.',
    TOO_MANY_ATTEMPTS:
      'Trop d’essais de connexion ont échoué. Par sécurité, attendez quelques minutes avant de réessayer.',
    INVALID_REFRESH_TOKEN: 'Votre session a expiré. Connectez-vous à nouveau.',
    REFRESH_TOKEN_REUSED:
      'Par sécurité, votre session a été fermée sur tous vos appareils. Connectez-vous à nouveau.',
    ACCOUNT_NOT_FOUND: 'Ce compte est introuvable. Vérifiez l’adresse e-mail.',
    ACCOUNT_DELETED: 'Ce compte a été supprimé. Vous pouvez en créer un nouveau.',
    ROLE_NOT_REVOCABLE:
      'Chaque compte garde le droit de participer aux ateliers : il ne peut pas être retiré.',
    EDIT_CONFLICT:
      'Ces informations ont été modifiées entre-temps. Rechargez la page, puis refaites votre modification.',
    ORGANISATION_NOT_FOUND: 'Cette organisation est introuvable.',
    MUNICIPALITY_EXISTS: 'Cette commune a déjà sa mairie dans Fabrique.',
    MUNICIPALITY_NEEDS_COMMUNE: 'Une mairie doit être rattachée à une commune : choisissez-la.',

    // Workshops
    INVALID_RECURRENCE:
      'Cette répétition ne peut pas être programmée. Vérifiez le rythme et la date de fin.',
    TOO_MANY_OCCURRENCES:
      'Cette répétition créerait trop de séances. Choisissez une date de fin plus proche.',
    NOT_ON_SLOT_GRID:
      'Une séance commence sur un multiple de 5 minutes (10:00, 10:05…) et dure un multiple de 5 minutes.',
    VENUE_NOT_FOUND: 'Ce lieu est introuvable. Choisissez-en un dans la liste.',
    WORKSHOP_NOT_FOUND: 'Cet atelier est introuvable. Il a peut-être été retiré.',
    SESSION_NOT_FOUND: 'Cette séance est introuvable. Elle a peut-être été retirée.',
    UNKNOWN_KIND: 'Ce type d’atelier n’existe pas. Choisissez-en un dans la liste.',
    KIND_EXISTS: 'Ce type d’atelier existe déjà.',
    NOT_A_HOST:
      'Seules les personnes qui animent cet atelier, ou la coordination, peuvent faire cela.',
    CAPACITY_ABOVE_VENUE:
      'C’est plus de places que le lieu ne peut en accueillir. Réduisez le nombre de places.',
    CAPACITY_BELOW_CONFIRMED:
      'Plus de personnes ont déjà réservé. Choisissez au moins autant de places que de réservations confirmées.',
    IN_THE_PAST: 'Une séance ne peut pas commencer dans le passé. Choisissez une date à venir.',
    TOO_FAR_AHEAD:
      'Une séance se programme au plus trois ans à l’avance. Choisissez une date plus proche.',
    VENUE_BUSY:
      'Le lieu est déjà pris à ce moment-là. Choisissez un autre horaire ou un autre lieu.',
    HOST_BUSY:
      'Une personne qui anime cet atelier a déjà une autre séance à ce moment-là. Choisissez un autre horaire.',
    SESSION_NOT_SCHEDULED:
      'Cette séance ne peut plus être modifiée : elle est annulée ou terminée.',
    SESSION_NOT_OVER: 'Une séance ne peut être clôturée qu’une fois commencée.',
    WORKSHOP_ARCHIVED: 'Cet atelier est archivé : il ne peut plus être modifié.',
    INVALID_TRANSITION: 'Ce changement d’état n’est pas possible pour cet atelier.',
    PRECONDITION_REQUIRED:
      'La page n’est pas à jour. Rechargez-la, puis refaites votre modification.',
    PRECONDITION_FAILED:
      'Quelqu’un d’autre a modifié cela entre-temps. Rechargez la page, puis refaites votre modification.',

    // Bookings
    SESSION_NOT_OPEN:
      'Cette séance n’est plus ouverte aux réservations. Choisissez une autre date.',
    TOO_MANY_SEATS: 'C’est trop de places pour une seule réservation. Réservez-en moins.',
    ALREADY_BOOKED:
      'Vous avez déjà une réservation pour cette séance. Retrouvez-la dans « Mes réservations ».',
    BOOKING_IN_PROGRESS:
      'Une réservation pour cette séance est déjà en cours. Patientez quelques secondes, puis rechargez la page.',
    RESIDENT_NOT_FOUND: 'Cette personne est introuvable. Son compte a peut-être été supprimé.',
    NOT_ALLOWED_ON_BEHALF:
      'Seules les personnes qui animent la séance, ou la coordination, peuvent réserver pour quelqu’un d’autre.',
    BOOKING_NOT_FOUND: 'Cette réservation est introuvable.',
    NOT_YOUR_BOOKING: 'Cette réservation est à quelqu’un d’autre : vous ne pouvez pas la modifier.',
    BOOKING_NOT_ACTIVE:
      'Cette réservation n’est plus active : elle a déjà été annulée ou terminée.',
    BOOKING_CONFLICT:
      'Cette réservation a changé au même moment. Rechargez la page, puis réessayez.',
    CUTOFF_PASSED:
      'La séance commence bientôt : il est trop tard pour annuler en ligne. Prévenez directement la personne qui l’anime.',
    NOT_OFFERED: 'Aucune place ne vous est proposée pour cette réservation en ce moment.',
    OFFER_EXPIRED:
      'Le délai pour accepter cette place est passé : elle a été proposée à quelqu’un d’autre.',
    TOO_EARLY_FOR_ATTENDANCE:
      'La présence se note à partir d’une heure avant le début de la séance. Revenez un peu plus tard.',
    ROSTER_CLOSED: 'La présence de cette séance est déjà clôturée : elle ne peut plus changer.',
    ABOVE_CAPACITY:
      'Il y a déjà autant de personnes présentes que de places : on ne peut pas en ajouter davantage.',
    ROSTER_NOT_CLOSED: 'Seule la prestation d’une séance clôturée peut être annulée.',
    DELIVERY_VOIDED: 'Cette prestation a déjà été annulée.',
    NOT_ON_ROSTER: 'Cette personne n’a pas de place dans cette séance.',
    CALENDAR_NOT_FOUND:
      'Ce lien d’agenda n’est plus valable. Reprenez le lien depuis « Mes réservations ».',

    // Funds and participatory budget
    FUND_NOT_FOUND: 'Ce fonds est introuvable.',
    FUND_EXISTS: 'Ce fonds existe déjà.',
    INVALID_SHARES: 'Donnez une part de l’objectif à au moins une catégorie de financeurs.',
    INVALID_PERIOD:
      'La période doit se terminer après son début et durer trois ans au plus. Vérifiez les dates.',
    OUTSIDE_PERIOD: 'Cette date est en dehors de la période du fonds. Vérifiez-la.',
    NOT_A_MEMBER: 'Vous n’agissez pas au nom de cette organisation.',
    EMAIL_NOT_VERIFIED:
      'Confirmez d’abord votre adresse e-mail avec le lien que nous vous avons envoyé (vous pouvez le recevoir à nouveau depuis « Mon compte »).',
    VERIFICATION_LINK_INVALID:
      'Ce lien de confirmation ne fonctionne plus. Demandez-en un nouveau depuis « Mon compte ».',
    EMAIL_ALREADY_VERIFIED: 'Votre adresse e-mail est déjà confirmée.',
    TOO_MANY_VERIFICATION_REQUESTS:
      'Vous avez demandé plusieurs liens à la suite. Attendez quelques minutes et regardez dans vos indésirables.',
    RESET_LINK_INVALID:
      'Ce lien ne fonctionne plus (déjà utilisé, expiré ou incomplet). Demandez-en un nouveau.',
    TOO_MANY_RESET_REQUESTS:
      'Trop de demandes pour cette adresse. Réessayez dans quelques minutes.',
    CURRENT_PASSWORD_WRONG: 'Ce n’est pas votre mot de passe actuel.',
    EMAIL_UNCHANGED: 'C’est déjà l’adresse de votre compte.',
    TOO_MANY_EMAIL_CHANGE_REQUESTS:
      'Vous avez demandé plusieurs changements d’adresse à la suite. Réessayez dans quelques minutes.',
    REFERENCE_REQUIRED:
      'Indiquez la référence du reçu, pour que l’opération ne soit enregistrée qu’une seule fois.',
    ENTRY_NOT_FOUND: 'Cette écriture est introuvable dans le registre du fonds.',
    NOT_REVERSIBLE:
      'Cette écriture annule déjà une autre écriture : elle ne peut pas être annulée.',
    ALREADY_REVERSED: 'Cette écriture a déjà été annulée.',
    UNKNOWN_LINE_ITEM:
      'Cette ligne de budget n’existe pas dans ce fonds. Choisissez-en une dans la liste.',
    EXPENSE_NOT_FOUND: 'Cette dépense est introuvable.',
    OVER_BUDGET:
      'Cette dépense dépasse ce qui reste sur sa ligne de budget ou l’argent disponible. Pour l’approuver quand même, indiquez le motif du dépassement.',
    EXPENSE_DECIDED: 'Cette dépense a déjà été approuvée ou refusée.',
    DECLARATION_TOO_LARGE:
      'Ce montant dépasse ce qu’une déclaration peut indiquer. Demandez au trésorier du fonds de l’enregistrer.',
    TOO_MANY_DECLARATIONS:
      'Vous avez déjà beaucoup de versements en attente de vérification. Attendez que le trésorier les ait traités.',
    DECLARATION_NOT_FOUND: 'Nous n’avons pas trouvé ce versement déclaré.',
    DECLARATION_DECIDED: 'Ce versement a déjà été confirmé ou refusé.',
    RECEIPT_ALREADY_RECORDED:
      'Ce reçu est déjà inscrit au registre. Refusez la déclaration pour ne pas le compter deux fois.',
    STATEMENT_UNREADABLE:
      'Ce relevé ne peut pas être lu. Il faut un fichier CSV dont la première ligne nomme les colonnes date, libellé et montant.',
    NOT_ALLOWED: 'Votre compte ne permet pas de voir ou de faire cela.',
    INVALID_ROUND:
      'Ce tour de vote ne peut pas fonctionner ainsi. Vérifiez ses dates et ses règles.',
    ABOVE_ENVELOPE:
      'Ce projet coûte plus que l’enveloppe du tour (ou que celle de sa commune). Réduisez son coût.',
    BALLOT_INVALID:
      'Ce vote ne respecte pas les règles du tour (nombre de projets ou budget). Vérifiez vos choix.',
    WRONG_PHASE: 'Ce n’est pas possible à cette étape du budget participatif.',
    NOT_ELIGIBLE: 'Seuls les habitants des communes de ce tour peuvent y participer.',
    ROUND_NOT_FOUND: 'Ce tour du budget participatif est introuvable.',
    BALLOT_NOT_FOUND: 'Vous n’avez pas encore voté dans ce tour.',
    PROPOSAL_NOT_FOUND: 'Ce projet est introuvable. Il a peut-être été retiré.',
    NOT_YOUR_PROPOSAL: 'Seule la personne qui a proposé ce projet peut le modifier.',

    // Notifications
    NOTIFICATION_NOT_FOUND: 'Cette notification est introuvable. Elle a peut-être été supprimée.',
    ESSENTIAL_KIND:
      'Les offres de place, les annulations et les changements de vos séances ne peuvent pas être désactivés.',
    BAD_UNSUBSCRIBE_LINK:
      'Ce lien de désabonnement n’est pas valable. Réglez vos notifications depuis vos préférences.',
    DEAD_LETTER_NOT_FOUND: 'Cet e-mail en échec est introuvable. Il a peut-être déjà été renvoyé.',
  };
