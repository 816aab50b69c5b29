export { freePort } from './ports.js';
export { isolatedEnvironment, testInfra, uniqueName, type TestInfra } from './infra.js';
export { eventually, recordEvents, type EventRecorder } from './events.js';
export { startProcess, type ServiceProcess } from './process.js';
