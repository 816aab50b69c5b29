import type { UseQueryResult } from '@tanstack/preact-query';
import { useMessages } from '../i18n/locale.js';
import { Button } from './button.js';
import { ErrorMessage } from './error-message.js';

/** A list (a page's, or one a form field offers) could not be read: say so, offer to try again. */
export function ListFailed({ query }: { query: UseQueryResult<unknown> }) {
  const { common } = useMessages();
  if (!query.isError) return null;
  return (
    <div class="state-error">
      <ErrorMessage error={query.error} />
      <Button variant="secondary" onClick={() => void query.refetch()}>
        {common.retry}
      </Button>
    </div>
  );
}
