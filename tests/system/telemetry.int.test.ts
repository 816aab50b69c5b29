// One user action → one trace: gateway → bookings → NATS → every consumer of what it caused.
// Spans are the project's own (service-kit's server span, the gateway's proxy span, the bus's
// producer and consumer spans), recorded in memory; jest's sandbox defeats auto-instrumentation.
import { SpanStatusCode } from '@opentelemetry/api';
import { publishEvent } from '@fabrique/bus';
import { accountRegisteredV1, newId, sessionScheduledV1 } from '@fabrique/contracts';
import {
  recordMetrics,
  recordSpans,
  type RecordedMetrics,
  type RecordedSpans,
} from '@fabrique/telemetry';
import { eventually, serveInProcess, testTokens, type RunningServer } from '@fabrique/testkit';
import { aSession } from '../../services/bookings/src/test-harness.js';
import { startTracedNetwork, type TracedNetwork } from './traced-network.js';

type Span = ReturnType<RecordedSpans['spans']>[number];

let recorded: RecordedSpans;
let measured: RecordedMetrics;
let network: TracedNetwork;
let gateway: RunningServer;
const hostId = newId();
const residentId = newId();

beforeAll(async () => {
  recorded = recordSpans();
  measured = recordMetrics();
  const tokens = await testTokens();
  network = await startTracedNetwork(tokens);
  gateway = await serveInProcess(network.gatewayApp);
  const origin = { source: 'fabrique/test', subject: 'trace-test' };
  await publishEvent(
    network.bookings.bus,
    accountRegisteredV1.create(origin, {
      accountId: residentId,
      email: `${residentId}@example.org`,
      displayName: 'Marie Dupont',
      commune: 'vassieux-en-vercors',
      locale: 'fr',
      roles: ['resident'],
      registeredAt: new Date().toISOString(),
    }),
  );
}, 60_000);

afterAll(async () => {
  await gateway.close();
  await network.stop();
  await recorded.stop();
  await measured.stop();
});

async function scheduled(overrides: Parameters<typeof aSession>[0]) {
  const data = aSession({ hostIds: [hostId], ...overrides });
  await publishEvent(
    network.bookings.bus,
    sessionScheduledV1.create({ source: 'fabrique/test', subject: data.sessionId }, data),
  );
  await eventually(
    () => network.bookings.deps.models.sessions.findById(data.sessionId).lean(),
    (session) => session !== null,
  );
  return data;
}

