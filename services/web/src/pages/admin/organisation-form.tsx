import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage, fieldError } from '../../ui/error-message.js';
import { CommuneSelect } from '../../ui/commune-select.js';
import { Field, TextField } from '../../ui/field.js';
import { KEYS, type Organisation, type OrganisationKind } from './api.js';
import { useIdempotencyKeyFor } from '../../api/idempotency.js';

const KINDS: OrganisationKind[] = ['municipality', 'business', 'association'];
const EMPTY = { name: '', kind: 'municipality' as OrganisationKind, commune: '' };
type Draft = typeof EMPTY;

function KindSelect({
  value,
  onValue,
}: {
  value: OrganisationKind;
  onValue: (kind: OrganisationKind) => void;
}) {
  const t = useMessages().admin.organisations;
  return (
    <Field label={t.fields.kind}>
      {(wiring) => (
        <select
          {...wiring}
          value={value}
          onChange={(e) => onValue((e.target as HTMLSelectElement).value as OrganisationKind)}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.kinds[kind]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

const bodyOf = (draft: Draft) => ({
  name: draft.name.trim(),
  kind: draft.kind,
  ...(draft.commune && { commune: draft.commune }),
});

/** Adds a municipality (one per commune), a business or an association. */
export function OrganisationForm() {
  const t = useMessages().admin.organisations;
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKeyFor();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [checked, setChecked] = useState(false);
  const create = useMutation({
    mutationFn: (body: ReturnType<typeof bodyOf>) =>
      api<Organisation>('/api/organisations', {
        method: 'POST',
        body,
        idempotencyKey: keyFor(body),
      }),
    onSuccess: async () => {
      setDraft(EMPTY);
      setChecked(false);
      await queryClient.invalidateQueries({ queryKey: KEYS.organisations });
    },
  });
  const nameBad = draft.name.trim().length < 2;
  const communeBad = draft.kind === 'municipality' && !draft.commune;
  const submit = (event: Event) => {
    event.preventDefault();
    setChecked(true);
    if (!nameBad && !communeBad) create.mutate(bodyOf(draft));
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextField
        label={t.fields.name}
        value={draft.name}
        onValue={(name) => setDraft({ ...draft, name })}
        error={
          (checked && nameBad ? t.invalid.name : undefined) ??
          fieldError(create.error, 'name', t.invalid.name)
        }
        required
        maxLength={120}
        autoComplete="off"
      />
      <KindSelect value={draft.kind} onValue={(kind) => setDraft({ ...draft, kind })} />
      <CommuneSelect
        label={t.fields.commune}
        placeholder={t.fields.noCommune}
        hint={t.fields.communeHint}
        value={draft.commune}
        onValue={(commune) => setDraft({ ...draft, commune })}
        error={checked && communeBad ? t.invalid.commune : undefined}
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
