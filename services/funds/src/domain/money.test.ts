import { ratio, splitByWeight, splitEvenly } from './money.js';

it('splits equal thirds of an odd amount exactly, the extra cent to the first in order', () => {
  const parts = splitEvenly(10_000, ['residents', 'businesses', 'municipalities']);
  expect(Object.fromEntries(parts)).toEqual({
    businesses: 3334,
    municipalities: 3333,
    residents: 3333,
  });
  expect([...parts.values()].reduce((a, b) => a + b, 0)).toBe(10_000);
});

it('gives six communes their share of 1 000 001 cents, summing to the cent', () => {
  const communes = ['a', 'b', 'c', 'd', 'e', 'f'];
  const parts = splitEvenly(1_000_001, communes);
  expect([...parts.values()]).toEqual([166_667, 166_667, 166_667, 166_667, 166_667, 166_666]);
});

it('splits by weights with the largest remainders first', () => {
  const parts = splitByWeight(
    100,
    new Map([
      ['x', 1],
      ['y', 1],
      ['z', 4],
    ]),
  );
  expect(Object.fromEntries(parts)).toEqual({ x: 17, y: 17, z: 66 });
  expect(
    Object.fromEntries(
      splitByWeight(
        10,
        new Map([
          ['x', 1],
          ['y', 2],
        ]),
      ),
    ),
  ).toEqual({ x: 3, y: 7 });
  expect(Object.fromEntries(splitByWeight(5, new Map([['x', 0]])))).toEqual({ x: 0 });
});

it('rounds ratios to four decimals and survives a zero whole', () => {
  expect(ratio(1, 3)).toBe(0.3333);
  expect(ratio(5, 0)).toBe(0);
});
