import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { api } from '../../api/client.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { RequireSession } from '../../ui/require-session.js';
import { PREFERENCES_KEY, type Preferences } from './api.js';
import { usePreferencesForm } from './preferences.js';
import { PreferencesTable } from './preferences-table.js';
import './notifications.css';

function PreferencesForm({ preferences }: { preferences: Preferences }) {
  const { common, notifications } = useMessages();
  const t = notifications.preferences;
  const { draft, toggle, save } = usePreferencesForm(preferences);
  const submit = (event: Event) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form class="preferences-form" onSubmit={submit}>
      <PreferencesTable kinds={preferences.kinds} draft={draft} onToggle={toggle} />
      <ErrorMessage error={save.error} />
      <p class="success" role="status">
        {save.isSuccess ? t.saved : ''}
      </p>
      <Button type="submit" pending={save.isPending}>
        {save.isPending ? common.saving : t.save}
      </Button>
    </form>
  );
}

function MyPreferences() {
  const t = useMessages().notifications.preferences;
  const preferences = useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: () => api<Preferences>('/api/notifications/preferences'),
  });
  return (
    <Page title={t.title}>
      <p>{t.intro}</p>
      <p>{t.essentialIntro}</p>
      <QueryState query={preferences} isEmpty={(data) => data.kinds.length === 0}>
        {(data) => <PreferencesForm preferences={data} />}
      </QueryState>
      <p>
        <Link href="/notifications">{t.back}</Link>
      </p>
    </Page>
  );
}

/** Which notifications reach me, by email and in the app; essential ones stay on. */
export default function PreferencesPage() {
  return (
    <RequireSession>
      <MyPreferences />
    </RequireSession>
  );
}
