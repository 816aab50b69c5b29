// Demo data of the reference scenario (DESIGN.md): six communes of the Royans-Vercors, their
// venues and workshop templates in French, so that free-text search has real words to find.

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same data. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  return { next, int, pick };
}

export const COMMUNES = [
  { id: 'saint-jean-en-royans', name: 'Saint-Jean-en-Royans', postcode: '26190' },
  { id: 'saint-laurent-en-royans', name: 'Saint-Laurent-en-Royans', postcode: '26190' },
  { id: 'sainte-eulalie-en-royans', name: 'Sainte-Eulalie-en-Royans', postcode: '26190' },
  { id: 'la-chapelle-en-vercors', name: 'La Chapelle-en-Vercors', postcode: '26420' },
  { id: 'vassieux-en-vercors', name: 'Vassieux-en-Vercors', postcode: '26420' },
  { id: 'saint-martin-en-vercors', name: 'Saint-Martin-en-Vercors', postcode: '26420' },
];

export const VENUE_TEMPLATES = [
  { name: 'Salle des fêtes', street: 'place de la Mairie', maxCapacity: 60 },
  { name: 'Maison des associations', street: 'rue des Écoles', maxCapacity: 30 },
  { name: 'Tiers-lieu', street: 'route du Col', maxCapacity: 25 },
];

export const KINDS = ['repair', 'cooking', 'gardening', 'sewing', 'other'];

