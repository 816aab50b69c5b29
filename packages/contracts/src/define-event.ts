import { context, propagation } from '@opentelemetry/api';
import { z } from 'zod';
import { envelopeSchema } from './envelope.js';
import { newId } from './ids.js';
import { contextOfSubject, subjectOfType } from './subjects.js';

export interface EventOrigin {
  /** The aggregate the event is about, e.g. the account id. */
  subject: string;
  /** The producing service, e.g. `fabrique/accounts`. */
  source: string;
}

/** The active trace context, if any (nothing without a tracing SDK, e.g. in most tests). */
function traceContext(): { traceparent?: string; tracestate?: string } {
  const carrier: { traceparent?: string; tracestate?: string } = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/**
 * One definition per event type, imported by producer and consumers alike: the type, its
 * NATS subject, the full envelope schema used to parse on receipt, and a factory.
 */
export function defineEvent<const T extends string, S extends z.ZodType>(type: T, data: S) {
  const schema = envelopeSchema.extend({ type: z.literal(type), data });
  const subject = subjectOfType(type);
  return {
    type,
    subject,
    context: contextOfSubject(subject),
    schema,
    create(
      origin: EventOrigin,
      payload: z.input<S>,
      time: Date = new Date(),
    ): z.infer<typeof schema> {
      return schema.parse({
        specversion: '1.0',
        id: newId(),
        source: origin.source,
        type,
        subject: origin.subject,
        time: time.toISOString(),
        datacontenttype: 'application/json',
        data: payload,
        ...traceContext(),
      });
    },
  };
}

export type EventDefinition = ReturnType<typeof defineEvent<string, z.ZodType>>;
export type EventOf<D extends { schema: z.ZodType }> = z.infer<D['schema']>;
