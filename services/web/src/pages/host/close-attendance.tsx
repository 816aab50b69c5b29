import { useSession } from '../../api/session.js';
import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/problem.js';
import { formatTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { closeAttendance, KEYS, type Roster, type Session } from './api.js';
import {
  DoorMoneyFields,
  EMPTY_DOOR,
  readDoor,
  type Collected,
  type DoorDraft,
  type DoorMeans,
} from './door-money.js';
import {
  hostsDraft,
  readVolunteers,
  VolunteerFields,
  type Volunteer,
  type VolunteerDraft,
} from './volunteer-fields.js';

function useClose(sessionId: string) {
  const queryClient = useQueryClient();
  const key = KEYS.roster(sessionId);
  return useMutation({
    mutationFn: (given: { collected?: Collected | undefined; volunteers?: Volunteer[] }) =>
      closeAttendance(sessionId, given),
    onSuccess: async (summary) => {
      queryClient.setQueryData<Roster>(key, (roster) => roster && { ...roster, closed: summary });
      await queryClient.invalidateQueries({ queryKey: key });
    },
    onError: async (error) => {
      // Already closed (by a co-host): show what was recorded.
      if (error instanceof ApiError && error.code === 'ROSTER_CLOSED')
        await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** « Clôturer la présence », once the session has started, after a confirmation: it is final. */
export function CloseAttendance(props: { session: Session; roster: Roster; started: boolean }) {
  const { session, roster, started } = props;
  const { locale, m } = useLocale();
  const t = m.host.close;
  const me = useSession()?.accountId;
  const [confirming, setConfirming] = useState(false);
  const [door, setDoor] = useState<DoorDraft>(EMPTY_DOOR);
  const [hours, setHours] = useState<VolunteerDraft>(() => hostsDraft(roster));
  const [problems, setProblems] = useState<DoorMeans[]>([]);
  const close = useClose(session.id);
  const submit = () => {
    const read = readDoor(door);
    const volunteers = readVolunteers(hours);
    if ('problems' in read) return setProblems(read.problems);
    if (volunteers === null) return;
    setProblems([]);
    close.mutate({ collected: read.collected, volunteers });
  };
  if (!started) return <p class="muted">{t.notYet(formatTime(session.startsAt, locale))}</p>;
  return (
    <div class="host-close">
      {confirming ? (
        <div class="panel" role="group" aria-label={t.open}>
          <p>{t.confirm}</p>
          <DoorMoneyFields draft={door} problems={problems} onDraft={setDoor} />
          <VolunteerFields roster={roster} me={me} draft={hours} onDraft={setHours} />
          <div class="actions">
            <Button variant="danger" pending={close.isPending} onClick={submit}>
              {t.yes}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t.no}
            </Button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <Button onClick={() => setConfirming(true)}>{t.open}</Button>
        </div>
      )}
      <ErrorMessage error={close.error} />
    </div>
  );
}
