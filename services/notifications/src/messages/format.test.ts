import {
  communeName,
  formatDate,
  formatDateTime,
  formatDuration,
  formatEuros,
  formatNumber,
  formatTime,
} from './format.js';

const NBSP = '\u00a0';

describe('dates in Europe/Paris', () => {
  it('writes winter (UTC+1) and summer (UTC+2) times as Paris clocks show them', () => {
    expect(formatDateTime('2027-03-06T09:00:00.000Z', 'fr')).toBe('samedi 6 mars 2027 à 10:00');
    expect(formatDateTime('2027-03-06T09:00:00.000Z', 'en')).toBe('Saturday 6 March 2027 at 10:00');
    expect(formatTime('2027-07-02T16:30:00.000Z', 'fr')).toBe('18:30');
    expect(formatTime('2027-07-02T16:30:00.000Z', 'en')).toBe('18:30');
  });

  it('uses the Paris date across midnight UTC and writes « 1er » for the first of a month', () => {
    expect(formatDate('2027-06-30T22:30:00.000Z', 'fr')).toBe('jeudi 1er juillet 2027');
    expect(formatDate('2027-06-30T22:30:00.000Z', 'en')).toBe('Thursday 1 July 2027');
    expect(formatTime('2027-06-30T22:30:00.000Z', 'en')).toBe('00:30');
  });

  it('refuses a date it cannot read', () => {
    expect(() => formatDateTime('not a date', 'fr')).toThrow(RangeError);
  });
});

it('writes durations the way each language does', () => {
  expect(formatDuration(150, 'fr')).toBe('2 h 30');
  expect(formatDuration(150, 'en')).toBe('2 h 30 min');
  expect(formatDuration(65, 'fr')).toBe('1 h 05');
  expect(formatDuration(120, 'fr')).toBe('2 h');
  expect(formatDuration(45, 'en')).toBe('45 min');
});

it('writes integer cents as euros, exactly, with stable spaces', () => {
  expect(formatEuros(1250, 'fr')).toBe(`12,50${NBSP}€`);
  expect(formatEuros(1250, 'en')).toBe('€12.50');
  expect(formatEuros(123_456_789, 'fr')).toBe(`1${NBSP}234${NBSP}567,89${NBSP}€`);
  expect(formatEuros(1005, 'en')).toBe('€10.05');
  expect(formatEuros(-5, 'fr')).toBe(`-0,05${NBSP}€`);
  expect(() => formatEuros(12.5, 'fr')).toThrow(RangeError);
  expect(formatNumber(12.25, 'fr')).toBe('12,3');
});

it('names communes as their town halls write them', () => {
  expect(
    [
      'saint-jean-en-royans',
      'saint-laurent-en-royans',
      'sainte-eulalie-en-royans',
      'la-chapelle-en-vercors',
      'vassieux-en-vercors',
      'saint-martin-en-vercors',
    ].map(communeName),
  ).toEqual([
    'Saint-Jean-en-Royans',
    'Saint-Laurent-en-Royans',
    'Sainte-Eulalie-en-Royans',
    'La Chapelle-en-Vercors',
    'Vassieux-en-Vercors',
    'Saint-Martin-en-Vercors',
  ]);
  expect(communeName('saint-agnan-en-vercors')).toBe('Saint-Agnan-en-Vercors');
  expect(communeName('la-motte-fanjas')).toBe('La Motte-Fanjas');
  expect(communeName('pont-en-royans')).toBe('Pont-en-Royans');
  expect(communeName('echevis')).toBe('Echevis');
});
