import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import { COMMUNES_KEY, type Commune } from '../../api/communes.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage, fieldError } from '../../ui/error-message.js';
import { TextField } from '../../ui/field.js';
import { useIdempotencyKeyFor } from '../../api/idempotency.js';

interface Draft {
  name: string;
  postalCode: string;
}

function problemsOf(draft: Draft) {
  return {
    name: draft.name.trim().length < 2,
    postalCode: !/^\d{5}$/.test(draft.postalCode.trim()),
  };
}

/** Adds a commune: its residents may then register and its venues host workshops. */
export function CommuneForm() {
  const t = useMessages().admin.communes;
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKeyFor();
  const [draft, setDraft] = useState<Draft>({ name: '', postalCode: '' });
  const [checked, setChecked] = useState(false);
  const create = useMutation({
    mutationFn: (body: Draft) =>
      api<Commune>('/api/communes', { method: 'POST', body, idempotencyKey: keyFor(body) }),
    onSuccess: async () => {
      setDraft({ name: '', postalCode: '' });
      setChecked(false);
      // The one list every page reads: the new commune shows on sign-up, profile, venues…
      await queryClient.invalidateQueries({ queryKey: COMMUNES_KEY });
    },
  });
  const problems = problemsOf(draft);
  const submit = (event: Event) => {
    event.preventDefault();
    setChecked(true);
    if (problems.name || problems.postalCode) return;
    create.mutate({ name: draft.name.trim(), postalCode: draft.postalCode.trim() });
  };
  const error = (field: keyof Draft, text: string) =>
    (checked && problems[field] ? text : undefined) ?? fieldError(create.error, field, text);
  return (
    <form onSubmit={submit} noValidate>
      <TextField
        label={t.name}
        hint={t.nameHint}
        value={draft.name}
        onValue={(name) => setDraft({ ...draft, name })}
        error={error('name', t.nameInvalid)}
        required
        maxLength={100}
        autoComplete="off"
      />
      <TextField
        label={t.postalCode}
        hint={t.postalCodeHint}
        value={draft.postalCode}
        onValue={(postalCode) => setDraft({ ...draft, postalCode })}
        error={error('postalCode', t.postalCodeInvalid)}
        required
        inputMode="numeric"
        maxLength={5}
        autoComplete="off"
      />
      <ErrorMessage error={create.error} />
      <p class="success" role="status">
        {create.isSuccess ? t.added(create.data.name) : ''}
      </p>
      <Button type="submit" pending={create.isPending}>
        {create.isPending ? t.adding : t.add}
      </Button>
    </form>
  );
}
