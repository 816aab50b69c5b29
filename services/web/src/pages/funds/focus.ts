import { useEffect, useRef } from 'preact/hooks';

/**
 * After a refused try, the first field to fix gets the focus (its error is read with it).
 * With no field at fault, focus returns to the submit button, which lost it while disabled.
 * `attempt` and `error` change on each try (the error a render after the attempt).
 */
export function useFocusFirstInvalid(attempt: number, error: unknown) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempt === 0 || !form.current) return;
    const invalid = form.current.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else if (document.activeElement === document.body)
      form.current.querySelector<HTMLElement>('[type="submit"]')?.focus();
  }, [attempt, error]);
  return form;
}
