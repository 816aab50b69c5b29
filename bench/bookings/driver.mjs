// Baseline measured in the same run: bare driver inserts into FerretDB from this machine,
// the cheapest write a booking could be. A booking is several such inserts (hold claim, seat
// or ticket claim, booking with its outbox), so the ratio service ÷ driver says how much of
// the driver's write rate the service turns into bookings.
import { latencyAndStatuses, round } from './http.mjs';
import { importFromBookings } from './workspace.mjs';

const { default: mongoose } = await importFromBookings('mongoose');

/** Inserts one small document with a string `_id` per call, for `seconds`, `concurrency` at once. */
async function insertLoop(collection, { seconds, concurrency }) {
  // The first insert creates the collection (a table in FerretDB's store): not measured.
  await collection.insertOne({ _id: 'warm-up', at: new Date() });
  const samples = [];
  let n = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const i = n++;
      const t0 = performance.now();
      await collection.insertOne({
        _id: `session-${i % 200}:${i}`,
        sessionId: `session-${i % 200}`,
        holder: `resident-${i}`,
        at: new Date(),
      });
      samples.push({ status: 'ok', ms: performance.now() - t0 });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  const { latencyMs } = latencyAndStatuses(samples);
  return {
    concurrency,
    inserts: samples.length,
    insertsPerSecond: round(samples.length / elapsedS),
    latencyMs,
  };
}

/** Sequential inserts, then as many concurrent loops as the steady load has clients. */
export async function driverBaseline(mongoUrl, { seconds, concurrency }) {
  const connection = await mongoose.createConnection(mongoUrl).asPromise();
  try {
    const db = connection.db;
    return {
      seconds,
      sequential: await insertLoop(db.collection('bench_inserts_sequential'), {
        seconds,
        concurrency: 1,
      }),
      concurrent: await insertLoop(db.collection('bench_inserts_concurrent'), {
        seconds,
        concurrency,
      }),
    };
  } finally {
    await connection.close();
  }
}
