import {
  declarationConfirmedV1,
  declarationMadeV1,
  declarationRejectedV1,
  pledgeRecordedV1,
} from '@fabrique/contracts';
import {
  assertMayDeclare,
  assertMayDecideDeclarations,
  decideDeclaration,
  declareMoney,
  PENDING_DECLARATIONS_LIMIT,
  type DeclarationDecision,
  type DeclarationInput,
} from './declaration.js';
import { declareDoorMoney, doorMoneyCents, fundOfSession } from './door-money.js';
import { entryIdOf } from './entry.js';
import { euros } from './money.js';
import {
  CHAPELLE,
  codeOf,
  coordinator,
  fund,
  later,
  now,
  resident,
  VASSIEUX,
} from './test-fixtures.js';

const gift: DeclarationInput = {
  id: 'declaration-1',
  kind: 'contribution',
  amountCents: 50_00,
  category: 'residents',
  contributor: { type: 'account', id: resident.accountId },
  commune: CHAPELLE,
  reference: 'VIR DUPONT MARS',
  occurredAt: new Date('2027-03-01T00:00:00Z'),
  note: null,
  declaredBy: resident.accountId,
};

const verdict = (confirm: boolean, receivedAt: Date | null = null): DeclarationDecision => ({
  id: gift.id,
  by: coordinator.accountId,
  at: later,
  confirm,
  reason: confirm ? null : 'Rien sur le relevé',
  receivedAt,
});

describe('declareMoney', () => {
  it('makes a declaration that waits for a coordinator, counted nowhere yet', () => {
    const { declaration, events } = declareMoney(fund, gift, 0, now);
    expect(declaration).toMatchObject({
      ...gift,
      fundId: fund.id,
      declaredAt: now,
      status: 'declared',
      entryId: null,
    });
    const event = declarationMadeV1.schema.parse(events[0]);
    expect(event.subject).toBe(gift.id);
    expect(event.data).toMatchObject({ declarationId: gift.id, status: 'declared' });
  });

  it('refuses more than a resident may declare, and a declarer with too many waiting', () => {
    const large = { ...gift, amountCents: 5_000_01 };
    expect(codeOf(() => declareMoney(fund, large, 0, now))).toBe('DECLARATION_TOO_LARGE');
    const organisation = { ...large, contributor: { type: 'organisation' as const, id: 'o' } };
    expect(() => declareMoney(fund, organisation, 0, now)).not.toThrow();
    expect(codeOf(() => declareMoney(fund, gift, PENDING_DECLARATIONS_LIMIT, now))).toBe(
      'TOO_MANY_DECLARATIONS',
    );
  });

  it('is declared in an open fund, within its period, by someone with a proved address', () => {
    const day = gift.occurredAt;
    expect(() => assertMayDeclare(resident, fund, day)).not.toThrow();
    const unverified = { ...resident, emailVerified: false };
    expect(codeOf(() => assertMayDeclare(unverified, fund, day))).toBe('EMAIL_NOT_VERIFIED');
    const archived = { ...fund, archivedAt: now };
    expect(codeOf(() => assertMayDeclare(resident, archived, day))).toBe('FUND_ARCHIVED');
    const before = new Date('2026-12-31T00:00:00Z');
    expect(codeOf(() => assertMayDeclare(resident, fund, before))).toBe('OUTSIDE_PERIOD');
  });
});

describe('decideDeclaration', () => {
  const declared = declareMoney(fund, gift, 0, now).declaration;

  it('lets coordinators only decide', () => {
    expect(codeOf(() => assertMayDecideDeclarations(resident))).toBe('NOT_ALLOWED');
    expect(() => assertMayDecideDeclarations(coordinator)).not.toThrow();
  });

  it('counts a confirmed declaration as an entry of its kind, dated the day the bank shows', () => {
    const received = new Date('2027-03-04T00:00:00Z');
    const { declaration, events, counted } = decideDeclaration(
      declared,
      verdict(true, received),
      later,
    );
    const entryId = entryIdOf(fund.id, 'contribution', `declaration:${gift.id}`);
    expect(counted?.entry).toMatchObject({
      id: entryId,
      kind: 'contribution',
      amountCents: 50_00,
      contributor: gift.contributor,
      occurredAt: received,
      recordedBy: coordinator.accountId,
      source: { type: 'receipt', ref: 'VIR DUPONT MARS' },
    });
    expect(declaration).toMatchObject({ status: 'confirmed', decidedAt: later, entryId });
    expect(declarationConfirmedV1.schema.parse(events[0]).data.entryId).toBe(entryId);
  });

  it('dates the entry of a pledge the day it was declared when the bank shows none', () => {
    const pledge = declareMoney(fund, { ...gift, kind: 'pledge', reference: null }, 0, now);
    const { counted } = decideDeclaration(pledge.declaration, verdict(true), later);
    expect(counted?.entry.occurredAt).toEqual(gift.occurredAt);
    expect(counted?.events.map((e) => e.type)).toEqual([pledgeRecordedV1.type]);
  });

  it('counts nothing for a rejected declaration', () => {
    const { declaration, events, counted } = decideDeclaration(declared, verdict(false), later);
    expect(counted).toBeNull();
    expect(declaration).toMatchObject({ status: 'rejected', reason: 'Rien sur le relevé' });
    expect(events.map((e) => e.type)).toEqual([declarationRejectedV1.type]);
  });
});

describe('door money', () => {
  const collected = { cashCents: 42_00, chequeCents: 10_00, cardCents: 0, payers: 9 };
  const closing = {
    sessionId: 's1',
    commune: VASSIEUX,
    startsAt: '2027-03-06T09:00:00.000Z',
    closedBy: 'host-1',
    closedAt: '2027-03-06T12:00:00.000Z',
  };

  it('adds up what the door took, nothing when nothing was said', () => {
    expect(doorMoneyCents(collected)).toBe(52_00);
    expect(doorMoneyCents(undefined)).toBe(0);
  });

  it('goes to an open fund of the session’s period, its commune’s first', () => {
    const other = { ...fund, id: 'other', memberCommunes: [] };
    const startsAt = new Date(closing.startsAt);
    expect(fundOfSession([other, fund], VASSIEUX, startsAt)?.id).toBe(fund.id);
    expect(fundOfSession([other], VASSIEUX, startsAt)?.id).toBe('other');
    expect(fundOfSession([{ ...fund, archivedAt: now }], VASSIEUX, startsAt)).toBeUndefined();
  });

  it('is the session users’ contribution, declared by its host, once per session', () => {
    const { declaration, events } = declareDoorMoney(fund, closing, collected, later);
    expect(declaration).toMatchObject({
      kind: 'contribution',
      amountCents: 52_00,
      category: 'residents',
      contributor: null,
      sessionId: 's1',
      commune: VASSIEUX,
      declaredBy: 'host-1',
      declaredAt: new Date(closing.closedAt),
      note: `Participation à la porte : espèces ${euros(42_00)}, chèques ${euros(10_00)}, carte ${euros(0)}, 9 personne(s)`,
    });
    const again = declareDoorMoney(fund, closing, collected, new Date());
    expect(again.declaration.id).toBe(declaration.id);
    expect(declarationMadeV1.schema.parse(events[0]).data.sessionId).toBe('s1');
  });
});
