import { defineErrors } from '@fabrique/contracts';

/** Error codes of the workshops service, defined once (stable: clients match on them). */
export const workshopErrors = defineErrors({
  INVALID_RECURRENCE: {
    status: 422,
    title: {
      fr: 'Cette règle de répétition ne peut pas être programmée',
      en: 'This repetition rule cannot be scheduled',
    },
  },
  TOO_MANY_OCCURRENCES: {
    status: 422,
    title: {
      fr: 'Cette répétition créerait trop de séances',
      en: 'This repetition would create too many sessions',
    },
  },
  NOT_ON_SLOT_GRID: {
    status: 422,
    title: {
      fr: 'Une séance commence sur un multiple de 5 minutes et dure un nombre entier de pas de 5 minutes',
      en: 'Sessions start on a 5-minute mark and last a whole number of 5-minute steps',
    },
  },
  IN_THE_PAST: {
    status: 422,
    title: {
      fr: 'Une séance ne peut pas commencer dans le passé',
      en: 'A session cannot start in the past',
    },
  },
  TOO_FAR_AHEAD: {
    status: 422,
    title: {
      fr: 'Une séance commence au plus tard dans trois ans',
      en: 'A session starts at most three years from now',
    },
  },
  VENUE_NOT_FOUND: { status: 404, title: { fr: 'Lieu introuvable', en: 'No such venue' } },
  WORKSHOP_NOT_FOUND: { status: 404, title: { fr: 'Atelier introuvable', en: 'No such workshop' } },
  SESSION_NOT_FOUND: { status: 404, title: { fr: 'Séance introuvable', en: 'No such session' } },
  UNKNOWN_KIND: {
    status: 422,
    title: { fr: 'Type d’atelier inconnu', en: 'Unknown kind of workshop' },
  },
  UNKNOWN_PROJECT: {
    status: 422,
    title: {
      fr: 'Aucun projet lauréat du budget participatif ne porte cet identifiant',
      en: 'No winning participatory-budget project by this id',
    },
  },
  UNKNOWN_COMMUNE: {
    status: 422,
    title: {
      fr: 'Cette commune ne fait pas partie du réseau',
      en: 'This commune is not part of the network',
    },
  },
  VENUE_ARCHIVED: {
    status: 409,
    title: {
      fr: 'Ce lieu est archivé : plus rien de nouveau ne s’y passe',
      en: 'This venue is archived: nothing new happens there',
    },
  },
  KIND_EXISTS: {
    status: 409,
    title: { fr: 'Ce type d’atelier existe déjà', en: 'This kind of workshop already exists' },
  },
  NOT_A_HOST: {
    status: 403,
    title: {
      fr: 'Seules les personnes qui animent cet atelier, ou la coordination, peuvent faire cela',
      en: 'Only hosts of this workshop or a coordinator may do this',
    },
  },
  CAPACITY_ABOVE_VENUE: {
    status: 422,
    title: {
      fr: 'Plus de places que le lieu ne peut en accueillir',
      en: 'More seats than the venue holds',
    },
  },
  CAPACITY_BELOW_CONFIRMED: {
    status: 409,
    title: {
      fr: 'Moins de places que de personnes déjà confirmées',
      en: 'Fewer seats than people already confirmed',
    },
  },
  VENUE_BUSY: {
    status: 409,
    title: {
      fr: 'Le lieu est déjà pris à ce moment-là',
      en: 'The venue is taken at that time',
    },
  },
  HOST_BUSY: {
    status: 409,
    title: {
      fr: 'Une personne qui anime cet atelier a déjà une autre séance à ce moment-là',
      en: 'A host already runs another session at that time',
    },
  },
  SESSION_NOT_SCHEDULED: {
    status: 409,
    title: {
      fr: 'Seule une séance prévue peut changer',
      en: 'Only a scheduled session can change',
    },
  },
  SESSION_NOT_OVER: {
    status: 409,
    title: {
      fr: 'Une séance ne peut être clôturée qu’une fois commencée',
      en: 'A session completes once it has started',
    },
  },
  WORKSHOP_ARCHIVED: {
    status: 409,
    title: {
      fr: 'Un atelier archivé ne peut plus changer',
      en: 'An archived workshop cannot change',
    },
  },
  INVALID_TRANSITION: {
    status: 409,
    title: {
      fr: 'Ce changement d’état n’est pas permis',
      en: 'This status change is not allowed',
    },
  },
  PRECONDITION_REQUIRED: {
    status: 428,
    title: {
      fr: 'Envoyez If-Match avec l’ETag que vous avez lu',
      en: 'Send If-Match with the ETag you read',
    },
  },
  PRECONDITION_FAILED: {
    status: 412,
    title: {
      fr: 'Modifié par quelqu’un d’autre depuis votre lecture ; rechargez',
      en: 'Changed by someone else since you read it; reload',
    },
  },
  BAD_CURSOR: {
    status: 400,
    title: { fr: 'Ce curseur de page n’est pas valide', en: 'This page cursor is not valid' },
  },
});
