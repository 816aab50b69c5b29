import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { useLocation, useSearch } from 'wouter-preact';
import { api } from '../../api/client.js';
import { setTokens } from '../../api/session.js';
import { useLocale } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import type { Registration, TokenPair } from './api.js';
import { useIdempotencyKeyFor } from '../../api/idempotency.js';
import { safeNextPath } from './next-path.js';
import { serverProblems } from './server-problems.js';
import {
  communeProblem,
  displayNameProblem,
  emailProblem,
  hasProblems,
  passwordProblem,
  type Problems,
} from './validation.js';

/** Registration succeeded but signing in did not: the person must know the account exists. */
export class SignInAfterSignUpError extends Error {
  constructor(override readonly cause: unknown) {
    super('signed up, not signed in');
  }
}

export async function signIn(email: string, password: string): Promise<void> {
  const body = { email, password };
  setTokens(await api<TokenPair>('/api/auth/login', { method: 'POST', body }));
}

async function registerAndSignIn(body: Registration, idempotencyKey: string): Promise<void> {
  await api('/api/accounts', { method: 'POST', body, idempotencyKey });
  await signIn(body.email, body.password).catch((error: unknown) => {
    throw new SignInAfterSignUpError(error);
  });
}

function formProblems(form: Registration, m: Messages): Problems {
  const t = m.account.validation;
  return {
    email: emailProblem(form.email, t),
    password: passwordProblem(form.password, form, t),
    displayName: displayNameProblem(form.displayName, t),
    commune: communeProblem(form.commune, t),
  };
}

const trimmed = (form: Registration): Registration => ({
  ...form,
  email: form.email.trim(),
  displayName: form.displayName.trim(),
});

function useRegistration(next: string, onError: () => void) {
  const { locale, setLocale } = useLocale();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKeyFor();
  return useMutation({
    mutationFn: (body: Registration) => registerAndSignIn(body, keyFor(body)),
    onSuccess: (_done, body) => {
      // Nothing cached for whoever used this browser before may show to the new person.
      queryClient.clear();
      if (body.locale !== locale) setLocale(body.locale);
      navigate(next);
    },
    onError,
  });
}

/** The sign-up form's state: checked here first, then sent; signed in at once on success. */
export function useSignUp() {
  const { locale, m } = useLocale();
  const next = safeNextPath(useSearch());
  const [form, setForm] = useState<Registration>(() => ({
    ...{ email: '', password: '', displayName: '', commune: '' },
    locale,
  }));
  const [problems, setProblems] = useState<Problems>({});
  // Bumped on every refused try, so that the page moves focus to the first field to fix.
  const [attempt, setAttempt] = useState(0);
  const mutation = useRegistration(next, () => setAttempt((n) => n + 1));
  const set =
    <K extends keyof Registration>(field: K) =>
    (value: Registration[K]) => {
      setForm((current) => ({ ...current, [field]: value }));
      setProblems((current) => ({ ...current, [field]: undefined }));
      if (mutation.isError) mutation.reset();
    };
  const submit = (event: Event) => {
    event.preventDefault();
    const found = formProblems(form, m);
    setProblems(found);
    setAttempt((n) => n + 1);
    if (!hasProblems(found)) mutation.mutate(trimmed(form));
  };
  const shown: Problems = { ...serverProblems(mutation.error, m), ...clean(problems) };
  return { form, set, submit, mutation, problems: shown, attempt, next };
}

const clean = (problems: Problems): Problems =>
  Object.fromEntries(Object.entries(problems).filter(([, text]) => text));
