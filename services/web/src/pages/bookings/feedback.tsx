import { useEffect, useRef } from 'preact/hooks';

/**
 * The outcome of an action, announced and focused: the button pressed has usually gone
 * (the booking changed), so focus lands on what happened instead of the page's top.
 */
export function Feedback({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <p class="success feedback" role="status" tabIndex={-1} ref={ref}>
      {message}
    </p>
  );
}
