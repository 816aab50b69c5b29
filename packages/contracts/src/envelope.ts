import { z } from 'zod';

/**
 * Event envelope with CloudEvents 1.0 attribute names (https://cloudevents.io, spec v1.0.2).
 * Consumers parse with the event's own schema; unknown attributes are ignored so that
 * producers may add optional fields within a version.
 */
export const EVENT_TYPE_PATTERN =
  /^fabrique\.[a-z][a-z0-9]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.v[1-9][0-9]*$/;

export const envelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1).max(100),
  source: z.string().min(1).max(200),
  type: z.string().regex(EVENT_TYPE_PATTERN),
  subject: z.string().min(1).max(200),
  time: z.iso.datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  dataschema: z.string().max(500).optional(),
  data: z.unknown(),
  /**
   * W3C trace context of the action that produced the event (CloudEvents distributed-tracing
   * extension). The outbox relay publishes later, outside that action; with this the event,
   * and every consumer's handling of it, join the action's trace.
   */
  traceparent: z.string().max(128).optional(),
  tracestate: z.string().max(512).optional(),
});

export type Envelope = z.infer<typeof envelopeSchema>;
