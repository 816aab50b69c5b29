// The demo catalogue: workshops and their season of sessions. Each workshop keeps its own
// weekday and hours, so no two sessions of the network ever claim the same venue or host at
// the same time (the workshops service refuses overlaps).

const weekly = (pastWeeks, count, interval = 1) => ({ weekly: { pastWeeks, count, interval } });
const monthly = (ordinal, pastMonths, count) => ({ monthly: { ordinal, pastMonths, count } });
const once = (...weekOffsets) => ({ once: weekOffsets });

/**
 * [key, kind, venue, hosts, capacity, "ISO weekday (1 = Monday) HH:MM minutes", plan]: the
 * plan says how many weeks or months before today the season started, and how many sessions.
 */
const ROWS = [
  ['retouches', 'sewing', 'lcMaison', 'hostPaul', 10, '1 14:00 120', weekly(2, 12)],
  ['numerique', 'numerique', 'smBiblio', 'hostBernard', 8, '1 18:00 120', weekly(4, 6, 2)],
  ['potager', 'gardening', 'seJardin', 'hostNadia', 15, '2 09:30 150', weekly(2, 10)],
  ['antigaspi', 'cooking', 'sjCuisine', 'hostMartine', 12, '2 14:00 180', weekly(4, 6, 2)],
  ['velo', 'velo', 'slAtelier', 'hostKarim', 8, '2 18:00 120', weekly(2, 10)],
  ['smartphone', 'numerique', 'vxSalle', 'hostSophie', 10, '3 10:00 120', weekly(2, 8)],
  ['couture-enfants', 'sewing', 'lcMaison', 'host', 8, '3 14:00 120', weekly(2, 10)],
  ['compost', 'gardening', 'seJardin', 'hostNadia', 20, '3 17:00 90', monthly(1, 1, 5)],
  ['conserves', 'cooking', 'sjCuisine', 'hostMartine', 10, '4 09:00 180', monthly(2, 2, 5)],
  ['repair-laurent', 'repair', 'slAtelier', 'hostKarim', 15, '4 14:00 180', weekly(4, 7, 2)],
  ['repas', 'cooking', 'sjCuisine', 'hostMartine coordinator', 14, '4 18:30 150', weekly(2, 12)],
  ['tricot', 'sewing', 'vxSalle', 'hostSophie', 12, '5 14:00 120', weekly(2, 10)],
  ['petits-appareils', 'repair', 'lcMaison', 'host', 10, '5 18:00 150', weekly(4, 6, 2)],
  ['repair-royans', 'repair', 'sjFetes', 'hostKarim host', 25, '6 09:30 180', monthly(1, 2, 6)],
  ['repair-vercors', 'repair', 'lcMaison', 'host hostPaul', 20, '6 09:30 180', monthly(3, 2, 6)],
  ['levain', 'cooking', 'sjCuisine', 'hostMartine', 8, '6 14:00 180', once(-2, 1, 4, 7)],
  ['fruitiers', 'gardening', 'smGrange', 'hostBernard', 15, '7 10:00 150', once(-3, 2, 6)],
  ['semis', 'gardening', 'vxSalle', 'hostSophie', 15, '7 14:00 120', monthly(2, 1, 5)],
  ['upcycling', 'sewing', 'sjFetes', 'hostNadia', 12, '3 19:00 120', weekly(2, 6, 2)],
  ['menagers', 'other', 'lcMaison', 'hostPaul', 12, '1 10:00 120', once(-1, 2, 5)],
];

/** Title, description and, for some, the audience's ages (French: the network's language). */
const TEXTS = {
  retouches: [
    'Retouches et ourlets',
    'Raccourcir un pantalon, reprendre une couture, poser une fermeture éclair : on apprend sur ses propres vêtements.',
  ],
  numerique: [
    'Permanence numérique',
    'Aide aux démarches en ligne, messagerie, sauvegarde de photos. Venez avec votre appareil.',
  ],
  potager: [
    'Potager en lasagnes',
    'Monter des buttes de culture avec ce que le jardin produit déjà : carton, tontes, feuilles mortes.',
  ],
  antigaspi: [
    'Cuisine anti-gaspi',
    'Des invendus de la semaine, des recettes simples, un goûter partagé à la fin.',
  ],
  velo: [
    'Atelier vélo : réglages et crevaisons',
    'Freins, dérailleur, chambre à air : on répare son vélo soi-même avec les outils de l’atelier.',
  ],
  smartphone: [
    'Smartphone et démarches en ligne',
    'Prendre en main son téléphone, installer les applications utiles, éviter les arnaques.',
  ],
  'couture-enfants': [
    'Couture pour les enfants',
    'Premiers points à la main puis à la machine : trousse, doudou, sac à goûter.',
    '8-12 ans',
  ],
  compost: [
    'Compost et paillage',
    'Réussir son compost, reconnaître les bons paillages et nourrir le sol sans engrais.',
  ],
  conserves: [
    'Conserves et bocaux de saison',
    'Stériliser, lacto-fermenter, faire des confitures peu sucrées avec les fruits du plateau.',
  ],
  'repair-laurent': [
    'Repair café de Saint-Laurent',
    'Petit électroménager, jouets, lampes : les bénévoles réparent avec vous plutôt qu’à votre place.',
  ],
  repas: [
    'Repas partagé solidaire',
    'On cuisine ensemble puis on dîne ensemble, prix libre. Chacun apporte un légume s’il le peut.',
  ],
  tricot: [
    'Tricot-thé',
    'Tricot, crochet et raccommodage autour d’un thé. Débutants bienvenus, laine fournie.',
  ],
  'petits-appareils': [
    'Réparer ses petits appareils électriques',
    'Grille-pain, bouilloire, radio : diagnostic, soudure et remplacement de pièces, en sécurité.',
  ],
  'repair-royans': [
    'Repair café du Royans',
    'Le grand repair café mensuel : couture, électricité, vélo, informatique, tout est à l’atelier.',
  ],
  'repair-vercors': [
    'Repair café du Vercors',
    'Le repair café du plateau, un samedi par mois à La Chapelle.',
  ],
  levain: [
    'Atelier pain au levain',
    'Nourrir son levain, pétrir, façonner et cuire un pain de campagne. Repartez avec votre levain.',
  ],
  fruitiers: [
    'Taille et greffe des fruitiers',
    'Tailler pommiers et poiriers, greffer des variétés anciennes du Vercors au verger conservatoire.',
  ],
  semis: [
    'Semis et grainothèque',
    'Semer, récolter et échanger ses graines ; la grainothèque du plateau s’enrichit à chaque séance.',
  ],
  upcycling: [
    'Upcycling : sacs en tissu de récupération',
    'Transformer rideaux, draps et jeans usés en sacs de courses solides.',
  ],
  menagers: [
    'Fabriquer ses produits ménagers',
    'Lessive, nettoyant multi-usage, pastilles pour lave-vaisselle : recettes simples et sans danger.',
  ],
};

export const WORKSHOPS = ROWS.map(([key, kind, venue, hosts, capacity, slot, plan]) => {
  const [weekday, time, minutes] = slot.split(' ');
  const [title, description, ages] = TEXTS[key];
  return {
    key,
    title,
    kind,
    hosts: hosts.split(' '),
    venue,
    capacity,
    slot: { weekday: Number(weekday), time, minutes: Number(minutes) },
    plan,
    description,
    ages,
  };
});

/** This workshop's first upcoming session is booked full, with people waiting in line. */
export const FULL_SESSION_WORKSHOP = 'levain';
