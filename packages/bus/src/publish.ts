import type { Envelope } from '@fabrique/contracts';
import { subjectOfType } from '@fabrique/contracts';
import type { Bus } from './connection.js';
import { recordPublished } from './metrics.js';
import { contextOfEvent, headersWithTraceContext, inSpan, SpanKind } from './tracing.js';

export interface PublishResult {
  stream: string;
  seq: number;
  /** True when JetStream had already stored an event with this id (duplicate window). */
  duplicate: boolean;
}

/**
 * Publishes one event and waits for JetStream's acknowledgement. The message id is the
 * event id, so a republished event (relay crash, retry) is dropped inside the window.
 */
export async function publishEvent(bus: Bus, event: Envelope): Promise<PublishResult> {
  const subject = bus.subject(subjectOfType(event.type));
  return inSpan(
    `publish ${subjectOfType(event.type)}`,
    SpanKind.PRODUCER,
    contextOfEvent(event),
    {
      'messaging.system': 'nats',
      'messaging.destination.name': subject,
      'messaging.message.id': event.id,
    },
    async () => {
      const startedAt = performance.now();
      try {
        const ack = await bus.js.publish(subject, JSON.stringify(event), {
          msgID: event.id,
          headers: headersWithTraceContext(),
        });
        recordPublished(subjectOfType(event.type), true, startedAt);
        return { stream: ack.stream, seq: ack.seq, duplicate: ack.duplicate };
      } catch (error) {
        recordPublished(subjectOfType(event.type), false, startedAt);
        throw error;
      }
    },
  );
}
