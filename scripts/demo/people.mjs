// Who the demo network is made of: its people, town halls and businesses. Invented names in
// the six member communes that accounts seeds (services/accounts/src/domain/commune.ts).

/** Every demo account signs in with this password; for local use only, never in production. */
export const DEMO_PASSWORD = 'demo-fabrique-local';

export const COMMUNES = {
  saintJean: 'saint-jean-en-royans',
  saintLaurent: 'saint-laurent-en-royans',
  sainteEulalie: 'sainte-eulalie-en-royans',
  laChapelle: 'la-chapelle-en-vercors',
  vassieux: 'vassieux-en-vercors',
  saintMartin: 'saint-martin-en-vercors',
};
const C = COMMUNES;

const person = (key, mailbox, name, commune, roles = []) => ({
  key,
  email: `${mailbox}@example.org`,
  name,
  commune,
  roles,
});

/** `key` names a person inside the seed; roles beyond resident are granted through the API. */
export const PEOPLE = [
  person('coordinator', 'coordination', 'Claire Morel', C.saintJean, ['coordinator']),
  person('host', 'animateur', 'Julien Faure', C.laChapelle, ['host']),
  person('townHall', 'mairie', 'Hélène Garnier', C.vassieux, ['funder']),
  person('business', 'entreprise', 'Marc Roux', C.saintLaurent, ['funder']),
  person('resident', 'habitante', 'Léa Bonnet', C.sainteEulalie),
  person('hostMartine', 'martine.arnaud', 'Martine Arnaud', C.saintJean, ['host']),
  person('hostKarim', 'karim.benali', 'Karim Benali', C.saintLaurent, ['host']),
  person('hostSophie', 'sophie.chabert', 'Sophie Chabert', C.vassieux, ['host']),
  person('hostBernard', 'bernard.gontier', 'Bernard Gontier', C.saintMartin, ['host']),
  person('hostNadia', 'nadia.perrin', 'Nadia Perrin', C.sainteEulalie, ['host']),
  person('hostPaul', 'paul.reynaud', 'Paul Reynaud', C.laChapelle, ['host']),
  person('emma', 'emma.girard', 'Emma Girard', C.saintJean),
  person('lucas', 'lucas.michel', 'Lucas Michel', C.saintJean),
  person('chloe', 'chloe.blanc', 'Chloé Blanc', C.saintLaurent),
  person('hugo', 'hugo.guerin', 'Hugo Guérin', C.saintLaurent),
  person('manon', 'manon.fabre', 'Manon Fabre', C.sainteEulalie),
  person('louis', 'louis.mercier', 'Louis Mercier', C.laChapelle),
  person('jeanne', 'jeanne.roche', 'Jeanne Roche', C.laChapelle),
  person('gabriel', 'gabriel.brun', 'Gabriel Brun', C.vassieux),
  person('alice', 'alice.vincent', 'Alice Vincent', C.vassieux),
  person('arthur', 'arthur.lambert', 'Arthur Lambert', C.saintMartin),
  person('rose', 'rose.fournier', 'Rose Fournier', C.saintMartin),
  person('yves', 'yves.chevalier', 'Yves Chevalier', C.saintJean),
];

/** The sign-ins printed at every start, one per kind of user. */
export const SIGN_INS = [
  { person: 'coordinator', role: 'coordinatrice du réseau' },
  { person: 'host', role: "animateur d'ateliers" },
  { person: 'townHall', role: 'financeur, mairie de Vassieux-en-Vercors' },
  { person: 'business', role: 'financeur, Boulangerie des Monts du Matin' },
  { person: 'resident', role: 'habitante de Sainte-Eulalie-en-Royans' },
];

/** One town hall per commune (the municipal third of the fund is shared equally between them). */
export const TOWN_HALLS = [
  { key: 'mairieSaintJean', name: 'Mairie de Saint-Jean-en-Royans', commune: C.saintJean },
  { key: 'mairieSaintLaurent', name: 'Mairie de Saint-Laurent-en-Royans', commune: C.saintLaurent },
  {
    key: 'mairieSainteEulalie',
    name: 'Mairie de Sainte-Eulalie-en-Royans',
    commune: C.sainteEulalie,
  },
  { key: 'mairieLaChapelle', name: 'Mairie de La Chapelle-en-Vercors', commune: C.laChapelle },
  { key: 'mairieVassieux', name: 'Mairie de Vassieux-en-Vercors', commune: C.vassieux },
  { key: 'mairieSaintMartin', name: 'Mairie de Saint-Martin-en-Vercors', commune: C.saintMartin },
].map((o) => ({ ...o, kind: 'municipality' }));

export const BUSINESSES = [
  {
    key: 'boulangerie',
    name: 'Boulangerie des Monts du Matin',
    commune: C.saintLaurent,
    kind: 'business',
  },
  { key: 'scierie', name: 'Scierie Bouvier et Fils', commune: C.saintMartin, kind: 'business' },
  { key: 'fromagerie', name: 'Fromagerie du Plateau', commune: C.vassieux, kind: 'business' },
  {
    key: 'quincaillerie',
    name: 'Quincaillerie Royans Bricolage',
    commune: C.saintJean,
    kind: 'business',
  },
  { key: 'gite', name: 'Gîte de la Combe Laval', commune: C.sainteEulalie, kind: 'business' },
  { key: 'foyer', name: 'Foyer rural de La Chapelle', commune: C.laChapelle, kind: 'association' },
];

/** Who acts for which organisation (their statements and pledges). */
export const MEMBERSHIPS = [
  { organisation: 'mairieVassieux', person: 'townHall' },
  { organisation: 'boulangerie', person: 'business' },
];

/** Walk-ins at past sessions: first names only, as a host would jot them down. */
export const WALK_IN_NAMES = [
  'Odile',
  'Thierry',
  'Aurélie',
  'Mathis',
  'Josette',
  'René',
  'Inès',
  'Noé',
  'Colette',
  'Fabien',
  'Lina',
  'Gérard',
  'Maëlle',
  'Sacha',
  'Denise',
  'Bastien',
  'Yvonne',
  'Théo',
];
