import { QueryClient, QueryClientProvider } from '@tanstack/preact-query';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api/problem.js';
import { refreshTokens } from './api/client.js';
import { storedRefreshToken } from './api/session.js';
import { LocaleProvider } from './i18n/locale.js';
import { Layout } from './layout.js';
import { Routes } from './routes.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal (4xx) will not change by asking again; a network hiccup may.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

/** Restores the session from the refresh token before the first page asks for anything. */
function useRestoredSession(): boolean {
  const [ready, setReady] = useState(!storedRefreshToken());
  useEffect(() => {
    if (!ready) void refreshTokens().finally(() => setReady(true));
  }, []);
  return ready;
}

export function App() {
  const ready = useRestoredSession();
  return (
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>
        <Layout>{ready ? <Routes /> : null}</Layout>
      </QueryClientProvider>
    </LocaleProvider>
  );
}
