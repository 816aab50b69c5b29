import {
  communeName,
  formatDateTime,
  formatDuration,
  formatEuros,
  parisDay,
  parisWallTimeToIso,
} from './index.js';

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formats', () => {
  it('shows times in Europe/Paris in winter and summer', () => {
    expect(formatDateTime('2027-03-06T09:00:00.000Z', 'fr')).toBe('samedi 6 mars 2027 à 10:00');
    expect(formatDateTime('2027-06-05T16:00:00.000Z', 'en')).toBe('Saturday 5 June 2027 at 18:00');
  });

  it('shows money the French way', () => {
    expect(spaces(formatEuros(1250, 'fr'))).toBe('12,50 €');
    expect(spaces(formatEuros(200_000, 'fr'))).toBe('2 000,00 €');
    expect(formatEuros(1250, 'en')).toBe('€12.50');
  });

  it('turns a Paris wall-clock time into the right instant across the clock changes', () => {
    expect(parisWallTimeToIso('2027-03-06', '10:00')).toBe('2027-03-06T09:00:00.000Z');
    expect(parisWallTimeToIso('2027-04-03', '10:00')).toBe('2027-04-03T08:00:00.000Z');
    expect(parisDay('2027-03-06T23:30:00.000Z')).toBe('2027-03-07');
  });

  it('names durations and communes', () => {
    expect(formatDuration(150)).toBe('2 h 30');
    expect(formatDuration(45)).toBe('45 min');
    expect(communeName('la-chapelle-en-vercors')).toBe('La Chapelle-en-Vercors');
    expect(communeName('saint-jean-en-royans')).toBe('Saint-Jean-en-Royans');
  });
});
