// A burst of bookings, as residents make them when a popular session opens, that a fault
// test breaks into; then what must hold once the network is back.
import { eventually } from '@fabrique/testkit';
import { apiClient, type ApiClient, type Person } from '../../services/web/src/e2e/api.js';
import {
  aNetwork,
  aSession,
  aWorkshop,
  inDays,
  type Network,
} from '../../services/web/src/e2e/scene.js';
import type { RunningSystem } from '../../services/web/src/e2e/system.js';

export interface Scene {
  api: ApiClient;
  network: Network;
  workshopId: string;
  residents: Person[];
}

export async function aScene(system: RunningSystem, residents: number): Promise<Scene> {
  const api = apiClient(system.url);
  const network = await aNetwork(system, api);
  const workshopId = await aWorkshop(api, network, 'Atelier vélo : freins et dérailleurs');
  const people: Person[] = [];
  for (let i = 0; i < residents; i += 1)
    people.push(await api.person(`Habitant Rafale ${String.fromCharCode(65 + i)}`));
  return { api, network, workshopId, residents: people };
}

export interface Answer {
  status: number;
  code?: string;
  /** The booking's or the ledger entry's id. */
  id?: string;
}

/** How each request went (by resident, or by receipt reference): every answer, the last one deciding. */
export type Outcomes = Map<string, Answer[]>;

async function postOnce(url: string, token: string, key: string, body: object): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'idempotency-key': key,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return {
      status: response.status,
      ...(typeof answer.code === 'string' && { code: answer.code }),
      ...(typeof answer.id === 'string' && { id: answer.id }),
    };
  } catch {
    // The connection broke (a service killed under the request): the outcome is unknown.
    return { status: 0 };
  }
}

const TRIES = 30;

/**
 * Posts as a careful client would: an answer of 502, 503 or 504, a 409 `…_IN_PROGRESS` or a
 * broken connection is tried again after a second with the same Idempotency-Key.
 */
async function postRetrying(url: string, token: string, key: string, body: object) {
  const answers: Answer[] = [];
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    const answer = await postOnce(url, token, key, body);
    answers.push(answer);
    const later = answer.status === 409 && answer.code?.endsWith('_IN_PROGRESS');
    if (![0, 502, 503, 504].includes(answer.status) && !later) break;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return answers;
}

/** Every resident books the session, a few milliseconds apart; outcomes by resident id. */
export async function burst(url: string, scene: Scene, sessionId: string): Promise<Outcomes> {
  const outcomes: Outcomes = new Map();
  await Promise.all(
    scene.residents.map(async (who, index) => {
      await new Promise((resolve) => setTimeout(resolve, index * 60));
      const key = `rafale-${sessionId}-${who.id}`;
      const body = { sessionId };
      outcomes.set(who.id, await postRetrying(`${url}/api/bookings`, who.token, key, body));
    }),
  );
  return outcomes;
}

/**
 * Meanwhile, the coordinator records the door money of `count` earlier sessions, each under
 * its receipt reference (`<tag>-<n>`); outcomes by reference.
 */
export async function contributionBurst(url: string, scene: Scene, tag: string, count: number) {
  const outcomes: Outcomes = new Map();
  const { coordinator, fundId } = scene.network;
  await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      // Spread over the first seconds, while the fault strikes and the services come back.
      await new Promise((resolve) => setTimeout(resolve, index * 500));
      const reference = `${tag}-${index + 1}`;
      const body = { amountCents: 500 + index, reference, note: 'Caisse de l’atelier' };
      const route = `${url}/api/funds/${fundId}/contributions`;
      outcomes.set(reference, await postRetrying(route, coordinator.token, reference, body));
    }),
  );
  return outcomes;
}

/** A new session, once bookings knows it (it learns sessions from workshops' events). */
export async function aBurstSession(scene: Scene, capacity: number, day: number) {
  const { api, network, workshopId } = scene;
  const sessionId = await aSession(api, network, workshopId, { startsAt: inDays(day), capacity });
  await eventually(
    () =>
      api.get(`/api/bookings/sessions/${sessionId}/availability`).then(
        () => true,
        () => false,
      ),
    (known) => known,
  );
  return sessionId;
}
