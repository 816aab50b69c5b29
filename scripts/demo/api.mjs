// A small client of the gateway's public API for the seed: JSON in and out, problem+json
// errors with their stable codes, and patience where the network is eventually consistent.

/** An API answer that was not 2xx, with the problem's stable code. */
export class ApiError extends Error {
  constructor(method, path, status, problem) {
    const what = problem?.code ?? `HTTP ${status}`;
    const detail = problem?.detail ?? problem?.title ?? '';
    super(`${method} ${path} → ${status} ${what}${detail ? `: ${detail}` : ''}`);
    this.status = status;
    this.code = problem?.code;
  }
}

/**
 * Codes that mean "not known here yet": each service learns people, sessions and
 * organisations from the others' events, a moment after the write that caused them.
 */
const NOT_YET = new Set([
  'SESSION_NOT_FOUND',
  'RESIDENT_NOT_FOUND',
  'ORGANISATION_NOT_FOUND',
  'NOT_A_HOST',
  'NOT_A_MEMBER',
  'IDEMPOTENCY_IN_PROGRESS',
  'BOOKING_IN_PROGRESS',
  'BOOKING_CONFLICT',
]);
const NOT_YET_PATIENCE_MS = 30_000;
const MAX_ATTEMPTS = 200;

const sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

async function send(base, method, path, { token, body, key, signal }) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  if (key) headers['idempotency-key'] = key;
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    data: text ? JSON.parse(text) : null,
  };
}

/** How long to wait before trying again, or undefined when the answer is final. */
function retryDelay(answer, firstTry) {
  if (answer.status === 429) return Number(answer.headers.get('retry-after') ?? 5) * 1000;
  if (answer.status === 502 || answer.status === 503 || answer.status === 504) return 500;
  const waited = Date.now() - firstTry;
  if (NOT_YET.has(answer.data?.code) && waited < NOT_YET_PATIENCE_MS) return 250;
  return undefined;
}

/**
 * `call(method, path, { token, body, key, accept })`: resolves with the JSON body, or with
 * `{ problem }` when the problem's code is in `accept` (e.g. "already there" on a resume).
 */
export function apiClient(baseUrl, signal) {
  const call = async (method, path, options = {}) => {
    const firstTry = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const answer = await send(baseUrl, method, path, { ...options, signal });
      if (answer.status < 300) return answer.data;
      const delay = retryDelay(answer, firstTry);
      if (delay === undefined || attempt >= MAX_ATTEMPTS) {
        if (options.accept?.includes(answer.data?.code)) return { problem: answer.data };
        throw new ApiError(method, path, answer.status, answer.data);
      }
      await sleep(delay, signal);
    }
  };
  return {
    call,
    get: (path, options) => call('GET', path, options),
    post: (path, body, options) => call('POST', path, { ...options, body }),
    put: (path, body, options) => call('PUT', path, { ...options, body }),
    sleep: (ms) => sleep(ms, signal),
    async signIn(email, password) {
      const pair = await call('POST', '/api/auth/login', { body: { email, password } });
      return pair.accessToken;
    },
  };
}

/** Every page of a cursor-paginated list. */
export async function allPages(api, path, options) {
  const items = [];
  let cursor = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await api.get(
      `${path}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      options,
    );
    items.push(...page.items);
    cursor = page.nextCursor ?? null;
  } while (cursor);
  return items;
}