async function post(path: string, token: string, body: unknown): Promise<Response> {
  return fetch(`${gateway.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': newId(),
    },
    body: JSON.stringify(body),
  });
}

const inTrace = (traceId: string) => (span: Span) => span.spanContext().traceId === traceId;
const named = (spans: Span[], name: string) => spans.filter((span) => span.name === name);
const parentOf = (span: Span) => span.parentSpanContext?.spanId;

const describeSpans = (spans: Span[]) =>
  spans.map((s) => `${s.name} (${s.spanContext().traceId.slice(0, 8)})`).join('\n');

/** Every span of the trace whose root is the gateway's `method` request, once `done` holds. */
async function traceOf(method: string, done: (spans: Span[]) => boolean): Promise<Span[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const root = recorded.spans().find((s) => s.name.startsWith(`${method} `) && !parentOf(s));
    const spans = root ? recorded.spans().filter(inTrace(root.spanContext().traceId)) : [];
    if (done(spans)) return spans;
    if (Date.now() > deadline)
      throw new Error(`trace incomplete:\n${describeSpans(recorded.spans())}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const processed = (spans: Span[], subject: string, durable: string) =>
  spans.find(
    (s) =>
      s.name === `process ${subject}` && s.attributes['messaging.consumer.group.name'] === durable,
  );

/** The gateway's root span, its proxy span and the service's server span, chained. */
function expectHttpChain(spans: Span[], method: string, serviceRoute: string): Span {
  const [root] = named(spans, `${method} /api/${serviceRoute.split('/')[2]}/*`);
  const [proxy] = named(spans, 'proxy bookings');
  const [server] = named(spans, `${method} ${serviceRoute}`);
  expect(root && proxy && server).toBeDefined();
  expect(parentOf(root!)).toBeUndefined();
  expect(parentOf(proxy!)).toBe(root!.spanContext().spanId);
  expect(parentOf(server!)).toBe(proxy!.spanContext().spanId);
  return server!;
}

const AVAILABILITY = 'bookings.session.availability-changed.v2';

test('a booking through the gateway is one trace, down to the workshops availability consumer', async () => {
  const session = await scheduled({});
  recorded.reset();
  const token = await network.tokens.sign({ sub: residentId, roles: ['resident'] });
  const response = await post('/api/bookings', token, { sessionId: session.sessionId, seats: 1 });
  expect(response.status).toBe(201);

  const spans = await traceOf('POST', (all) =>
    Boolean(processed(all, AVAILABILITY, 'workshops--projections')),
  );
  const server = expectHttpChain(spans, 'POST', '/api/bookings');
  // The event left through the outbox, after the request: its context came in the envelope.
  const [confirmed] = named(spans, 'publish bookings.booking.confirmed.v1');
  expect(parentOf(confirmed!)).toBe(server.spanContext().spanId);
  const consumer = processed(spans, AVAILABILITY, 'workshops--projections')!;
  const producer = spans.find((s) => s.spanContext().spanId === parentOf(consumer));
  expect(producer?.name).toBe(`publish ${AVAILABILITY}`);
  expect(consumer.status.code).not.toBe(SpanStatusCode.ERROR);
});

test('closing attendance through the gateway is one trace, down to the funds ledger consumer', async () => {
  const startsAt = new Date(Date.now() - 3 * 3_600_000);
  const session = await scheduled({
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    bookingClosesAt: new Date(startsAt.getTime() - 2 * 3_600_000).toISOString(),
  });
  const host = await network.tokens.sign({ sub: hostId, roles: ['resident', 'host'] });
  const walkIn = { name: 'Paul Martin', commune: 'vassieux-en-vercors', seats: 1 };
  const path = `/api/rosters/${session.sessionId}`;
  expect((await post(`${path}/attendance`, host, { walkIns: [walkIn] })).status).toBe(200);
  recorded.reset();
  expect((await post(`${path}/close`, host, {})).status).toBe(200);

  const closed = 'bookings.session.attendance-closed.v1';
  const spans = await traceOf('POST', (all) => Boolean(processed(all, closed, 'funds--ledger')));
  expectHttpChain(spans, 'POST', '/api/rosters/:sessionId/close');
  expect(named(spans, `publish ${closed}`)).toHaveLength(1);
});

test('requests and deliveries are counted per route and per consumer (RED metrics)', async () => {
  const points = await measured.collect();
  const count = (name: string, attributes: Record<string, unknown>) =>
    points
      .filter((p) => p.name === name)
      .filter((p) => Object.entries(attributes).every(([k, v]) => p.attributes[k] === v))
      .reduce((sum, p) => sum + p.value, 0);
  const http = 'http.server.request.duration';
  expect(count(http, { 'http.route': '/api/bookings', 'http.response.status_code': 201 })).toBe(1);
  expect(count(http, { 'http.route': '/api/bookings/*', 'http.response.status_code': 201 })).toBe(
    1,
  );
  expect(count(http, { 'http.route': '/api/rosters/:sessionId/close' })).toBe(1);
  const consumed = {
    'messaging.consumer.group.name': 'workshops--projections',
    'messaging.destination.name': AVAILABILITY,
    'messaging.outcome': 'ack',
  };
  expect(count('messaging.process.duration', consumed)).toBeGreaterThanOrEqual(1);
  const ledger = { 'messaging.consumer.group.name': 'funds--ledger', 'messaging.outcome': 'ack' };
  expect(count('messaging.process.duration', ledger)).toBeGreaterThanOrEqual(1);
  // Gauges read at collection: bookings' durable consumer lag and outbox backlog per model.
  const lag = points.filter((p) => p.name === 'messaging.consumer.lag');
  expect(lag.map((p) => p.attributes['messaging.consumer.group.name'])).toContain(
    'bookings--reactions',
  );
  expect(lag.every((p) => p.value >= 0)).toBe(true);
  const backlog = points.filter((p) => p.name === 'fabrique.outbox.backlog');
  expect(backlog.map((p) => p.attributes['fabrique.model'])).toContain('Booking');
  expect(backlog.every((p) => p.value === 0)).toBe(true);
});
