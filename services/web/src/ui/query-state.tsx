import type { ComponentChildren } from 'preact';
import type { UseQueryResult } from '@tanstack/preact-query';
import { useMessages } from '../i18n/locale.js';
import { ListFailed } from './list-failed.js';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** True when the data is there but holds nothing to show. */
  isEmpty?: (data: T) => boolean;
  empty?: ComponentChildren;
  children: (data: T) => ComponentChildren;
}

/** Loading, error (with a retry), empty, or the data: every list shows one of these. */
export function QueryState<T>({ query, isEmpty, empty, children }: QueryStateProps<T>) {
  const { common } = useMessages();
  if (query.isPending)
    return (
      <p class="muted" role="status">
        {common.loading}
      </p>
    );
  if (query.isError) return <ListFailed query={query} />;
  if (isEmpty?.(query.data)) return <p class="muted">{empty ?? common.empty}</p>;
  return <>{children(query.data)}</>;
}
