export { freePort } from './ports.js';
export { isolatedEnvironment, testInfra, uniqueName, type TestInfra } from './infra.js';
export { eventually, recordEvents, type EventRecorder } from './events.js';
export { startProcess, type ServiceProcess } from './process.js';
export { serveInProcess, type RunningServer } from './http.js';
export { aRegistration } from './factories.js';
export { testTokens, type TestTokens, type TokenClaims } from './tokens.js';
