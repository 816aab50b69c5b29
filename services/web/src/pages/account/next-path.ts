/**
 * Where to go after signing in: only a path inside this app (`/bookings`, `/sessions/1?x`),
 * never another site (`//evil.example`, `/\evil.example`, `https://…`): no open redirect.
 */
export function safeNextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/')) return '/';
  if (next.startsWith('//') || next.startsWith('/\\')) return '/';
  // Control characters could be dropped by the browser and turn the path into `//…`.
  if ([...next].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) return '/';
  if (next.startsWith('/sign-in') || next.startsWith('/sign-up')) return '/';
  return next;
}

/** `?next=…` to pass along between the sign-in and sign-up pages. */
export function nextQuery(next: string): string {
  return next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
}
