import { useQuery } from '@tanstack/preact-query';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { TextField } from '../../ui/field.js';
import { QueryState } from '../../ui/query-state.js';
import { findPerson, KEYS, type Person } from './api.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface PersonSearchProps {
  /** What to show and do once the person is found. */
  children: (person: Person) => ComponentChildren;
}

/** Finds one person by the exact address of their account (the accounts service has no browsing). */
export function PersonSearch({ children }: PersonSearchProps) {
  const t = useMessages().admin.people;
  const [typed, setTyped] = useState('');
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState(false);
  const person = useQuery({
    queryKey: KEYS.person(email),
    queryFn: () => findPerson(email),
    enabled: email !== '',
  });
  const outcome =
    email === '' || !person.isSuccess || person.isFetching
      ? ''
      : person.data
        ? t.found(person.data.displayName)
        : t.notFound(email);
  const submit = (event: Event) => {
    event.preventDefault();
    const address = typed.trim().toLowerCase();
    setInvalid(!EMAIL.test(address));
    if (!EMAIL.test(address)) return;
    setEmail(address);
    if (address === email) void person.refetch();
  };
  return (
    <>
      <form onSubmit={submit} noValidate class="admin-search" role="search">
        <TextField
          label={t.email}
          hint={t.emailHint}
          type="email"
          autoComplete="off"
          value={typed}
          onValue={setTyped}
          error={invalid ? t.emailInvalid : undefined}
          maxLength={254}
        />
        <Button type="submit" pending={person.isFetching}>
          {person.isFetching ? t.searching : t.search}
        </Button>
      </form>
      {/* Always there, so that screen readers announce what the search found. */}
      <p role="status" class={person.data ? 'success' : undefined}>
        {outcome}
      </p>
      {email !== '' && (
        <QueryState query={person}>{(found) => found && children(found)}</QueryState>
      )}
    </>
  );
}
