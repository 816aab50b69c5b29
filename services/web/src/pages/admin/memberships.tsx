import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { OrganisationSelect } from '../../ui/organisation-select.js';
import { KEYS, setMembership, type Organisation, type Person } from './api.js';

interface Change {
  organisationId: string;
  /** For the message once done. */
  name: string;
  member: boolean;
}

interface AddProps {
  choices: Organisation[];
  pending: boolean;
  onAdd: (organisation: Organisation) => void;
}

function AddMembership({ choices, pending, onAdd }: AddProps) {
  const t = useMessages().admin.organisations;
  const [picked, setChosen] = useState('');
  // Once added, the organisation leaves the choices: back to "choose one".
  const chosen = choices.some((o) => o.id === picked) ? picked : '';
  const [missing, setMissing] = useState(false);
  if (choices.length === 0) return <p class="muted">{t.noOrganisationToJoin}</p>;
  const submit = (event: Event) => {
    event.preventDefault();
    const organisation = choices.find((o) => o.id === chosen);
    setMissing(!organisation);
    if (organisation) onAdd(organisation);
  };
  return (
    <form onSubmit={submit} noValidate class="admin-search">
      <OrganisationSelect
        label={t.addTo}
        placeholder={t.chooseOrganisation}
        error={missing ? t.chooseFirst : undefined}
        value={chosen}
        onValue={setChosen}
        organisations={choices}
      />
      <Button type="submit" pending={pending}>
        {t.addMember}
      </Button>
    </form>
  );
}

/** The organisations a person acts for: adding and removing them. */
export function Memberships({
  person,
  organisations,
}: {
  person: Person;
  organisations: Organisation[];
}) {
  const t = useMessages().admin.organisations;
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: ({ organisationId, member }: Change) =>
      setMembership(organisationId, person.id, member),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEYS.person(person.email) }),
  });
  const nameOf = (id: string) =>
    organisations.find((o) => o.id === id)?.name ?? t.unknownOrganisation;
  const pendingFor = (id: string, member: boolean) =>
    change.isPending &&
    change.variables.organisationId === id &&
    change.variables.member === member;
  const done = change.isSuccess ? change.variables : undefined;
  return (
    <>
      <p>
        {person.organisations.length > 0
          ? t.memberOf(person.displayName)
          : t.memberOfNone(person.displayName)}
      </p>
      <ul class="admin-members">
        {person.organisations.map((id) => (
          <li key={id}>
            <span>{nameOf(id)}</span>
            <Button
              variant="secondary"
              aria-label={t.removeLabel(nameOf(id))}
              pending={pendingFor(id, false)}
              onClick={() => change.mutate({ organisationId: id, name: nameOf(id), member: false })}
            >
              {t.remove}
            </Button>
          </li>
        ))}
      </ul>
      <AddMembership
        choices={organisations.filter((o) => !person.organisations.includes(o.id))}
        pending={change.isPending && change.variables.member}
        onAdd={(o) => change.mutate({ organisationId: o.id, name: o.name, member: true })}
      />
      <ErrorMessage error={change.error} />
      <p class="success" role="status">
        {done ? (done.member ? t.memberAdded : t.removed)(done.name) : ''}
      </p>
      <p class="hint">{t.tokenNote}</p>
    </>
  );
}
