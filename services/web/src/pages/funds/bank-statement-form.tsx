import { useState } from 'preact/hooks';
import { formatDate } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Field } from '../../ui/field.js';
import type { Fund } from './api.js';
import { useBankStatement, type StatementResult } from './declarations.js';
import { useFundFormat } from './format.js';

function StatementLines({ result }: { result: StatementResult }) {
  const t = useMessages().declarations;
  const f = useFundFormat();
  return (
    <>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t.statementTitle}>
        <table class="fund-table">
          <caption class="visually-hidden">{t.statementTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.line}</th>
              <th scope="col">{t.day}</th>
              <th scope="col">{t.label}</th>
              <th scope="col" class="num">
                {t.amount}
              </th>
              <th scope="col">{t.outcome}</th>
            </tr>
          </thead>
          <tbody>
            {result.lines.map((l) => (
              <tr key={l.line}>
                <th scope="row">{l.line}</th>
                <td>{formatDate(l.receivedAt, f.locale)}</td>
                <td>{l.reference}</td>
                <td class="num">{f.euros(l.amountCents)}</td>
                <td>{t.outcomes[l.outcome]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.unreadable.map((u) => (
        <p key={u.line} class="muted">
          {t.unreadable(u.line, t.unreadableParts[u.problem] ?? u.problem)}
        </p>
      ))}
    </>
  );
}

/**
 * The treasurer's bank statement: checked first (what would be confirmed is shown), then
 * confirmed in one go. Sending it again confirms nothing twice.
 */
export function BankStatementForm({ fund }: { fund: Fund }) {
  const t = useMessages().declarations;
  const statement = useBankStatement(fund.id);
  const [csv, setCsv] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const result = statement.data;
  const found =
    result && !result.applied ? result.lines.filter((l) => l.outcome === 'matched') : [];
  const confirmed = result?.applied ? result.lines.filter((l) => l.outcome === 'confirmed') : [];
  const check = (e: Event) => {
    e.preventDefault();
    if (csv === null) return setMissing(true);
    statement.mutate({ csv, apply: false });
  };
  return (
    <form onSubmit={check} noValidate>
      <p>{t.statementIntro}</p>
      <Field label={t.statementFile} error={missing ? t.statementMissing : undefined}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              setMissing(false);
              statement.reset();
              if (file) void file.text().then(setCsv);
            }}
          />
        )}
      </Field>
      <ErrorMessage error={statement.error} />
      <div class="actions">
        <Button type="submit" variant="secondary" pending={statement.isPending}>
          {t.statementCheck}
        </Button>
        {found.length > 0 && csv !== null && (
          <Button
            pending={statement.isPending}
            onClick={() => statement.mutate({ csv, apply: true })}
          >
            {t.statementApply(found.length)}
          </Button>
        )}
      </div>
      <div role="status">
        {result && !result.applied && found.length === 0 && <p>{t.statementNone}</p>}
        {result?.applied && <p class="success">{t.statementDone(confirmed.length)}</p>}
      </div>
      {result && <StatementLines result={result} />}
    </form>
  );
}
