/** The fund's months on its public page: money received, and the hours the sessions gave. */
export const months = {
  title: 'Reçu chaque mois, par catégorie',
  month: 'Mois',
  total: 'Total du mois',
  summary: (month: string, amount: string) =>
    `Le mois où le fonds a reçu le plus\u00a0: ${month}, avec ${amount}.`,
  none: 'Aucun versement reçu pour le moment.',
  hoursTitle: 'Heures de participation et de bénévolat chaque mois',
  sessions: 'Séances',
  workshopHours: 'Heures d’atelier',
  participantHours: 'Heures de participation',
  volunteerHours: 'Heures de bénévolat',
  hoursSummary: (month: string, hours: string) =>
    `Le mois le plus actif\u00a0: ${month}, avec ${hours} de participation.`,
  hoursNone: 'Aucune séance tenue pour le moment.',
};
