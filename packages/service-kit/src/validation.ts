import { z } from 'zod';
import {
  countOf,
  frenchSchemaMessage,
  type Locale,
  type Localized,
  type LocalizedFieldError,
  schemaMessage,
} from '@fabrique/contracts';
import { commonErrors } from './errors.js';

const FRENCH_MESSAGES = z.locales.fr().localeError;

const INVALID_FIELDS = {
  fr: ['champ invalide', 'champs invalides'],
  en: ['invalid field', 'invalid fields'],
} as const;

/** Where the bad input was, as the problem's detail names it. */
const PLACES: Record<'request body' | 'query' | 'path', Localized> = {
  'request body': { fr: 'Le corps de la requête', en: 'The request body' },
  query: { fr: 'Les paramètres de la requête', en: 'The query' },
  path: { fr: 'Le chemin', en: 'The path' },
};

/** A schema's own message (`schemaMessage`) in French, else zod's French for the issue. */
function frenchOf(issue: z.core.$ZodIssue, french: z.core.$ZodIssue | undefined): string {
  return frenchSchemaMessage(issue.message) ?? french?.message ?? issue.message;
}

/**
 * Parses input against a zod schema; on failure throws VALIDATION_FAILED listing every bad
 * field (path and message in French and English), so a form can show them all at once.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: keyof typeof PLACES = 'request body',
): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // Parsed again only on failure, for zod's French messages (the same issues, in order).
  const inFrench = schema.safeParse(input, { error: FRENCH_MESSAGES }).error?.issues ?? [];
  const errors: LocalizedFieldError[] = result.error.issues.map((issue, index) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: { fr: frenchOf(issue, inFrench[index]), en: issue.message },
  }));
  const fields = (locale: Locale) => countOf(errors.length, INVALID_FIELDS, locale);
  const place = PLACES[what];
  throw commonErrors.VALIDATION_FAILED(
    { fr: `${place.fr} a ${fields('fr')}.`, en: `${place.en} has ${fields('en')}.` },
    { errors },
  );
}

/**
 * An id in a request path. Ids are opaque (README "Ids": UUIDv7, slugs, derived ids, stream
 * sequences), so it is bounded loosely — an unknown id still meets its resource's 404 — and
 * refuses only control characters (a NUL can be neither stored nor looked up).
 */
export const pathId = z
  .string()
  .min(1)
  .max(200)
  .regex(
    // The control characters (Unicode's Cc), spelt as a range that the document's readers
    // understand too (schemathesis' Python regular expressions have no \p{…}).
    // eslint-disable-next-line no-control-regex -- naming the control characters is the point
    /^[^\u0000-\u001f\u007f-\u009f]*$/,
    schemaMessage({ fr: 'Sans caractères de contrôle', en: 'No control characters allowed' }),
  );

/**
 * The route parameters `names`, each an opaque id (`pathParams('id', 'entryId')`). Not strict:
 * a route's other parameters are left to the schema that names them (express gives no others).
 */
export function pathParams<const N extends string>(...names: N[]) {
  const shape = Object.fromEntries(names.map((name) => [name, pathId]));
  return z.object(shape as Record<N, typeof pathId>);
}

/**
 * Parses route parameters (`req.params`): a bad one answers 400 VALIDATION_FAILED naming it,
 * like a bad body field.
 */
export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.infer<S> {
  return parseInput(schema, params, 'path');
}

/**
 * A date in a request: an RFC 3339 date-time with its offset (`2026-03-01T09:00:00+01:00`) or a
 * calendar day (`2026-03-01`, midnight UTC). Numbers are refused (a coerced `12345` would be
 * 12 seconds after 1970), and the OpenAPI document says `format: date-time` / `date`.
 */
export const dateInput = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value) => new Date(value));
