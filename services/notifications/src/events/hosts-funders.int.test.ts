import {
  declarationConfirmedV1,
  declarationRejectedV1,
  fundCreatedV1,
  newId,
  organisationMembershipChangedV1,
  sessionAttendanceClosedV1,
  shareBehindV1,
} from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { origin, startNotificationsHarness, type NotificationsHarness } from '../test-harness.js';

let harness: NotificationsHarness;

beforeAll(async () => {
  harness = await startNotificationsHarness();
});

afterAll(async () => {
  await harness.stop();
});

const fund = {
  fundId: 'fonds-2027',
  name: 'Fonds des ateliers 2027',
  periodStart: '2027-01-01T00:00:00.000Z',
  periodEnd: '2028-01-01T00:00:00.000Z',
  targetCents: 6_000_000,
  shares: { municipalities: 1, businesses: 1, residents: 1 },
  memberCommunes: ['vassieux-en-vercors'],
  lineItems: [],
  behindMarginBps: 1000,
  createdBy: 'coord',
  createdAt: '2026-11-01T00:00:00.000Z',
};

function closed(sessionId: string, hostIds: string[]) {
  return sessionAttendanceClosedV1.create(origin, {
    sessionId,
    workshopId: newId(),
    kind: 'repair',
    commune: 'vassieux-en-vercors',
    startsAt: '2027-03-06T09:00:00.000Z',
    durationMinutes: 120,
    hostIds,
    bookedSeats: 10,
    attendees: 8,
    noShows: 2,
    walkIns: 1,
    participantMinutes: 960,
    participantHours: 16,
    byResidenceCommune: [{ commune: 'vassieux-en-vercors', attendees: 8 }],
    byKind: [{ kind: 'repair', attendees: 8 }],
    repairs: { items: 5, fixed: 3, repairable: 1, endOfLife: 1, byCategory: [] },
    closedBy: hostIds[0] ?? 'host',
    closedAt: '2027-03-06T12:00:00.000Z',
  });
}

describe('hosts and funders', () => {
  it('thanks each host once, saying what the fund paid for', async () => {
    await harness.publish(fundCreatedV1.create(origin, fund));
    const hosts = [
      await harness.person({ roles: ['host'] }),
      await harness.person({ roles: ['host'] }),
    ];
    const session = await harness.session({ hostIds: hosts.map((h) => h.id) });
    const event = closed(
      session.sessionId,
      hosts.map((h) => h.id),
    );
    await harness.publish(event);
    await harness.publish(
      closed(
        session.sessionId,
        hosts.map((h) => h.id),
      ),
    );
    for (const host of hosts) {
      const [mail] = await harness.smtp.waitForMails(1, { to: host.email });
      expect(mail!.text).toContain('Fonds des ateliers 2027');
      expect(mail!.text).toContain('/funds/fonds-2027');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const host of hosts) expect(harness.smtp.mailsTo(host.email)).toHaveLength(1);
  });

  it('alerts the active contacts of a town hall whose share is behind', async () => {
    const organisationId = newId();
    const [treasurer, former] = [await harness.person(), await harness.person()];
    const membership = (accountId: string, active: boolean) =>
      organisationMembershipChangedV1.create(origin, {
        organisationId,
        accountId,
        active,
        changedBy: 'coord',
        changedAt: new Date().toISOString(),
      });
    await harness.publish(membership(treasurer.id, true));
    await harness.publish(membership(former.id, false));
    // Accounts and funds events come on two streams: the contacts must be known first.
    await eventually(
      () => harness.deps.models.memberships.countDocuments({ organisationId }),
      (count) => count === 2,
    );
    const behind = {
      fundId: fund.fundId,
      commune: 'vassieux-en-vercors',
      organisationIds: [organisationId],
      paidCents: 100_000,
      expectedCents: 300_000,
      behindByCents: 200_000,
      marginBps: 1000,
      asOf: new Date().toISOString(),
    };
    await harness.publish(shareBehindV1.create(origin, behind));
    const [mail] = await harness.smtp.waitForMails(1, { to: treasurer.email });
    // French typography: no-break spaces in amounts.
    expect(mail!.text.replace(/[\u00a0\u202f]/g, ' ')).toContain('2 000,00 €');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(harness.smtp.mailsTo(former.email)).toHaveLength(0);
  });

  it('tells whoever declared a payment whether it was confirmed or rejected, once', async () => {
    const giver = await harness.person();
    const decided = (
      status: 'confirmed' | 'rejected',
      declarationId: string,
      kind: 'contribution' | 'pledge' = 'contribution',
    ) => ({
      declarationId,
      kind,
      fundId: fund.fundId,
      amountCents: 4_200,
      category: 'residents' as const,
      contributor: { type: 'account' as const, id: giver.id },
      reference: 'DON-2027-12',
      occurredAt: '2027-02-01T10:00:00.000Z',
      declaredBy: giver.id,
      status,
      decidedBy: 'coord',
      reason: status === 'rejected' ? 'Absent du relevé de février' : null,
      entryId: status === 'confirmed' ? 'contribution-x' : null,
    });
    const confirmed = declarationConfirmedV1.create(origin, decided('confirmed', 'declaration-1'));
    await harness.publish(confirmed);
    await harness.publish(confirmed);
    await harness.publish(
      declarationRejectedV1.create(origin, decided('rejected', 'declaration-2')),
    );
    await harness.publish(
      declarationConfirmedV1.create(origin, decided('confirmed', 'declaration-3', 'pledge')),
    );
    // Money a host collected at the door: confirmed to the host, in the words of a session's takings.
    await harness.publish(
      declarationConfirmedV1.create(origin, {
        ...decided('confirmed', 'declaration-4'),
        contributor: null,
        sessionId: 'session-door',
      }),
    );
    const mails = await harness.smtp.waitForMails(4, { to: giver.email });
    const texts = mails.map((m) => m.text.replace(/[\u00a0\u202f]/g, ' '));
    expect(texts.find((t) => t.includes('votre versement est enregistré'))).toContain('42,00 €');
    expect(texts.find((t) => t.includes('n’a pas pu être confirmé'))).toContain(
      'Absent du relevé de février',
    );
    expect(texts.find((t) => t.includes('votre promesse est enregistrée'))).toContain(
      'délibération',
    );
    expect(texts.find((t) => t.includes('votre recette de séance est enregistrée'))).toContain(
      'relevé bancaire',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(harness.smtp.mailsTo(giver.email)).toHaveLength(4);
  });
});
