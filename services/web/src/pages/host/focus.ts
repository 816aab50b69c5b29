import { useEffect, useRef } from 'preact/hooks';

/**
 * After a refused try, the first field to fix gets the focus (its error is read with it).
 * `attempt` grows on each try; `error` is the server's answer, which can mark fields too.
 */
export function useFocusFirstInvalid(attempt: number, error: unknown) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, error]);
  return form;
}
