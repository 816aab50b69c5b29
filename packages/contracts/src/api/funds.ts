// The funds service's answers, by part of the service.
export * from './funds-ledger.js';
export * from './funds-summary.js';
export * from './funds-declarations.js';
export * from './funds-rounds.js';
