import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import {
  PREFERENCES_KEY,
  type KindChoice,
  type NotificationKind,
  type Preferences,
  type PreferencesChange,
} from './api.js';

export type Channel = 'email' | 'inApp';
type Draft = Partial<Record<NotificationKind, Record<Channel, boolean>>>;

function draftOf(preferences: Preferences): Draft {
  return Object.fromEntries(
    preferences.kinds.map(({ kind, email, inApp }) => [kind, { email, inApp }]),
  );
}

/** Every kind the person may change, as the table shows it; essential ones are never sent. */
function changeOf(kinds: KindChoice[], draft: Draft): PreferencesChange {
  const change: PreferencesChange = {};
  for (const { kind, essential } of kinds) {
    const choice = draft[kind];
    if (!essential && choice) change[kind] = choice;
  }
  return change;
}

/** The table's ticks, kept here until « Enregistrer », then saved in one PUT. */
export function usePreferencesForm(preferences: Preferences) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(preferences));
  const save = useMutation({
    mutationFn: () =>
      api<Preferences>('/api/notifications/preferences', {
        method: 'PUT',
        body: { kinds: changeOf(preferences.kinds, draft) },
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(PREFERENCES_KEY, saved);
      setDraft(draftOf(saved));
    },
  });
  const toggle = (kind: NotificationKind, channel: Channel, on: boolean) => {
    setDraft((current) => {
      const choice = current[kind] ?? { email: false, inApp: false };
      return { ...current, [kind]: { ...choice, [channel]: on } };
    });
    if (!save.isIdle) save.reset();
  };
  return { draft, toggle, save };
}
