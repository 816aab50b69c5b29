import { queryTokens, searchTokens } from './search-tokens.js';

describe('searchTokens', () => {
  it('folds case and accents and drops stop words', () => {
    expect(searchTokens('Réparation de vélos')).toEqual(['reparation', 'velo']);
    expect(searchTokens('ÉPICERIE à Lans')).toEqual(['epicerie', 'lan']);
  });

  it('spells out œ and æ', () => {
    expect(searchTokens('Œufs et cœur', 'Ex æquo')).toEqual(['aequo', 'coeur', 'ex', 'oeuf']);
  });

  it('splits on punctuation, apostrophes and hyphens, keeping digits', () => {
    expect(searchTokens("L'atelier d'outils : Saint-Jean-en-Royans, 2026 (n°3)!")).toEqual([
      '2026',
      'atelier',
      'jean',
      'outil',
      'royan',
      'saint',
    ]);
  });

  it('drops French and English stop words and 1-letter words', () => {
    expect(searchTokens('The art of repair and a cup of tea, pour les enfants du village')).toEqual(
      ['art', 'cup', 'enfant', 'repair', 'tea', 'village'],
    );
  });

  it('deduplicates and sorts across all texts', () => {
    expect(searchTokens('Vélo, vélos, VELO', 'Réparer un vélo')).toEqual(['reparer', 'velo']);
  });

  it('keeps at most 200 tokens, the first texts first', () => {
    const many = Array.from({ length: 300 }, (_, i) => `mot${i}`).join(' ');
    const tokens = searchTokens('zythum', many);
    expect(tokens).toHaveLength(200);
    expect(tokens).toContain('zythum');
    expect(tokens).toContain('mot198');
    expect(tokens).not.toContain('mot199');
  });

  it('is empty for empty or meaningless text', () => {
    expect(searchTokens()).toEqual([]);
    expect(searchTokens('', '  -- ', 'de la')).toEqual([]);
  });
});

describe('plural fold', () => {
  it('lets singular and plural meet, leaving short words alone', () => {
    expect(queryTokens('vélo jeux gâteaux bus')).toEqual(['velo', 'jeu', 'gateau', 'bus']);
    expect(searchTokens('Atelier des vélos').includes(queryTokens('velo')[0]!)).toBe(true);
    expect(queryTokens('dans les ateliers')).toEqual(['atelier']);
  });
});

describe('queryTokens', () => {
  it('normalises a query the same way, so it matches stored tokens', () => {
    const stored = searchTokens('Réparation de vélos à Saint-Laurent');
    const query = queryTokens('reparation VELOS');
    expect(query).toEqual(['reparation', 'velo']);
    expect(query.every((token) => stored.includes(token))).toBe(true);
    expect(queryTokens('  Cuisine   solidaire, de la ')).toEqual(['cuisine', 'solidaire']);
  });

  it('keeps at most 10 distinct tokens, in the order typed', () => {
    expect(queryTokens('b a b c d e f g h i j k l m'.replace(/(\w)/g, '$1$1'))).toEqual([
      'bb',
      'aa',
      'cc',
      'dd',
      'ee',
      'ff',
      'gg',
      'hh',
      'ii',
      'jj',
    ]);
  });

  it('is empty for a blank query or only stop words', () => {
    expect(queryTokens('   ')).toEqual([]);
    expect(queryTokens('de la the')).toEqual([]);
  });

  it('cuts very long words the same way on both sides', () => {
    const word = 'x'.repeat(100);
    expect(queryTokens(word)).toEqual(searchTokens(word));
    expect(queryTokens(word)[0]).toHaveLength(40);
  });
});
