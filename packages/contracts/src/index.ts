export { envelopeSchema, EVENT_TYPE_PATTERN, type Envelope } from './envelope.js';
export {
  defineEvent,
  type EventDefinition,
  type EventOf,
  type EventOrigin,
} from './define-event.js';
export { newId } from './ids.js';
export {
  CONTEXTS,
  DLQ_STREAM,
  contextOfSubject,
  streamNameOf,
  subjectOfType,
  type Context,
} from './subjects.js';
export {
  ERROR_CODE_PATTERN,
  PROBLEM_CONTENT_TYPE,
  fieldErrorSchema,
  problemSchema,
  problemTypeOf,
  type FieldError,
  type Problem,
} from './problem.js';
export {
  LOCALES,
  ROLES,
  accountRegisteredV1,
  localeSchema,
  roleSchema,
} from './events/accounts.js';
