import { useEffect, useRef } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDate, formatTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import type { Occurrence } from './api.js';
import { conflictingSessionId } from './schedule-draft.js';

interface PreviewProps {
  dates: Occurrence[];
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
}

/** The dates the API would create, to check before confirming (nothing is created yet). */
export function SchedulePreview({ dates, pending, error, onConfirm }: PreviewProps) {
  const { locale, m } = useLocale();
  const t = m.host.schedule;
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen-reader and keyboard users land on the dates they asked for.
  useEffect(() => heading.current?.focus(), [dates]);
  const conflict = conflictingSessionId(error);
  return (
    <div class="panel host-preview">
      <h3 tabIndex={-1} ref={heading}>
        {t.previewHeading(dates.length)}
      </h3>
      <p class="muted">{t.previewCheck}</p>
      <ol class="host-dates">
        {dates.map((date) => (
          <li key={date.startsAt}>
            {formatDate(date.startsAt, locale)}, {formatTime(date.startsAt, locale)}–
            {formatTime(date.endsAt, locale)}
          </li>
        ))}
      </ol>
      <ErrorMessage error={error} />
      {conflict && (
        <p>
          <Link href={`/host/sessions/${conflict}`}>{t.conflict}</Link>
        </p>
      )}
      <div class="actions">
        <Button pending={pending} onClick={onConfirm}>
          {dates.length === 1 ? t.confirmOne : t.confirmMany}
        </Button>
      </div>
    </div>
  );
}
