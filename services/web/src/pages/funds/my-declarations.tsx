import { useQuery } from '@tanstack/preact-query';
import { useMessages } from '../../i18n/locale.js';
import { QueryState } from '../../ui/query-state.js';
import { keys, type Fund } from './api.js';
import { DeclarationTable } from './declaration-table.js';
import { fetchDeclarations } from './declarations.js';

/** The payments I declared to this fund, and whether the treasurer found them yet. */
export function MyDeclarations({ fund }: { fund: Fund }) {
  const t = useMessages().declarations;
  const mine = useQuery({
    queryKey: keys.declarations(fund.id),
    queryFn: () => fetchDeclarations(fund.id),
  });
  return (
    <section aria-labelledby="my-declarations" class="fund-section">
      <h2 id="my-declarations">{t.mineTitle}</h2>
      <QueryState query={mine} isEmpty={(list) => list.length === 0} empty={t.mineEmpty}>
        {(list) => <DeclarationTable declarations={list} />}
      </QueryState>
    </section>
  );
}
