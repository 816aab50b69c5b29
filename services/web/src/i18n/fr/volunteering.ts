/** Volunteers' time: on the public page, when closing attendance, and one's own record. */
export const volunteering = {
  inKind: 'Bénévolat',
  inKindValue: (hours: string, value: string) =>
    `${hours} données, valorisées ${value}. Une contribution en nature\u00a0: elle ne compte pas dans le solde.`,
  myHours: 'Vos heures de bénévolat pour cette séance (facultatif)',
  myHoursHint:
    'En heures, par exemple 2 ou 2,5. Elles comptent pour le fonds comme contribution en nature.',
  myHoursError: 'Indiquez un nombre d’heures entre 0 et 12, ou laissez vide.',
  record: (year: number) => `Mes heures de bénévolat ${year} (CSV)`,
};
