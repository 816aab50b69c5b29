import { eurosInput, parseEuros, parsePositiveEuros } from './money.js';

describe('euros typed by people', () => {
  it('become exact cents, whatever the separators', () => {
    expect(parseEuros('1 200,50 €')).toBe(120_050);
    expect(parseEuros('0,29')).toBe(29);
    expect(parseEuros('12.5')).toBe(1_250);
    expect(parseEuros('0')).toBe(0);
    expect(parseEuros('12,505')).toBeNull();
    expect(parseEuros('-3')).toBeNull();
    expect(eurosInput(120_050, 'fr')).toBe('1200,50');
  });

  it('above zero when a payment or a cost is asked', () => {
    expect(parsePositiveEuros('12,50')).toBe(1_250);
    expect(parsePositiveEuros('0,01')).toBe(1);
    expect(parsePositiveEuros('0')).toBeNull();
    expect(parsePositiveEuros('')).toBeNull();
  });
});
