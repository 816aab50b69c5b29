import { QueryClient } from '@tanstack/preact-query';
import { ApiError } from './api/problem.js';

/** One cache for the app; cleared whenever the signed-in person changes. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal (4xx) will not change by asking again; a network hiccup may.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});
