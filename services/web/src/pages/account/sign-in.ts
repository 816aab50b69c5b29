import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { useLocation, useSearch } from 'wouter-preact';
import { useMessages } from '../../i18n/locale.js';
import { safeNextPath } from './next-path.js';
import { signIn } from './sign-up.js';
import { emailProblem, hasProblems, type Problems } from './validation.js';

/** The sign-in form's state: both fields checked here, then the server's answer. */
export function useSignIn() {
  const m = useMessages();
  const [, navigate] = useLocation();
  const next = safeNextPath(useSearch());
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ email: '', password: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const mutation = useMutation({
    mutationFn: () => signIn(form.email.trim(), form.password),
    onSuccess: () => {
      // Nothing cached for whoever used this browser before may show to this person.
      queryClient.clear();
      navigate(next);
    },
    onError: () => setAttempt((n) => n + 1),
  });
  const set = (field: 'email' | 'password') => (value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const t = m.account.validation;
    const found: Problems = {
      email: emailProblem(form.email, t),
      password: form.password ? undefined : t.passwordMissing,
    };
    setProblems(found);
    setAttempt((n) => n + 1);
    if (!hasProblems(found)) mutation.mutate();
  };
  return { form, set, submit, mutation, problems, attempt, next };
}
