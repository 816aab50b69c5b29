import { ApiError } from '../api/problem.js';
import { useMessages } from '../i18n/locale.js';

/** An error as a plain sentence in the current language, never a code or a stack. */
export function useErrorText(): (error: unknown) => string {
  const { errors } = useMessages();
  return (error) => {
    if (!(error instanceof ApiError)) return errors.fallback;
    if (error.code === 'NETWORK') return errors.network;
    // A code this page has no sentence for: the server's title, in the page's language.
    return errors[error.code] ?? error.title ?? errors.fallback;
  };
}

/** Shown next to what caused it; `role="alert"` so screen readers hear it at once. */
export function ErrorMessage({ error }: { error: unknown }) {
  const text = useErrorText();
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {text(error)}
    </p>
  );
}

/** The server's complaint about one form field, if any (paths as in the request body). */
export function fieldError(error: unknown, path: string, fallback: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return path in error.fieldErrors ? fallback : undefined;
}
