export {
  ConfigError,
  baseConfigSchema,
  booleanFromEnv,
  loadConfig,
  type BaseConfig,
} from './config.js';
export { createLogger, type Logger } from './logger.js';
export { CLOCK_REFRESH_MS, ClockConfigError, serviceClock } from './clock.js';
export {
  AppError,
  commonErrors,
  defineErrors,
  type ErrorFactory,
  type ErrorSpec,
} from './errors.js';
export { dateInput, parseInput, parseParams, pathParams } from './validation.js';
export {
  archivedListQuery,
  MAX_PAGE_SIZE,
  pageByOffset,
  pageOf,
  pageQuery,
  pageSchema,
  type Page,
} from './pagination.js';
export {
  notFoundHandler,
  problemHandler,
  problemOf,
  sendProblem,
  writeProblem,
} from './problem.js';
export { localeOf } from './locale.js';
export { requestId, requestIdFor } from './request-id.js';
export { httpTelemetry, observeServerRequest } from './http-telemetry.js';
export { healthRoutes, type ReadinessCheck } from './health.js';
export { createHttpApp, staticSecurityHeaders, type HttpAppOptions } from './app.js';
export {
  backfillOnce,
  connectMongo,
  findByIds,
  insertOnce,
  isDuplicateKeyError,
  mongoIsUp,
} from './mongo.js';
export { looseSchema, type LooseDocument } from './loose-schema.js';
export { openStorage, type Storage } from './storage.js';
export {
  outboxModelsOf,
  serviceModels,
  syncAllIndexes,
  type LooseModel,
} from './service-models.js';
export { upsertIfNewer } from './projection.js';
export { closeServer, onShutdownSignal, type ShutdownStep } from './shutdown.js';
export { startSweeper, type Sweeper, type SweepTask } from './sweeper.js';
export { outageOf, RETRY_AFTER_SECONDS, storeGuard } from './outages.js';
export {
  authenticate,
  BEARER_EXPECTED,
  SESSION_ENDED,
  hasRole,
  principalOf,
  requireAuth,
  requireRole,
  verifyAccessToken,
  type Principal,
  type Role,
} from './auth.js';
export {
  KeysUnavailableError,
  remoteKeys,
  type KeyResolver,
  type RemoteKeysOptions,
} from './keys.js';
export { openApiDocument, type RouteDoc } from './openapi.js';
export {
  ANYONE,
  CALLERS,
  operationKey,
  SIGNED_IN,
  type AccessTable,
  type Caller,
} from './access.js';
export {
  ABANDONED_AFTER_MS,
  idempotency,
  idempotencyErrors,
  idempotencyModel,
  type IdempotencyModel,
} from './idempotency.js';
export { listen } from './listen.js';
export { createServiceApp, type ServiceAppDeps, type ServiceAppOptions } from './service-app.js';
export { appBasics, runMain, serve, startServiceSweeper } from './service-main.js';
export {
  opsErrors,
  opsLetterParams,
  opsLetterQuery,
  opsRoutes,
  type OpsRoutesOptions,
} from './ops.routes.js';
export { opsAccess, opsRouteDocs } from './ops.docs.js';
export {
  firstValidIssuedAt,
  followRevocations,
  RevokedAccounts,
  REVOCATION_MEMORY_MS,
  startRevocations,
} from './revocations.js';
