import { useQuery } from '@tanstack/preact-query';
import { api } from '../../api/client.js';
import { formatDateTime } from '../../format/index.js';
import { useLocale, useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import type { DeadLetter, Person, ReplayTarget } from './api.js';

/** The recipient's name and address (coordinators may read any account), else their id. */
function Recipient({ id }: { id: string | null }) {
  const t = useMessages().admin.deadLetters;
  const account = useQuery({
    queryKey: ['admin', 'account', id],
    queryFn: () =>
      api<Omit<Person, 'organisations'>>(`/api/accounts/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    staleTime: 5 * 60_000,
  });
  if (id === null) return <>{t.unknownRecipient}</>;
  if (!account.data) return <code>{id}</code>;
  return (
    <>
      {account.data.displayName}
      <br />
      <span class="muted">{account.data.email}</span>
    </>
  );
}

interface RowProps {
  letter: DeadLetter;
  pending: boolean;
  onReplay: (seq: number) => void;
}

function Row({ letter, pending, onReplay }: RowProps) {
  const { locale, m } = useLocale();
  const t = m.admin.deadLetters;
  return (
    <tr>
      <td data-label={t.when}>{formatDateTime(letter.deadLetteredAt, locale)}</td>
      <th scope="row" data-label={t.kind}>
        {(letter.kind && t.kinds[letter.kind]) ?? t.unknownKind}
      </th>
      <td data-label={t.recipient}>
        <Recipient id={letter.recipientId} />
      </td>
      <td class="admin-error-text" data-label={t.error}>
        {letter.error}
      </td>
      <td data-label={t.attempts}>{letter.attempts}</td>
      <td data-label={t.status}>
        {(letter.emailStatus && t.statuses[letter.emailStatus]) ?? t.unknownStatus}
      </td>
      <td>
        <Button
          variant="secondary"
          aria-label={t.replayLabel(letter.seq)}
          pending={pending}
          onClick={() => onReplay(letter.seq)}
        >
          {pending ? t.replaying : t.replay}
        </Button>
      </td>
    </tr>
  );
}

interface TableProps {
  letters: DeadLetter[];
  pendingSeq: ReplayTarget | undefined;
  onReplay: (seq: number) => void;
}

export function DeadLetterTable({ letters, pendingSeq, onReplay }: TableProps) {
  const t = useMessages().admin.deadLetters;
  return (
    <div class="table-scroll">
      <table class="admin-stack">
        <caption class="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            {[t.when, t.kind, t.recipient, t.error, t.attempts, t.status, t.action].map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {letters.map((letter) => (
            <Row
              key={letter.seq}
              letter={letter}
              pending={pendingSeq === letter.seq || pendingSeq === 'all'}
              onReplay={onReplay}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
