// The operations the store benchmark times, on a collection shaped like the services' own
// (a booking-like document: string `_id`, an indexed `sessionId`, a `version`, an empty outbox).
const PER_SESSION = 20;
const LOAD_BATCH = 1_000;

export function bookingDocument(i) {
  return {
    _id: `session-${Math.floor(i / PER_SESSION)}:resident-${i}`,
    sessionId: `session-${Math.floor(i / PER_SESSION)}`,
    residentId: `resident-${i}`,
    status: 'confirmed',
    seats: 1 + (i % 3),
    version: 1,
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    outbox: [],
  };
}

/** Loads `count` documents and the `sessionId` index, as a service's store would have them. */
export async function loadCollection(collection, count) {
  await collection.createIndex({ sessionId: 1 });
  for (let from = 0; from < count; from += LOAD_BATCH) {
    const batch = [];
    for (let i = from; i < Math.min(count, from + LOAD_BATCH); i += 1)
      batch.push(bookingDocument(i));
    await collection.insertMany(batch, { ordered: false });
  }
}

/**
 * Each operation is called with sample numbers of its own (the runner gives each a separate
 * range); `spread` is a bijection of 0..count-1 (its factor is prime to 2 and 5), so samples that
 * change a document touch one that no other sample touched, spread over the whole collection.
 */
export function operations(collection, count) {
  const spread = (n) => (n * 7_919 * 104_729) % count;
  const idOf = (n) => bookingDocument(spread(n))._id;
  return {
    insert: (n) => collection.insertOne({ ...bookingDocument(count + n), _id: `new:${n}` }),
    findById: (n) => collection.findOne({ _id: idOf(n) }),
    findByIndexedField: (n) =>
      collection
        .find({ sessionId: `session-${spread(n) % Math.ceil(count / PER_SESSION)}` })
        .toArray(),
    updateById: (n) => collection.updateOne({ _id: idOf(n) }, { $set: { status: 'attended' } }),
    updateByIdAndVersion: (n) =>
      collection.updateOne({ _id: idOf(n), version: 1 }, { $set: { version: 2 } }),
    deleteById: (n) => collection.deleteOne({ _id: idOf(n) }),
    deleteByIdAndVersion: (n) => collection.deleteOne({ _id: idOf(n), version: 1 }),
  };
}

/** Checks that the lookups find what they should, so that a fast wrong answer is not measured. */
export async function checkAnswers(collection, count) {
  const ops = operations(collection, count);
  const byId = await ops.findById(0);
  const bySession = await ops.findByIndexedField(0);
  return {
    findByIdFound: byId !== null,
    findByIndexedFieldReturned: bySession.length,
    ok: byId !== null && bySession.length === Math.min(PER_SESSION, count),
  };
}
