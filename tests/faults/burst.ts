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
  bookingId?: string;
  bookingStatus?: string;
}

/** How each resident's booking went: every answer, the last one deciding. */
export type Outcomes = Map<string, Answer[]>;

async function bookOnce(url: string, who: Person, sessionId: string, key: string): Promise<Answer> {
  try {
    const response = await fetch(`${url}/api/bookings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${who.token}`,
        'idempotency-key': key,
      },
      body: JSON.stringify({ sessionId }),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return {
      status: response.status,
      ...(typeof body.code === 'string' && { code: body.code }),
      ...(typeof body.id === 'string' && { bookingId: body.id }),
      ...(typeof body.status === 'string' && { bookingStatus: body.status }),
    };
  } catch {
    // The connection broke (a service killed under the request): the outcome is unknown.
    return { status: 0 };
  }
}

/**
 * Every resident books the session, a few milliseconds apart, as a careful client would: an
 * answer of 502, 503 or 504, a 409 `…_IN_PROGRESS` or a broken connection is tried again
 * after a second with the same Idempotency-Key, up to `tries` times.
 */
export async function burst(url: string, scene: Scene, sessionId: string, tries = 30) {
  const outcomes: Outcomes = new Map();
  await Promise.all(
    scene.residents.map(async (who, index) => {
      await new Promise((resolve) => setTimeout(resolve, index * 60));
      const answers: Answer[] = [];
      outcomes.set(who.id, answers);
      const key = `rafale-${sessionId}-${who.id}`;
      for (let attempt = 0; attempt < tries; attempt += 1) {
        const answer = await bookOnce(url, who, sessionId, key);
        answers.push(answer);
        const later = answer.status === 409 && answer.code?.endsWith('_IN_PROGRESS');
        if (![0, 502, 503, 504].includes(answer.status) && !later) return;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
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
