import { defineErrors } from '@fabrique/service-kit';

/**
 * Error codes the gateway itself answers (stable: clients match on them). NOT_FOUND,
 * UNAUTHENTICATED, AUTH_UNAVAILABLE and PAYLOAD_TOO_LARGE come from service-kit's common codes.
 */
export const gatewayErrors = defineErrors({
  RATE_LIMITED: {
    status: 429,
    title: { fr: 'Trop de requêtes, ralentissez', en: 'Too many requests, slow down' },
  },
  UPSTREAM_UNAVAILABLE: {
    status: 502,
    title: {
      fr: 'Le service derrière cette route est injoignable',
      en: 'The service behind this route cannot be reached',
    },
  },
  UPSTREAM_TIMEOUT: {
    status: 504,
    title: {
      fr: 'Le service derrière cette route n’a pas répondu à temps',
      en: 'The service behind this route did not answer in time',
    },
  },
});
