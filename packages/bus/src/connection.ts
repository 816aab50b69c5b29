import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import {
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
} from '@nats-io/jetstream';

export interface BusOptions {
  /** NATS server URL(s), e.g. nats://127.0.0.1:4222. */
  servers: string | string[];
  /** Connection name shown by the server's monitoring, e.g. `accounts`. */
  name: string;
  /**
   * Prefix for streams and subjects, so that test files sharing one NATS server stay apart.
   * Empty in production: subjects and stream names are exactly those of DESIGN.md.
   */
  namespace?: string;
  /**
   * Copies of each stream the server cluster keeps (1 on a single server; 3 on a 3-node
   * JetStream cluster, so that losing a node loses no event). Applied when streams are ensured.
   */
  streamReplicas?: number;
}

export interface Bus {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly namespace: string;
  readonly streamReplicas: number;
  /** The NATS subject for a base subject such as `accounts.account.registered.v1`. */
  subject(base: string): string;
  /** The base subject of a NATS subject (inverse of `subject`). */
  baseSubject(subject: string): string;
  /** The stream name for a base stream name such as `ACCOUNTS`. */
  stream(base: string): string;
  isConnected(): boolean;
  /** Drains subscriptions and closes the connection. */
  close(): Promise<void>;
}

export async function connectBus(options: BusOptions): Promise<Bus> {
  const nc = await connect({
    servers: options.servers,
    name: options.name,
    // Keep trying forever: a service outlives a NATS restart instead of crashing.
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
  });
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const namespace = options.namespace ?? '';
  const subjectPrefix = namespace ? `${namespace}.` : '';
  return {
    nc,
    js,
    jsm,
    namespace,
    streamReplicas: options.streamReplicas ?? 1,
    subject: (base) => subjectPrefix + base,
    baseSubject: (subject) =>
      subject.startsWith(subjectPrefix) ? subject.slice(subjectPrefix.length) : subject,
    stream: (base) => (namespace ? `${namespace}_${base}` : base),
    isConnected: () => !nc.isClosed() && !nc.isDraining(),
    async close() {
      if (!nc.isClosed()) await nc.drain();
    },
  };
}
