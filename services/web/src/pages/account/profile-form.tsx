import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { api, refreshTokens } from '../../api/client.js';
import { useLocale } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { CommuneSelect } from '../../ui/commune-select.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { TextField } from '../../ui/field.js';
import { ME_KEY, type Me, type ProfileChanges } from './api.js';
import { LanguageField } from './language-field.js';
import { serverProblems } from './server-problems.js';
import { displayNameProblem } from './validation.js';

function changesOf(me: Me, form: ProfileChanges): Partial<ProfileChanges> {
  const changes: Partial<ProfileChanges> = {};
  if (form.displayName.trim() !== me.displayName) changes.displayName = form.displayName.trim();
  if (form.commune !== me.commune) changes.commune = form.commune;
  if (form.locale !== me.locale) changes.locale = form.locale;
  return changes;
}

function useSaveProfile(onSaved: (changes: Partial<ProfileChanges>) => void) {
  const queryClient = useQueryClient();
  const { setLocale } = useLocale();
  return useMutation({
    mutationFn: (changes: Partial<ProfileChanges>) =>
      api<Me>('/api/me', { method: 'PATCH', body: changes }),
    onSuccess: (me, changes) => {
      queryClient.setQueryData(ME_KEY, me);
      if (changes.locale) setLocale(changes.locale);
      // The commune travels in the access token: a fresh one tells the other pages.
      if (changes.commune) void refreshTokens();
      onSaved(changes);
    },
  });
}

/** Name, commune and language; only what changed is sent. */
export function ProfileForm({ me }: { me: Me }) {
  const { m } = useLocale();
  const { account } = m;
  const [form, setForm] = useState<ProfileChanges>(() => ({
    displayName: me.displayName,
    commune: me.commune,
    locale: me.locale,
  }));
  const [nameProblem, setNameProblem] = useState<string | undefined>();
  // A key, not a text: saving a new language switches the texts after the answer.
  const [status, setStatus] = useState<'' | 'saved' | 'nothingChanged'>('');
  const save = useSaveProfile(() => setStatus('saved'));
  const set =
    <K extends keyof ProfileChanges>(field: K) =>
    (value: ProfileChanges[K]) => {
      setForm((current) => ({ ...current, [field]: value }));
      setStatus('');
    };
  const submit = (event: Event) => {
    event.preventDefault();
    const problem = displayNameProblem(form.displayName, account.validation);
    setNameProblem(problem);
    const changes = changesOf(me, form);
    if (problem) return;
    if (Object.keys(changes).length === 0) setStatus('nothingChanged');
    else save.mutate(changes);
  };
  const problems = serverProblems(save.error, m);
  return (
    <form class="account-form" noValidate onSubmit={submit}>
      <TextField
        label={account.fields.displayName}
        hint={account.hints.displayName}
        error={nameProblem ?? problems.displayName}
        name="name"
        autoComplete="name"
        required
        value={form.displayName}
        onValue={set('displayName')}
      />
      <CommuneSelect
        label={account.fields.commune}
        placeholder={account.chooseCommune}
        loadingText={account.communesLoading}
        required
        error={problems.commune}
        value={form.commune}
        onValue={set('commune')}
      />
      <LanguageField value={form.locale} onValue={set('locale')} />
      <ErrorMessage error={save.error} />
      <p class="success" role="status">
        {status && account.profile[status]}
      </p>
      <Button type="submit" pending={save.isPending}>
        {save.isPending ? m.common.saving : account.profile.save}
      </Button>
    </form>
  );
}
