import { matchStatement, parseStatement, type StatementLine } from './bank-statement.js';
import type { Declaration } from './declaration.js';

const declaration = (id: string, amountCents: number, reference: string | null) =>
  ({ id, amountCents, reference, status: 'declared' }) as Declaration;

const line = (n: number, amountCents: number, reference: string): StatementLine => ({
  line: n,
  receivedAt: new Date('2027-02-01T12:00:00Z'),
  amountCents,
  reference,
});

describe('parseStatement', () => {
  it('reads a French bank export: semicolons, day/month/year, comma decimals, spaces', () => {
    const parsed = parseStatement('\uFEFFDate;Libellé;Montant\n02/03/2027;VIR DON-1;1 234,5\n');
    expect(parsed).toEqual({
      ok: true,
      lines: [
        {
          line: 2,
          receivedAt: new Date('2027-03-02T12:00:00Z'),
          amountCents: 123_450,
          reference: 'VIR DON-1',
        },
      ],
      unreadable: [],
    });
  });

  it('reads commas and ISO dates, skips debits, reports what it cannot read', () => {
    const parsed = parseStatement(
      'date,amount,reference\n2027-03-02,12.00,A\n2027-03-03,-5.00,B\n2027-02-30,1.00,C\n2027-03-04,abc,D\n2027-03-05,1.00,',
    );
    expect(parsed.ok && parsed.lines.map((l) => l.reference)).toEqual(['A']);
    expect(parsed.ok && parsed.unreadable).toEqual([
      { line: 4, problem: 'date' },
      { line: 5, problem: 'amount' },
      { line: 6, problem: 'reference' },
    ]);
  });

  it('takes at most 2,000 lines at once', () => {
    const lines = (n: number) => `date;montant;libellé\n${'2027-03-02;1,00;DON\n'.repeat(n)}`;
    expect(parseStatement(lines(2_000)).ok).toBe(true);
    expect(parseStatement(lines(2_001))).toEqual({ ok: false, problem: 'too-long' });
  });

  it('needs a header naming its columns', () => {
    expect(parseStatement('02/03/2027;VIR;1,00')).toEqual({ ok: false, problem: 'header' });
  });
});

describe('matchStatement', () => {
  it('matches the one declaration of the same amount whose reference the label shows', () => {
    const [match] = matchStatement(
      [line(2, 4_000, 'VIR SEPA DUPONT don-abc1')],
      [declaration('a', 4_000, 'DON-ABC1'), declaration('b', 4_100, 'DON-ABC1')],
    );
    expect(match).toMatchObject({ outcome: 'matched', declaration: { id: 'a' } });
  });

  it('leaves two candidates to the treasurer, and uses a declaration once', () => {
    const twins = [declaration('a', 100, 'DON-TWIN'), declaration('b', 100, 'DON-TWIN')];
    expect(matchStatement([line(2, 100, 'DON-TWIN')], twins)[0]?.outcome).toBe('ambiguous');
    const once = matchStatement(
      [line(2, 100, 'DON-ONCE'), line(3, 100, 'DON-ONCE')],
      [declaration('a', 100, 'DON-ONCE')],
    );
    expect(once.map((m) => m.outcome)).toEqual(['matched', 'unmatched']);
  });

  it('does not find a short reference inside a longer label', () => {
    const [match] = matchStatement([line(2, 100, 'VIR DONATION')], [declaration('a', 100, 'DON')]);
    expect(match?.outcome).toBe('unmatched');
  });
});
