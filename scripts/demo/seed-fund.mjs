// The fund of the season: pledges and payments from the town halls and businesses (recorded
// by the coordinator from their receipts), gifts declared by residents (most confirmed by the
// coordinator, two still waiting), and a round of projects.
import {
  BUSINESS_MONEY,
  euros,
  LINE_ITEMS,
  RESIDENT_GIFTS,
  TOWN_HALL_MONEY,
} from './fund-data.mjs';
import { COMMUNES, DEMO_PASSWORD, PEOPLE } from './people.mjs';
import { addDays } from './time.mjs';

/** Twelve months starting on the first day of the month three months ago. */
export function fundOf(today) {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 3, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), 1));
  const years = `${start.getUTCFullYear()}-${end.getUTCFullYear()}`;
  return {
    id: `fonds-${years}`,
    name: `Fonds participatif du Royans-Vercors ${years}`,
    periodStart: start.toISOString(),
    periodEnd: end.toISOString(),
    targetCents: euros(72_000),
    memberCommunes: Object.values(COMMUNES),
    lineItems: LINE_ITEMS,
  };
}

/** Residents sign in for what only they may do: give, propose, vote. */
export async function residentTokens(ctx, keys) {
  const tokens = new Map();
  for (const key of keys) {
    const person = PEOPLE.find((p) => p.key === key);
    tokens.set(key, await ctx.api.signIn(person.email, DEMO_PASSWORD));
  }
  return tokens;
}

async function organisationMoney(ctx, token, fund, orgs, table, today) {
  for (const [key, { pledge, paid }] of Object.entries(table)) {
    const organisationId = orgs.get(key);
    // A receipt or transfer number is recorded once, whatever happens to the request.
    await ctx.api.post(
      `/api/funds/${fund.id}/pledges`,
      {
        amountCents: euros(pledge),
        organisationId,
        reference: `DEMO-ENG-${key}`,
        occurredAt: addDays(today, -75).toISOString(),
        note: 'Engagement annuel',
      },
      { token },
    );
    for (const [i, amount] of paid.entries())
      await ctx.api.post(
        `/api/funds/${fund.id}/contributions`,
        {
          amountCents: euros(amount),
          organisationId,
          reference: `DEMO-VIR-${key}-${i + 1}`,
          occurredAt: addDays(today, -60 + 30 * i).toISOString(),
          note: 'Virement reçu',
        },
        { token },
      );
  }
}

/** Residents declare their gifts; the treasurer confirms all but the last two (left to try). */
async function residentGifts(ctx, token, fund, tokens) {
  const gifts = Object.entries(RESIDENT_GIFTS);
  for (const [i, [key, amount]] of gifts.entries()) {
    const declaration = await ctx.api.post(
      `/api/funds/${fund.id}/contributions`,
      {
        amountCents: euros(amount),
        reference: `DEMO-DON-${key}`,
        note: 'Don à la sortie d’un atelier',
      },
      { token: tokens.get(key), key: `demo-gift-${key}` },
    );
    if (i < gifts.length - 2 && declaration.status === 'declared')
      await ctx.api.post(
        `/api/funds/${fund.id}/declarations/${declaration.id}/confirm`,
        {},
        { token, accept: ['DECLARATION_DECIDED'] },
      );
  }
}

/** The fund, with its money; answers the fund and the residents' tokens for the round. */
export async function seedFund(ctx, { token, orgs }, today, tokens) {
  const fund = fundOf(today);
  await ctx.api.post('/api/funds', fund, { token, accept: ['FUND_EXISTS'] });
  await organisationMoney(ctx, token, fund, orgs, TOWN_HALL_MONEY, today);
  await organisationMoney(ctx, token, fund, orgs, BUSINESS_MONEY, today);
  await residentGifts(ctx, token, fund, tokens);
  ctx.log(
    `fund ${fund.id}: payments of 6 town halls and 6 businesses, 9 residents' gifts declared`,
  );
  return fund;
}
