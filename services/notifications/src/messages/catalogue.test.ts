import type { ContextOf } from '../domain/context.js';
import { ROUND_PHASES } from '@fabrique/contracts';
import { renderMessage, type RenderOptions } from './render.js';
import { BASE_URL, samples } from './test-contexts.js';

const options: RenderOptions = { baseUrl: BASE_URL, unsubscribeUrl: null };
const CAUSES = ['resident', 'host', 'coordinator', 'declined', 'session-cancelled'] as const;

const cancelled = (cause: (typeof CAUSES)[number], reason: string | null) =>
  ({ ...samples['booking-cancelled'], cause, reason }) satisfies ContextOf<'booking-cancelled'>;

describe('booking cancelled', () => {
  it.each(['fr', 'en'] as const)('says who cancelled, in %s', (locale) => {
    const bodies = CAUSES.map((cause) => renderMessage(cancelled(cause, null), locale, options));
    expect(new Set(bodies.map((m) => m.inApp.body)).size).toBe(4); // host and coordinator agree
    expect(bodies[1]!.inApp.body).toBe(bodies[2]!.inApp.body);
  });

  it('gives the reason when there is one', () => {
    const message = renderMessage(cancelled('host', 'Salle fermée'), 'fr', options);
    expect(message.inApp.body).toContain('Motif\u00a0: Salle fermée');
    expect(renderMessage(cancelled('host', ' '), 'fr', options).inApp.body).not.toContain('Motif');
  });

  it('tells people not to travel when the session itself is off', () => {
    const message = renderMessage(cancelled('session-cancelled', 'Neige'), 'fr', options);
    expect(message.subject).toMatch(/^Séance annulée/);
    expect(message.inApp.body).toContain('Ne vous déplacez pas');
  });
});

describe('attendance thanks', () => {
  const thanks = samples['attendance-thanks'];

  it('counts the fund’s hours and links to its public page', () => {
    const message = renderMessage(thanks, 'en', options);
    expect(message.inApp.body).toContain('what the “Fonds des ateliers 2027” fund paid for');
    expect(message.text).toContain('Items repaired: 7');
    expect(message.inApp.link).toBe('/funds/fund-1');
  });

  it('leaves out repairs when none and the link when there is no fund', () => {
    const message = renderMessage({ ...thanks, repairsFixed: 0, fund: null }, 'fr', options);
    expect(message.text).not.toContain('Objets réparés');
    expect(message.html).not.toContain('/funds/');
    expect(message.inApp.link).toBeNull();
    expect(message.inApp.body).toContain('Ces heures comptent');
  });
});

it('writes a commune’s shortfall in euros', () => {
  const fr = renderMessage(samples['share-behind'], 'fr', options);
  expect(fr.subject).toBe(
    'Vassieux-en-Vercors\u00a0: 1\u00a0166,67\u00a0€ restent à verser au fonds «\u00a0Fonds des ateliers 2027\u00a0»',
  );
  expect(renderMessage(samples['share-behind'], 'en', options).text).toContain(
    'Still to pay: €1,166.67',
  );
});

it.each(['fr', 'en'] as const)('has one sentence per round phase in %s', (locale) => {
  const bodies = ROUND_PHASES.map(
    (phase) => renderMessage({ ...samples['round-phase'], phase }, locale, options).inApp.body,
  );
  expect(new Set(bodies).size).toBe(ROUND_PHASES.length);
});

it('places a session by its commune when it has no venue', () => {
  const context = {
    ...samples['booking-confirmed'],
    session: { ...samples['booking-confirmed'].session, venueName: null, venueAddress: null },
  };
  expect(renderMessage(context, 'fr', options).text).toContain(
    'Lieu\u00a0: La Chapelle-en-Vercors',
  );
});
