import { useQuery } from '@tanstack/preact-query';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { RequireSession } from '../../ui/require-session.js';
import { fetchFunds } from './api.js';
import { NewRoundForm } from './new-round-form.js';
import './rounds.css';

function NewRound() {
  const t = useMessages().rounds.create;
  const funds = useQuery({ queryKey: ['rounds', 'funds'], queryFn: fetchFunds });
  return (
    <Page title={t.title}>
      <p>{t.intro}</p>
      <QueryState query={funds} isEmpty={(list) => list.length === 0} empty={t.noFund}>
        {(list) => <NewRoundForm funds={list} />}
      </QueryState>
    </Page>
  );
}

/** Coordinators set up a round: envelope, voters' communes, way of voting, calendar. */
export default function NewRoundPage() {
  return (
    <RequireSession roles={['coordinator']}>
      <NewRound />
    </RequireSession>
  );
}
