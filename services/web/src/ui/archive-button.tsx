import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { api } from '../api/client.js';
import { useMessages } from '../i18n/locale.js';
import { Button } from './button.js';
import { ErrorMessage } from './error-message.js';

interface ArchiveButtonProps {
  /** The archive route, e.g. `/api/communes/vassieux-en-vercors/archive`. */
  path: string;
  /** What is archived, as people know it. */
  name: string;
  /** The lists it leaves. */
  queryKey: readonly unknown[];
  onDone?: (said: string) => void;
}

/**
 * Retiring something (a commune, an organisation, a venue, a fund): asked twice, since it
 * leaves every list, but nothing is deleted.
 */
export function ArchiveButton({ path, name, queryKey, onDone }: ArchiveButtonProps) {
  const t = useMessages().common;
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const archive = useMutation({
    mutationFn: () => api<unknown>(path, { method: 'POST' }),
    onSuccess: () => {
      setAsking(false);
      onDone?.(t.archive.done(name));
    },
    onSettled: () => client.invalidateQueries({ queryKey }),
  });
  if (!asking)
    return (
      <Button
        variant="secondary"
        aria-label={t.archive.label(name)}
        onClick={() => setAsking(true)}
      >
        {t.archive.button}
      </Button>
    );
  return (
    <div role="group" aria-label={t.archive.label(name)} class="archive-confirm">
      <p>{t.archive.confirm(name)}</p>
      <ErrorMessage error={archive.error} />
      <div class="actions">
        <Button variant="danger" pending={archive.isPending} onClick={() => archive.mutate()}>
          {t.archive.yes}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {t.cancel}
        </Button>
      </div>
    </div>
  );
}
