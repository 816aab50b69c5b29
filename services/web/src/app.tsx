import { QueryClientProvider } from '@tanstack/preact-query';
import { useEffect, useState } from 'preact/hooks';
import { refreshTokens } from './api/client.js';
import { storedRefreshToken } from './api/session.js';
import { LocaleProvider } from './i18n/locale.js';
import { Layout } from './layout.js';
import { queryClient } from './query-client.js';
import { Routes } from './routes.js';

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
