import { randomBytes } from 'node:crypto';

const COMMUNES = [
  'Saint-Jean-en-Royans',
  'Saint-Laurent-en-Royans',
  'Sainte-Eulalie-en-Royans',
  'La Chapelle-en-Vercors',
  'Vassieux-en-Vercors',
  'Saint-Martin-en-Vercors',
];

/** A valid sign-up body with a unique email; override any field. */
export function aRegistration(
  overrides: Partial<
    Record<'email' | 'password' | 'displayName' | 'commune' | 'locale', string>
  > = {},
) {
  const suffix = randomBytes(4).toString('hex');
  return {
    email: `resident-${suffix}@example.org`,
    password: `une longue phrase de passe ${suffix}`,
    displayName: `Habitant ${suffix}`,
    commune: COMMUNES[suffix.charCodeAt(0) % COMMUNES.length] ?? 'Vassieux-en-Vercors',
    ...overrides,
  };
}
