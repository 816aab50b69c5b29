/**
 * Where two JSON values differ, as one line per differing leaf:
 * `totals.contributedCents: live 100, rebuilt 90`. Both sides are compared as JSON (what the
 * summary endpoint serves), so a `Date` and its ISO string, or a missing key and an
 * `undefined` one, count as equal.
 */
export function jsonDifferences(live: unknown, rebuilt: unknown): string[] {
  return differencesAt('', asJson(live), asJson(rebuilt));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const MISSING = Symbol('missing');
type Side = Json | typeof MISSING;

function asJson(value: unknown): Side {
  const text = JSON.stringify(value);
  return text === undefined ? MISSING : (JSON.parse(text) as Json);
}

const isObject = (v: Side): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (v: Side) => (v === MISSING ? 'missing' : JSON.stringify(v));

const child = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

const item = (list: Json[], i: number): Side => (i < list.length ? (list[i] as Json) : MISSING);

const field = (object: { [key: string]: Json }, key: string): Side =>
  Object.hasOwn(object, key) ? (object[key] as Json) : MISSING;

function differencesAt(path: string, live: Side, rebuilt: Side): string[] {
  if (Array.isArray(live) && Array.isArray(rebuilt)) {
    const length = Math.max(live.length, rebuilt.length);
    return Array.from({ length }, (_, i) =>
      differencesAt(`${path}[${i}]`, item(live, i), item(rebuilt, i)),
    ).flat();
  }
  if (isObject(live) && isObject(rebuilt)) {
    const keys = [...new Set([...Object.keys(live), ...Object.keys(rebuilt)])].sort();
    return keys.flatMap((key) =>
      differencesAt(child(path, key), field(live, key), field(rebuilt, key)),
    );
  }
  if (show(live) === show(rebuilt)) return [];
  return [`${path === '' ? '(whole value)' : path}: live ${show(live)}, rebuilt ${show(rebuilt)}`];
}
