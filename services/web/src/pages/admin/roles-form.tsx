import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import { useSession, type Role } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { KEYS, type Person } from './api.js';

/** The roles a coordinator gives or takes back; everyone stays a resident. */
const GRANTABLE = ['host', 'funder', 'coordinator'] as const;

interface Change {
  grant: Role[];
  revoke: Role[];
}

function changeOf(person: Person, chosen: Set<Role>): Change {
  return {
    grant: GRANTABLE.filter((role) => chosen.has(role) && !person.roles.includes(role)),
    revoke: GRANTABLE.filter((role) => !chosen.has(role) && person.roles.includes(role)),
  };
}

function RoleBox({
  role,
  checked,
  onToggle,
}: {
  role: (typeof GRANTABLE)[number];
  checked: boolean;
  onToggle: () => void;
}) {
  const t = useMessages().admin.people;
  const id = `admin-role-${role}`;
  return (
    <div class="admin-check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={onToggle}
        aria-describedby={`${id}-hint`}
      />
      <label for={id}>{t.roles[role]}</label>
      <p class="hint" id={`${id}-hint`}>
        {t.roleHints[role]}
      </p>
    </div>
  );
}

/** Grants and revokes the person's roles in one request (only what changed). */
export function RolesForm({ person }: { person: Person }) {
  const t = useMessages().admin.people;
  const session = useSession();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState(() => new Set<Role>(person.roles));
  const [unchanged, setUnchanged] = useState(false);
  const save = useMutation({
    mutationFn: (body: Change) =>
      api<Person>(`/api/accounts/${encodeURIComponent(person.id)}/roles`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEYS.person(person.email) }),
  });
  const toggle = (role: Role) => {
    const next = new Set(chosen);
    if (!next.delete(role)) next.add(role);
    setChosen(next);
    setUnchanged(false);
    save.reset();
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const change = changeOf(person, chosen);
    setUnchanged(change.grant.length + change.revoke.length === 0);
    if (change.grant.length + change.revoke.length > 0) save.mutate(change);
  };
  return (
    <form onSubmit={submit}>
      <fieldset class="admin-fieldset">
        <legend>{t.rolesLegend(person.displayName)}</legend>
        <p class="hint">{t.residentNote}</p>
        {GRANTABLE.map((role) => (
          <RoleBox
            key={role}
            role={role}
            checked={chosen.has(role)}
            onToggle={() => toggle(role)}
          />
        ))}
        {session?.accountId === person.id && <p class="hint">{t.yourself}</p>}
      </fieldset>
      <ErrorMessage error={save.error} />
      <p class="success" role="status">
        {save.isSuccess ? t.rolesSaved : unchanged ? t.nothingToChange : ''}
      </p>
      <Button type="submit" pending={save.isPending}>
        {t.saveRoles}
      </Button>
    </form>
  );
}
