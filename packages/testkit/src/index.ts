export { freePort } from './ports.js';
export { ownBroker, ownDatabaseServer, type KillableServer } from './killable-servers.js';
export {
  isolatedEnvironment,
  serviceVariables,
  testInfra,
  uniqueName,
  type IsolatedEnvironment,
  type TestInfra,
} from './infra.js';
export { eventually, recordEvents, type EventRecorder } from './events.js';
export { startProcess, type ServiceProcess } from './process.js';
export { serveInProcess, type RunningServer } from './http.js';
export { aRegistration } from './factories.js';
export { testTokens, type TestTokens, type TokenClaims } from './tokens.js';
export { startSmtpCatcher, type SmtpCatcher, type SmtpCatcherOptions } from './smtp-catcher.js';
export type { CaughtAttachment, CaughtMail } from './smtp-mail.js';
export type { MailFilter, WaitOptions } from './smtp-store.js';
