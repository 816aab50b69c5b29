// The participatory fund of the demo season: equal thirds from the town halls, the
// businesses and the residents, and a round of projects put to the vote.

/** Euros to the integer cents the API speaks. */
export const euros = (amount) => Math.round(amount * 100);

export const LINE_ITEMS = [
  { id: 'animation', label: 'Animation des ateliers', budgetCents: euros(30_000) },
  { id: 'materiel', label: 'Matériel et consommables', budgetCents: euros(15_000) },
  { id: 'locaux', label: 'Locaux et énergie', budgetCents: euros(9_000) },
  { id: 'projets', label: 'Projets participatifs', budgetCents: euros(18_000) },
];

/** Each town hall pledges its equal part and has paid some of it; Vassieux is behind. */
export const TOWN_HALL_MONEY = {
  mairieSaintJean: { pledge: 4_000, paid: [2_000] },
  mairieSaintLaurent: { pledge: 4_000, paid: [1_000, 1_000] },
  mairieSainteEulalie: { pledge: 4_000, paid: [2_000] },
  mairieLaChapelle: { pledge: 4_000, paid: [1_500, 500] },
  mairieVassieux: { pledge: 4_000, paid: [800] },
  mairieSaintMartin: { pledge: 4_000, paid: [2_000] },
};

export const BUSINESS_MONEY = {
  boulangerie: { pledge: 1_200, paid: [600] },
  scierie: { pledge: 3_000, paid: [1_500] },
  fromagerie: { pledge: 1_500, paid: [750] },
  quincaillerie: { pledge: 800, paid: [800] },
  gite: { pledge: 600, paid: [300] },
  foyer: { pledge: 400, paid: [200] },
};

/** Residents give small amounts, by card at a session or online. */
export const RESIDENT_GIFTS = {
  resident: 20,
  emma: 15,
  lucas: 10,
  chloe: 25,
  louis: 30,
  jeanne: 12,
  gabriel: 50,
  alice: 20,
  arthur: 15,
};

export const ROUND = {
  title: 'Budget participatif : projets pour le printemps',
  envelope: 12_000,
  maxChoices: 3,
};

/** [author, title, commune, cost in euros, kind, description, feasible?, review reason] */
export const PROPOSALS = [
  [
    'emma',
    'Un four à pain mobile pour les fêtes de village',
    'saint-jean-en-royans',
    4_500,
    'cooking',
    'Un four à bois sur remorque, prêté aux communes et aux ateliers de cuisine pour cuire ensemble.',
    true,
    'Réalisable : un artisan du Royans a fait un devis.',
  ],
  [
    'louis',
    'Outillage pour le repair café du Vercors',
    'la-chapelle-en-vercors',
    1_800,
    'repair',
    'Station de soudure, multimètres et petit outillage pour réparer davantage d’appareils.',
    true,
    'Réalisable : matériel courant.',
  ],
  [
    'alice',
    'Une grainothèque dans chaque médiathèque',
    'vassieux-en-vercors',
    900,
    'gardening',
    'Des meubles à tiroirs et des sachets pour échanger librement des graines locales.',
    true,
    'Réalisable avec les médiathèques.',
  ],
  [
    'chloe',
    'Un broyeur à végétaux partagé',
    'saint-laurent-en-royans',
    3_200,
    'gardening',
    'Broyer les tailles plutôt que les brûler, et pailler les jardins avec.',
    true,
    'Réalisable : stockage prévu à l’atelier municipal.',
  ],
  [
    'jeanne',
    'Des machines à coudre pour La Chapelle',
    'la-chapelle-en-vercors',
    2_400,
    'sewing',
    'Quatre machines robustes pour l’atelier couture et les retouches.',
    true,
    'Réalisable.',
  ],
  [
    'arthur',
    'Une navette entre les villages les jours d’atelier',
    'saint-martin-en-vercors',
    9_500,
    'other',
    'Un minibus pour venir aux ateliers sans voiture.',
    false,
    'Hors du champ du fonds : le transport relève de la communauté de communes.',
  ],
];

/** Who votes for what (by proposal title's position in PROPOSALS). */
export const BALLOTS = {
  resident: [0, 2, 4],
  emma: [0, 3],
  louis: [1, 4],
  alice: [2, 3, 1],
  chloe: [3, 0],
  jeanne: [4, 2],
  gabriel: [0, 1],
};
