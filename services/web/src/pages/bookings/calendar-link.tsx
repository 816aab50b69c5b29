import { useMutation } from '@tanstack/preact-query';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/problem.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { createCalendarLink, revokeCalendarLink } from './api.js';
import { Feedback } from './feedback.js';
import { useIdempotencyKey } from '../../api/idempotency.js';

/** Calendar apps subscribe to `webcal:` addresses (iPhone opens its "Subscribe" screen). */
const webcal = (url: string) => url.replace(/^https?:\/\//, 'webcal://');

function ShownOnce({ url }: { url: string }) {
  const t = useMessages().bookings.calendar;
  const [copied, setCopied] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  // Shown once: take the person straight to it.
  useEffect(() => input.current?.focus(), [url]);
  // The clipboard is missing on pages not served over HTTPS: then the person copies by hand.
  const copy = () =>
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(url))
      .then(() => setCopied(t.copied))
      .catch(() => {
        input.current?.select();
        setCopied(t.copyFailed);
      });
  return (
    <div class="calendar-url">
      <label for="calendar-url">{t.url}</label>
      <p class="hint" id="calendar-url-hint">
        {t.urlHint}
      </p>
      <textarea
        id="calendar-url"
        ref={input}
        rows={3}
        readOnly
        value={url}
        aria-describedby="calendar-url-hint"
        onFocus={(e) => (e.target as HTMLTextAreaElement).select()}
      />
      <div class="actions">
        <a class="button button--primary" href={webcal(url)}>
          {t.subscribe}
        </a>
        <Button variant="secondary" onClick={() => void copy()}>
          {t.copy}
        </Button>
      </div>
      <p class="feedback" role="status">
        {copied}
      </p>
    </div>
  );
}

function HowTo() {
  const t = useMessages().bookings.calendar;
  return (
    <details class="calendar-howto">
      <summary>{t.howTo}</summary>
      <ul>
        <li>{t.iphone}</li>
        <li>{t.android}</li>
        <li>{t.other}</li>
      </ul>
    </details>
  );
}

/** Making and revoking the feed; only one of their outcomes shows at a time. */
function useCalendarFeed() {
  const t = useMessages().bookings.calendar;
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState('');
  const key = useIdempotencyKey();
  const create = useMutation({
    mutationFn: () => createCalendarLink(key.keyFor({ calendar: true })),
    onSuccess: (answer) => {
      key.done();
      setMessage('');
      setUrl(answer.url);
    },
  });
  const revoke = useMutation({
    mutationFn: () =>
      revokeCalendarLink().then(
        () => t.revoked,
        (error: unknown) => {
          if (error instanceof ApiError && error.code === 'CALENDAR_NOT_FOUND') return t.noLink;
          throw error;
        },
      ),
    onSuccess: (text) => {
      setUrl('');
      setMessage(text);
    },
  });
  return {
    url,
    message,
    create,
    revoke,
    error: create.error ?? revoke.error,
    onCreate: () => {
      revoke.reset();
      create.mutate();
    },
    onRevoke: () => {
      create.reset();
      revoke.mutate();
    },
  };
}

/** The personal calendar feed: its secret address is shown once, right after it is made. */
export function CalendarLink() {
  const t = useMessages().bookings.calendar;
  const feed = useCalendarFeed();
  return (
    <section class="panel calendar-link" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t.title}</h2>
      <p>{t.intro}</p>
      {feed.url && <ShownOnce url={feed.url} />}
      <HowTo />
      <div class="calendar-actions">
        <div>
          <Button
            variant={feed.url ? 'secondary' : 'primary'}
            pending={feed.create.isPending}
            onClick={feed.onCreate}
            aria-describedby="calendar-create-hint"
          >
            {t.create}
          </Button>
          <p class="hint" id="calendar-create-hint">
            {t.createHint}
          </p>
        </div>
        <div>
          <Button
            variant="secondary"
            pending={feed.revoke.isPending}
            onClick={feed.onRevoke}
            aria-describedby="calendar-revoke-hint"
          >
            {t.revoke}
          </Button>
          <p class="hint" id="calendar-revoke-hint">
            {t.revokeHint}
          </p>
        </div>
      </div>
      <ErrorMessage error={feed.error} />
      <Feedback message={feed.message} />
    </section>
  );
}
