export { startTelemetry, type Telemetry, type TelemetryOptions } from './start.js';
export {
  recordMetrics,
  recordSpans,
  type MetricPoint,
  type RecordedMetrics,
  type RecordedSpans,
} from './in-memory.js';