// [title, description, duration in minutes]; durations are whole 5-minute steps.
export const WORKSHOP_TEMPLATES = {
  repair: [
    [
      'Réparation de vélos',
      "Apportez votre vélo : crevaison, freins, dérailleur, éclairage. On répare ensemble avec les bénévoles de l'atelier, outils et pièces d'occasion sur place.",
      150,
    ],
    [
      'Atelier vélo participatif',
      'Réglage et entretien de votre vélo, réparation des crevaisons, changement de câbles et de patins. Apprenez à rouler en sécurité sur les routes du plateau.',
      120,
    ],
    [
      'Repair café',
      'Petit électroménager, lampes, grille-pain, jouets, vêtements : ne jetez plus, réparons ensemble ! Café et gâteaux offerts.',
      180,
    ],
    [
      'Réparation de petit électroménager',
      'Bouilloire, aspirateur, cafetière ou sèche-cheveux en panne ? Diagnostic et réparation avec un bénévole électricien.',
      120,
    ],
    [
      'Dépannage informatique',
      'Ordinateur lent, téléphone capricieux, imprimante muette : diagnostic, nettoyage et réparation, logiciels libres.',
      120,
    ],
    [
      "Affûtage et réparation d'outils de jardin",
      'Sécateurs, bêches, faux et tondeuses : affûtage, manches à changer, graissage avant la saison.',
      90,
    ],
    [
      'Réparation de meubles en bois',
      'Chaises bancales, tiroirs qui coincent, placage décollé : techniques de menuiserie et de collage.',
      180,
    ],
  ],
  cooking: [
    [
      'Cuisine de saison',
      'Cuisinons les légumes du marché et des jardins du Royans : recettes simples, repas partagé à la fin.',
      150,
    ],
    [
      'Ravioles du Royans',
      'La pâte, la farce au comté et au persil, le façonnage : les ravioles comme à Saint-Jean, de la plaque à la casserole.',
      180,
    ],
    [
      'Conserves et bocaux',
      "Stérilisation, lacto-fermentation et bocaux : garder les récoltes de l'été pour tout l'hiver.",
      180,
    ],
    [
      'Pain au levain',
      'Rafraîchir un levain, pétrir, façonner et cuire au four du village. Repartez avec votre levain.',
      240,
    ],
    [
      'Cuisine anti-gaspi',
      'Fanes, pain rassis, restes du frigo : des recettes pour ne plus rien jeter.',
      120,
    ],
    [
      'Cuisine végétarienne',
      'Légumineuses, céréales et légumes de saison : des menus équilibrés sans viande.',
      150,
    ],
    [
      "Confitures d'automne",
      'Coings, pommes, mûres et noix du Vercors : confitures, gelées et pâtes de fruits.',
      150,
    ],
  ],
  gardening: [
    [
      'Jardin partagé',
      'Matinée au jardin partagé : semis, arrosage, désherbage et récolte, conseils entre jardiniers.',
      120,
    ],
    [
      'Taille des arbres fruitiers',
      'Pommiers, poiriers, pruniers : quand et comment tailler, greffer et soigner les arbres du verger.',
      150,
    ],
    [
      'Semis et plants de printemps',
      'Tomates, courges, salades : réussir ses semis en montagne, repiquage et protection contre le gel.',
      120,
    ],
    [
      'Compostage collectif',
      'Installer et entretenir un composteur, lombricompostage, paillage : nourrir le sol du jardin.',
      90,
    ],
    [
      'Grainothèque : échange de semences',
      'Apportez vos graines, repartez avec celles des voisins : variétés anciennes et locales.',
      90,
    ],
    [
      'Permaculture en montagne',
      'Buttes, haies, mares et associations de plantes : concevoir un jardin nourricier sur le plateau.',
      180,
    ],
    [
      'Plantes aromatiques et médicinales',
      'Reconnaître, cultiver et sécher thym, sauge, mélisse et calendula ; tisanes et baumes.',
      120,
    ],
  ],
  sewing: [
    [
      'Couture zéro déchet',
      'Lingettes, sacs à vrac, bee wraps et essuie-tout lavables, cousus dans des tissus de récupération.',
      150,
    ],
    [
      'Retouches et ourlets',
      'Ourlets, boutons, fermetures éclair : prolonger la vie de vos vêtements, machine fournie.',
      120,
    ],
    [
      'Initiation à la machine à coudre',
      'Enfiler, régler la tension, coudre droit : premiers pas à la machine, débutants bienvenus.',
      120,
    ],
    [
      'Tricot et crochet',
      'Mailles, torsades et granny squares autour d’un thé, avec la laine des moutons du Vercors.',
      150,
    ],
    [
      'Raccommodage visible',
      'Reprises, patchs et broderie sashiko : réparer les trous en les rendant beaux.',
      120,
    ],
    [
      'Sacs en tissu récupéré',
      'Des sacs de courses solides à partir de draps, rideaux et jeans usés.',
      150,
    ],
  ],
  other: [
    [
      'Atelier numérique : démarches en ligne',
      'Créer une adresse mail, déclarer ses impôts, prendre un rendez-vous médical en ligne, accompagné.',
      90,
    ],
    [
      'Fabrication de produits ménagers',
      'Lessive, liquide vaisselle et nettoyant multi-usage au savon de Marseille et au vinaigre.',
      90,
    ],
    [
      "Vannerie d'osier",
      "Paniers et corbeilles en osier du Royans : techniques de base de l'art vannier.",
      240,
    ],
    [
      'Menuiserie : nichoirs à oiseaux',
      'Scier, percer, assembler : un nichoir pour mésanges à installer au jardin, en famille.',
      150,
    ],
    [
      'Café-échange de savoirs',
      'Chacun apporte ce qu’il sait faire et l’apprend aux autres : langues, jeux, bricolage.',
      120,
    ],
    [
      'Initiation à la photographie',
      'Cadrage, lumière et réglages de base, sortie photo dans le village et sur les crêtes.',
      180,
    ],
  ],
};

export const HOST_NAMES = [
  ...['Camille', 'Léa', 'Hugo', 'Manon', 'Jules', 'Chloé', 'Louis', 'Inès', 'Gabriel', 'Zoé'],
  ...['Arthur', 'Jeanne', 'Paul', 'Lucie', 'Nathan', 'Émile', 'Rose', 'Mathis', 'Anaïs', 'Tom'],
];
export const HOST_SURNAMES = ['Martin', 'Bernard', 'Faure', 'Chabert', 'Arnaud', 'Bonnet', 'Roux'];
