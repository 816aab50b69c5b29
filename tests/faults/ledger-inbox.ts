// What must hold after a fault for the money recorded meanwhile and the residents' in-app
// messages: each once, and none missing.
import type { Outcomes, Scene } from './burst.js';
import { msUntil } from './report.js';

interface LedgerPage {
  items: { id: string; source?: { type: string; ref: string } }[];
  nextCursor: string | null;
}

async function contributionsTagged(scene: Scene, tag: string) {
  const { coordinator, fundId } = scene.network;
  const found: LedgerPage['items'] = [];
  let cursor: string | null = null;
  do {
    const query: string = `kind=contribution&limit=500${cursor ? `&cursor=${cursor}` : ''}`;
    const page: LedgerPage = await scene.api.get(
      `/api/funds/${fundId}/ledger?${query}`,
      coordinator.token,
    );
    found.push(...page.items.filter((e) => e.source?.ref.startsWith(`${tag}-`)));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

/**
 * Every contribution the coordinator was answered for is in the ledger under the id answered,
 * once: a retry after a crash found what the first attempt wrote instead of writing it again.
 */
export async function expectEveryContributionKept(scene: Scene, tag: string, outcomes: Outcomes) {
  const entries = await contributionsTagged(scene, tag);
  for (const [reference, answers] of outcomes) {
    const final = answers.at(-1);
    const statuses = answers.map((a) => `${a.status}${a.code ? ` ${a.code}` : ''}`);
    expect({ reference, recorded: [200, 201].includes(final?.status ?? 0), statuses }).toEqual({
      reference,
      recorded: true,
      statuses,
    });
    const ids = entries.filter((e) => e.source?.ref === reference).map((e) => e.id);
    expect({ reference, ids }).toEqual({ reference, ids: [final?.id] });
  }
  expect(entries).toHaveLength(outcomes.size);
}

interface Inbox {
  items: { kind: string; link: string | null }[];
}

/**
 * Each resident's inbox tells them about their booking (its confirmation or place in line; an
 * offer may follow), each fact once. Returns the ms until every resident had one.
 */
export async function untilOneInAppEach(scene: Scene, outcomes: Outcomes): Promise<number> {
  const kindsOf = async () =>
    Promise.all(
      scene.residents.map(async (who) => {
        const link = `/bookings/${outcomes.get(who.id)?.at(-1)?.id}`;
        const inbox = await scene.api.get<Inbox>('/api/notifications?limit=100', who.token);
        return inbox.items.filter((n) => n.link === link).map((n) => n.kind);
      }),
    );
  const arrivedMs = await msUntil(kindsOf, (all) => all.every((kinds) => kinds.length > 0));
  // A duplicate would come from a redelivery: give it time to show.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  for (const [index, kinds] of (await kindsOf()).entries()) {
    const who = scene.residents[index]!.displayName;
    expect({ who, kinds }).toEqual({ who, kinds: [...new Set(kinds)] });
  }
  return arrivedMs;
}
