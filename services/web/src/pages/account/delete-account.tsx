import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { api } from '../../api/client.js';
import { clearSession } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';

function useDeleteAccount() {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  return useMutation({
    mutationFn: () => api<void>('/api/me', { method: 'DELETE' }),
    onSuccess: () => {
      // The server has already ended every session of this account; forget it here too.
      clearSession();
      queryClient.clear();
      navigate('/');
    },
  });
}

/** What the deletion erases and what it keeps (see accounts' deleteMe and each service's handler). */
function Consequences() {
  const { deletion } = useMessages().account;
  return (
    <>
      <p>{deletion.erased}</p>
      <ul>
        {deletion.erasedItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{deletion.kept}</p>
      <ul>
        {deletion.keptItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        <strong>{deletion.bookingsWarning}</strong>{' '}
        <Link href="/bookings">{deletion.bookingsLink}</Link>
      </p>
      <p>{deletion.emailFree}</p>
    </>
  );
}

function Confirmation({ onCancel }: { onCancel: () => void }) {
  const { deletion } = useMessages().account;
  const remove = useDeleteAccount();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="danger-zone">
      <h3 tabIndex={-1} ref={heading}>
        {deletion.confirmTitle}
      </h3>
      <Consequences />
      <ErrorMessage error={remove.error} />
      <div class="actions">
        <Button variant="danger" pending={remove.isPending} onClick={() => remove.mutate()}>
          {remove.isPending ? deletion.pending : deletion.confirm}
        </Button>
        <Button variant="secondary" disabled={remove.isPending} onClick={onCancel}>
          {deletion.cancel}
        </Button>
      </div>
    </div>
  );
}

/** « Supprimer mon compte », in two steps: the second says what goes and what stays. */
export function DeleteAccount() {
  const { deletion } = useMessages().account;
  const [confirming, setConfirming] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Cancelled: back where the person was, not at the top of the page.
    if (!confirming && wasConfirming.current) start.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  return (
    <section aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">{deletion.title}</h2>
      <p>{deletion.intro}</p>
      {confirming ? (
        <Confirmation onCancel={() => setConfirming(false)} />
      ) : (
        <button
          type="button"
          ref={start}
          class="button button--danger"
          onClick={() => setConfirming(true)}
        >
          {deletion.start}
        </button>
      )}
    </section>
  );
}
