import { QueryClientProvider } from '@tanstack/preact-query';
import { useEffect, useState } from 'preact/hooks';
import { refreshTokens } from './api/client.js';
import { restoreSession, storedRefreshToken } from './api/session.js';
import { LocaleProvider } from './i18n/locale.js';
import { Layout } from './layout.js';
import { queryClient } from './query-client.js';
import { Routes } from './routes.js';

/**
 * Restores the session before the first page asks for anything: this tab's access token if
 * still good, otherwise a refresh.
 */
function useRestoredSession(): boolean {
  const [ready, setReady] = useState(() => !storedRefreshToken() || restoreSession() !== null);
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
