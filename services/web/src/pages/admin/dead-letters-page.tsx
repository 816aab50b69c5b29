import { useMutation, useQuery, useQueryClient } from '@tanstack/preact-query';
import type { EmailReplayResponse, FailedEmailsResponse } from '@fabrique/contracts';
import { api } from '../../api/client.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { QueryState } from '../../ui/query-state.js';
import { AdminPage, CoordinatorsOnly } from './admin-page.js';
import { KEYS, type ReplayTarget } from './api.js';
import { DeadLetterTable } from './dead-letter-table.js';

function useReplay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: ReplayTarget) =>
      api<EmailReplayResponse>(
        target === 'all'
          ? '/api/notifications/dead-letters/replay'
          : `/api/notifications/dead-letters/${target}/replay`,
        { method: 'POST' },
      ),
    // Refreshed even after a refusal: the letter may have been replayed by someone else.
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEYS.deadLetters }),
  });
}

function DeadLetters() {
  const t = useMessages().admin.deadLetters;
  const letters = useQuery({
    queryKey: KEYS.deadLetters,
    queryFn: () => api<FailedEmailsResponse>('/api/notifications/dead-letters'),
    staleTime: 0,
  });
  const replay = useReplay();
  const count = letters.data?.items.length ?? 0;
  return (
    <AdminPage title={t.title}>
      <p>{t.intro}</p>
      <div class="actions">
        {count > 0 && (
          <Button
            pending={replay.isPending && replay.variables === 'all'}
            onClick={() => replay.mutate('all')}
          >
            {replay.isPending && replay.variables === 'all' ? t.replaying : t.replayAll}
          </Button>
        )}
        <Button
          variant="secondary"
          pending={letters.isFetching}
          onClick={() => void letters.refetch()}
        >
          {t.refresh}
        </Button>
      </div>
      <ErrorMessage error={replay.error} />
      <p class="success" role="status">
        {replay.isSuccess ? t.replayed(replay.data.replayed) : ''}
      </p>
      <QueryState query={letters} isEmpty={(data) => data.items.length === 0} empty={t.empty}>
        {(data) => (
          <>
            <p>{t.count(data.items.length)}</p>
            <DeadLetterTable
              letters={data.items}
              pendingSeq={replay.isPending ? replay.variables : undefined}
              onReplay={(seq) => replay.mutate(seq)}
            />
          </>
        )}
      </QueryState>
    </AdminPage>
  );
}

/** Emails that failed every attempt: why, and sending them again. */
export default function DeadLettersPage() {
  return (
    <CoordinatorsOnly>
      <DeadLetters />
    </CoordinatorsOnly>
  );
}
