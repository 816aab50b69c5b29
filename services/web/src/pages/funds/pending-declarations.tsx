import { useRef, useState } from 'preact/hooks';
import { formatDate } from '../../format/index.js';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { TextField } from '../../ui/field.js';
import type { Fund, Organisation } from './api.js';
import { useDecideDeclaration, type Declaration } from './declarations.js';
import { useFundFormat } from './format.js';

function RejectForm({
  declaration,
  fund,
  onDone,
  onCancel,
}: {
  declaration: Declaration;
  fund: Fund;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const { declarations: t, common } = useMessages();
  const f = useFundFormat();
  const decide = useDecideDeclaration(fund.id);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    const text = reason.trim();
    if (!text) return setMissing(true);
    decide.mutate(
      { declaration, reason: text },
      { onSuccess: () => onDone(t.rejected(f.euros(declaration.amountCents))) },
    );
  };
  return (
    <form onSubmit={submit} noValidate class="reject-form">
      <TextField
        label={t.rejectReason}
        hint={t.rejectHint}
        value={reason}
        maxLength={500}
        onValue={(v) => {
          setReason(v);
          setMissing(false);
        }}
        error={missing ? t.rejectMissing : undefined}
        autoFocus
      />
      <ErrorMessage error={decide.error} />
      <div class="actions">
        <Button type="submit" variant="danger" pending={decide.isPending}>
          {t.confirmReject}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {common.cancel}
        </Button>
      </div>
    </form>
  );
}

function DeclarationCard(props: {
  declaration: Declaration;
  fund: Fund;
  organisations: Organisation[];
  onDone: (text: string) => void;
}) {
  const { declaration: d, fund, organisations, onDone } = props;
  const t = useMessages().declarations;
  const f = useFundFormat();
  const decide = useDecideDeclaration(fund.id);
  const [rejecting, setRejecting] = useState(false);
  const amount = f.euros(d.amountCents);
  const organisation =
    d.contributor?.type === 'organisation'
      ? organisations.find((o) => o.id === d.contributor?.id)
      : undefined;
  const from = d.sessionId
    ? t.atTheDoor
    : organisation
      ? t.organisation(organisation.name)
      : t.resident;
  return (
    <li class="card">
      <h3>
        {t.kinds[d.kind]} · {amount} · {from}
      </h3>
      <p class="muted">{t.declaredOn(formatDate(d.occurredAt, f.locale), d.reference)}</p>
      {d.note && <p>{d.note}</p>}
      {!rejecting && (
        <div class="actions">
          <Button
            pending={decide.isPending}
            onClick={() =>
              decide.mutate({ declaration: d }, { onSuccess: () => onDone(t.confirmed(amount)) })
            }
          >
            {t.confirm}
            <span class="visually-hidden">{t.about(amount)}</span>
          </Button>
          <Button variant="danger" onClick={() => setRejecting(true)}>
            {t.reject}
            <span class="visually-hidden">{t.about(amount)}</span>
          </Button>
        </div>
      )}
      <ErrorMessage error={decide.error} />
      {rejecting && (
        <RejectForm
          declaration={d}
          fund={fund}
          onDone={onDone}
          onCancel={() => setRejecting(false)}
        />
      )}
    </li>
  );
}

/** Coordinators: declared payments waiting to be found on the bank statement, oldest first. */
export function PendingDeclarations(props: {
  declarations: Declaration[];
  organisations: Organisation[];
  fund: Fund;
}) {
  const t = useMessages().declarations;
  const [said, setSaid] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  // The decided card leaves the list with the focus: it goes to what was done.
  const done = (text: string) => {
    setSaid(text);
    setTimeout(() => status.current?.focus(), 0);
  };
  const waiting = props.declarations.filter((d) => d.status === 'declared').reverse();
  return (
    <>
      <p>{t.pendingIntro}</p>
      <p role="status" class="success" tabIndex={-1} ref={status}>
        {said}
      </p>
      {waiting.length === 0 ? (
        <p class="muted">{t.nonePending}</p>
      ) : (
        <ul class="cards">
          {waiting.map((d) => (
            <DeclarationCard
              key={d.id}
              declaration={d}
              fund={props.fund}
              organisations={props.organisations}
              onDone={done}
            />
          ))}
        </ul>
      )}
    </>
  );
}
