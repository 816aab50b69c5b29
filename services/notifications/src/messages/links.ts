import type { Links } from './catalogue.js';

const segment = (id: string) => encodeURIComponent(id);

/** The web app's pages that messages point to. */
export const paths = {
  session: (sessionId: string) => `/sessions/${segment(sessionId)}`,
  booking: (bookingId: string) => `/bookings/${segment(bookingId)}`,
  fund: (fundId: string) => `/funds/${segment(fundId)}`,
  contribute: (fundId: string) => `/funds/${segment(fundId)}/contribute`,
  round: (roundId: string) => `/rounds/${segment(roundId)}`,
  preferences: () => '/notifications/preferences',
  forgotPassword: () => '/forgot-password',
  verifyEmail: (token: string) => `/verify-email?token=${encodeURIComponent(token)}`,
  resetPassword: (token: string) => `/reset-password?token=${encodeURIComponent(token)}`,
};

const trimBase = (base: string) => base.replace(/\/+$/, '');

/** Absolute URL of a web-app path. */
export function webUrl(links: Links, path: string): string {
  return `${trimBase(links.base)}${path}`;
}

/** The path of an absolute web-app URL (in-app links stay inside the app). */
export function webPath(links: Links, url: string): string {
  const base = trimBase(links.base);
  return url.startsWith(`${base}/`) ? url.slice(base.length) : url;
}
