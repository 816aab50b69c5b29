import { countOf, formatDateTime, formatDay, formatEuros, localized } from './localized.js';

// Intl separates thousands and the euro sign with narrow no-break spaces in French.
const spaced = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('texts for people in French and English', () => {
  it('formats euros from cents as each language writes them', () => {
    expect(spaced(formatEuros(110_000, 'fr'))).toBe('1 100,00 €');
    expect(formatEuros(110_000, 'en')).toBe('€1,100.00');
  });

  it('reads moments in Paris time', () => {
    const evening = '2026-12-06T18:30:00Z';
    expect(formatDateTime(evening, 'fr')).toBe('6 décembre 2026 à 19:30');
    expect(formatDateTime(evening, 'en')).toBe('6 December 2026 at 19:30');
    expect(formatDay('2026-07-13T22:30:00Z', 'fr')).toBe('14 juillet 2026');
  });

  it('counts with each language’s plural rule', () => {
    const people = { fr: ['personne', 'personnes'], en: ['person', 'people'] } as const;
    expect(countOf(0, people, 'fr')).toBe('0 personne');
    expect(countOf(1, people, 'en')).toBe('1 person');
    expect(countOf(0, people, 'en')).toBe('0 people');
    expect(spaced(countOf(5000, people, 'fr'))).toBe('5 000 personnes');
  });

  it('builds both languages from one function of the language', () => {
    expect(localized((l) => formatEuros(250, l))).toEqual({
      fr: formatEuros(250, 'fr'),
      en: '€2.50',
    });
  });
});
