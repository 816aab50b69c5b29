import { useQuery } from '@tanstack/preact-query';
import { communeName, formatEuros } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { QueryState } from '../../ui/query-state.js';
import { ProducedView } from './produced-view.js';
import { fetchResults, keys, type ProposalResult, type RoundResults } from './api.js';

function ResultRow({ result }: { result: ProposalResult }) {
  const { locale, m } = useLocale();
  const t = m.rounds.results;
  const funded = result.selected ? <strong>{t.yes}</strong> : t.no;
  return (
    <tr>
      <td class="col-wide">{result.rank}</td>
      {/* On a phone the rank and the verdict move into this cell: five columns do not fit. */}
      <th scope="row">
        <span class="col-narrow">{t.rankPrefix(result.rank)}</span>
        {result.title}
        <span class="result-commune">{communeName(result.commune)}</span>
        <span class="col-narrow">{funded}</span>
      </th>
      <td>{result.votes}</td>
      <td class="amount">{formatEuros(result.costCents, locale)}</td>
      <td class="col-wide">{funded}</td>
    </tr>
  );
}

function RankingTable({ results }: { results: RoundResults }) {
  const { locale, m } = useLocale();
  const t = m.rounds.results;
  return (
    <div class="table-scroll">
      <table class="results-table">
        <caption class="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="col-wide">
              {t.rank}
            </th>
            <th scope="col">{t.project}</th>
            <th scope="col">{t.votes}</th>
            <th scope="col">{t.cost}</th>
            <th scope="col" class="col-wide">
              {t.funded}
            </th>
          </tr>
        </thead>
        <tbody>
          {results.proposals.map((p) => (
            <ResultRow key={p.proposalId} result={p} />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td class="col-wide" />
            <th scope="row" colSpan={2}>
              {t.total}
            </th>
            <td class="amount">{formatEuros(results.selectedCents, locale)}</td>
            <td class="col-wide" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Turnout({ results }: { results: RoundResults }) {
  const t = useLocale().m.rounds.results;
  return (
    <>
      <h3>{t.turnoutTitle}</h3>
      <p>
        {t.voters(results.turnout.voters)}{' '}
        {results.turnout.abstentions > 0 && t.abstentions(results.turnout.abstentions)}
      </p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{t.turnoutCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.commune}</th>
              <th scope="col">{t.voterCount}</th>
            </tr>
          </thead>
          <tbody>
            {results.turnout.byCommune.map((c) => (
              <tr key={c.commune}>
                <th scope="row">
                  {communeName(c.commune)} {!c.eligibleCommune && t.outside}
                </th>
                <td>{c.voters}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The published results: ranked proposals, votes, funded or not, the total, the turnout. */
export function ResultsView({ roundId }: { roundId: string }) {
  const { locale, m } = useLocale();
  const t = m.rounds.results;
  const results = useQuery({
    queryKey: keys.results(roundId),
    queryFn: () => fetchResults(roundId),
  });
  return (
    <QueryState query={results}>
      {(r) => (
        <>
          <p>
            {t.summary(
              r.selected.length,
              formatEuros(r.selectedCents, locale),
              formatEuros(r.envelopeCents, locale),
            )}
          </p>
          {r.proposals.length === 0 ? <p class="muted">{t.empty}</p> : <RankingTable results={r} />}
          <ProducedView produced={r.produced} />
          <Turnout results={r} />
        </>
      )}
    </QueryState>
  );
}
