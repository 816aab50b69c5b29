/** Volunteers' time: on the public page, when closing attendance, and one's own record. */
export const volunteering = {
  inKind: 'Bénévolat',
  inKindValue: (hours: string, value: string) =>
    `${hours} données, valorisées ${value}. Une contribution en nature\u00a0: elle ne compte pas dans le solde.`,
  myHours: 'Vos heures de bénévolat pour cette séance (facultatif)',
  myHoursError: 'Indiquez un nombre d’heures entre 0 et 12, ou laissez vide.',
  legend: 'Bénévolat',
  legendHint:
    'Les heures données par les animateurs et les personnes venues aider, en heures (2 ou 2,5). Elles comptent pour le fonds comme contribution en nature, jamais dans le solde.',
  hoursOf: (name: string) => `Heures de bénévolat de ${name} (facultatif)`,
  coHost: 'Co-animateur·rice',
  unnamed: 'Personne sans nom',
  addHelper: 'Ajouter une personne inscrite qui a aidé',
  addHelperPlaceholder: 'Choisir une personne…',
  remove: (name: string) => `Retirer ${name} des bénévoles`,
  given: (hours: string, value: string) =>
    `Vous avez donné ${hours}\u00a0h de bénévolat, valorisées ${value}\u00a0: une contribution en nature, à côté de vos versements.`,
  periodInKind: (volunteers: number, hours: string, value: string) =>
    `Pendant la période, ${volunteers} bénévole${volunteers > 1 ? 's' : ''} ${volunteers > 1 ? 'ont' : 'a'} donné ${hours}\u00a0h, valorisées ${value}. Ces heures ne comptent ni dans le solde ni dans les parts ci-dessus.`,
  record: (year: number) => `Mes heures de bénévolat ${year} (CSV)`,
};
