import { jsonDifferences } from './reconcile-diff.js';

describe('jsonDifferences', () => {
  it('finds nothing between equal values, whatever the order of keys', () => {
    const a = { totals: { contributedCents: 100, spentCents: 0 }, rows: [{ k: 'x', n: 1 }] };
    const b = { rows: [{ n: 1, k: 'x' }], totals: { spentCents: 0, contributedCents: 100 } };
    expect(jsonDifferences(a, b)).toEqual([]);
  });

  it('names the JSON path of each differing leaf with both values', () => {
    const live = { entries: 4, totals: { contributedCents: 100, balanceCents: 100 } };
    const rebuilt = { entries: 5, totals: { contributedCents: 90, balanceCents: 100 } };
    expect(jsonDifferences(live, rebuilt)).toEqual([
      'entries: live 4, rebuilt 5',
      'totals.contributedCents: live 100, rebuilt 90',
    ]);
  });

  it('indexes arrays and reports items or keys present on one side only', () => {
    const live = { byKind: [{ key: 'repair', hours: 2 }], name: 'Fonds 2027' };
    const rebuilt = {
      byKind: [
        { key: 'repair', hours: 3 },
        { key: 'cooking', hours: 1 },
      ],
    };
    expect(jsonDifferences(live, rebuilt)).toEqual([
      'byKind[0].hours: live 2, rebuilt 3',
      'byKind[1]: live missing, rebuilt {"key":"cooking","hours":1}',
      'name: live "Fonds 2027", rebuilt missing',
    ]);
  });

  it('tells null from a missing value and compares as JSON (dates as ISO strings)', () => {
    expect(jsonDifferences([null], [])).toEqual(['[0]: live null, rebuilt missing']);
    expect(jsonDifferences({ a: null }, {})).toEqual(['a: live null, rebuilt missing']);
    const at = '2027-01-01T00:00:00.000Z';
    expect(jsonDifferences({ at: new Date(at), gone: undefined }, { at })).toEqual([]);
  });

  it('reports a change of type, and a whole value that differs', () => {
    expect(jsonDifferences({ n: 1 }, { n: '1' })).toEqual(['n: live 1, rebuilt "1"']);
    expect(jsonDifferences({ n: [1] }, { n: { 0: 1 } })).toEqual(['n: live [1], rebuilt {"0":1}']);
    expect(jsonDifferences(1, 2)).toEqual(['(whole value): live 1, rebuilt 2']);
  });
});
