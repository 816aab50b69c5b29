// Places and kinds of the demo network (communes are the ids accounts seeds).

/** Kinds beyond the ones the workshops service starts with (repair, cooking, gardening…). */
export const EXTRA_KINDS = [
  { id: 'velo', label: 'Vélo' },
  { id: 'numerique', label: 'Numérique' },
];

export const VENUES = [
  {
    key: 'sjFetes',
    name: 'Salle des fêtes de Saint-Jean',
    address: "Place de l'Église, 26190 Saint-Jean-en-Royans",
    commune: 'saint-jean-en-royans',
    maxCapacity: 80,
    accessibility: 'De plain-pied, toilettes accessibles.',
    equipment: ['tables', 'rallonges électriques', 'vidéoprojecteur'],
  },
  {
    key: 'sjCuisine',
    name: 'Cuisine partagée du Royans',
    address: '12 rue des Tilleuls, 26190 Saint-Jean-en-Royans',
    commune: 'saint-jean-en-royans',
    maxCapacity: 14,
    accessibility: 'Accès par une rampe côté cour.',
    equipment: ['four professionnel', 'plaques à induction', 'chambre froide'],
  },
  {
    key: 'slAtelier',
    name: 'Atelier municipal de Saint-Laurent',
    address: '3 chemin du Moulin, 26190 Saint-Laurent-en-Royans',
    commune: 'saint-laurent-en-royans',
    maxCapacity: 20,
    accessibility: 'Rez-de-chaussée, porte large.',
    equipment: ['établis', 'outillage à main', 'pied d’atelier vélo', 'fer à souder'],
  },
  {
    key: 'seJardin',
    name: 'Jardin partagé de la Lyonne',
    address: 'Route de la Lyonne, 26190 Sainte-Eulalie-en-Royans',
    commune: 'sainte-eulalie-en-royans',
    maxCapacity: 25,
    accessibility: 'Allées stabilisées ; abri couvert en cas de pluie.',
    equipment: ['outils de jardin', 'composteurs', 'serre'],
  },
  {
    key: 'lcMaison',
    name: 'Maison des associations de La Chapelle',
    address: 'Grande Rue, 26420 La Chapelle-en-Vercors',
    commune: 'la-chapelle-en-vercors',
    maxCapacity: 40,
    accessibility: 'Ascenseur pour la salle de l’étage.',
    equipment: ['machines à coudre', 'tables de découpe', 'établis'],
  },
  {
    key: 'vxSalle',
    name: 'Salle polyvalente de Vassieux',
    address: 'Place de la Mairie, 26420 Vassieux-en-Vercors',
    commune: 'vassieux-en-vercors',
    maxCapacity: 50,
    accessibility: 'De plain-pied.',
    equipment: ['wifi', 'tables', 'bouilloire'],
  },
  {
    key: 'smGrange',
    name: 'La Grange du Bourg',
    address: 'Le Village, 26420 Saint-Martin-en-Vercors',
    commune: 'saint-martin-en-vercors',
    maxCapacity: 30,
    accessibility: 'Sol en terre battue, accès en pente douce.',
    equipment: ['verger conservatoire', 'sécateurs', 'échelles'],
  },
  {
    key: 'smBiblio',
    name: 'Médiathèque de Saint-Martin',
    address: '2 place du Tilleul, 26420 Saint-Martin-en-Vercors',
    commune: 'saint-martin-en-vercors',
    maxCapacity: 16,
    accessibility: 'Accessible en fauteuil.',
    equipment: ['ordinateurs', 'wifi', 'imprimante'],
  },
];
