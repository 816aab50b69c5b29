import { newId, nthId } from './ids.js';

describe('a family of ids', () => {
  it('is the same every time it is made from its first id', () => {
    const first = newId();
    const family = [0, 1, 2, 3].map((index) => nthId(first, index));
    expect(family[0]).toBe(first);
    expect([0, 1, 2, 3].map((index) => nthId(first, index))).toEqual(family);
    expect(new Set(family).size).toBe(4);
  });

  it('stays a version 7 id, wrapping only its random tail', () => {
    const last = '01a24ce9-efac-708a-a388-ffffffffffff';
    expect(nthId(last, 1)).toBe('01a24ce9-efac-708a-a388-000000000000');
    expect(nthId(newId(), 7)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
