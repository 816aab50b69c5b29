/** What a vote produced: on a round's results, per winning project. */
export const produced = {
  title: 'Ce que votre vote a produit',
  intro:
    'Pour chaque projet retenu\u00a0: les séances tenues par ses ateliers, les heures passées par les participants et l’argent dépensé sur son enveloppe, à ce jour.',
  delivered: (sessions: number, participantHours: string, attendees: number) =>
    `${sessions} séance${sessions > 1 ? 's' : ''} tenue${sessions > 1 ? 's' : ''}, ${participantHours}\u00a0heures-participants, ${attendees} participant${attendees > 1 ? 's' : ''}.`,
  notStarted: 'Pas encore d’atelier publié\u00a0: le projet attend d’être lancé.',
  spent: (spent: string, allocation: string) => `${spent} dépensés sur ${allocation} alloués.`,
  spentLabel: (title: string) => `Dépenses de « ${title} » par rapport à son enveloppe`,
  createWorkshop: 'Créer un atelier pour ce projet',
  forProject: (title: string) =>
    `Cet atelier réalise le projet « ${title} », retenu par le vote\u00a0: une fois publié, ses séances et ses dépenses s’afficheront dans les résultats.`,
};
