import type { Entry } from '../domain/entry.js';
import type { Statement } from '../domain/statement.js';

const frenchDate = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeZone: 'Europe/Paris',
});
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

import { euros as formatCents } from '../domain/money.js';

export { formatCents };

type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell, separator = ','): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quotes around anything with a separator, quote or line break; a leading =+-@ could be
  // run as a formula by a spreadsheet, so it is prefixed with a quote mark.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  const needsQuotes = /["\n\r;]/.test(safe) || safe.includes(separator);
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return (
    [header, ...rows].map((row) => row.map((cell) => csvCell(cell)).join(',')).join('\r\n') + '\r\n'
  );
}

export const LEDGER_CSV_HEADER = [
  'entry_id',
  'fund_id',
  'kind',
  'reversed_kind',
  'amount_cents',
  'amount_eur',
  'category',
  'contributor_type',
  'contributor_id',
  'commune',
  'line_item',
  'session_id',
  'workshop_id',
  'occurred_at',
  'recorded_at',
  'recorded_by',
  'source_type',
  'source_ref',
  'group_id',
  'reverses',
  'note',
];

export function ledgerCsv(entries: Entry[]): string {
  return toCsv(
    LEDGER_CSV_HEADER,
    entries.map((e) => [
      e.id,
      e.fundId,
      e.kind,
      e.reversedKind,
      e.amountCents,
      (e.amountCents / 100).toFixed(2),
      e.category,
      e.contributor?.type,
      e.contributor?.id,
      e.commune,
      e.lineItemId,
      e.sessionId,
      e.workshopId,
      e.occurredAt.toISOString(),
      e.recordedAt.toISOString(),
      e.recordedBy,
      e.source.type,
      e.source.ref,
      e.groupId,
      e.reverses,
      e.note,
    ]),
  );
}

/**
 * The funder's money, then the time they gave (`in_kind` rows: a session, its minutes and
 * their value), each row saying which it is, so a spreadsheet never adds one to the other.
 */
export function statementCsv(s: Statement): string {
  return toCsv(
    ['nature', 'entry_id', 'occurred_at', 'amount_cents', 'amount_eur', 'reference', 'minutes'],
    [
      ...s.contributions.map((c) => [
        'cash',
        c.entryId,
        c.occurredAt,
        c.amountCents,
        (c.amountCents / 100).toFixed(2),
        c.reference,
        null,
      ]),
      ...s.inKind.given.sessions.map((g) => [
        'in_kind',
        null,
        g.startsAt,
        g.valuedCents,
        (g.valuedCents / 100).toFixed(2),
        `session ${g.sessionId}`,
        g.minutes,
      ]),
    ],
  );
}

/** The in-kind box of the certificate: the funder's own hours if any, and the period's. */
function inKindHtml(s: Statement): string {
  const k = s.inKind;
  if (k.volunteerHours === 0) return '';
  const own =
    k.given.sessions.length > 0
      ? `<p><strong>${escapeHtml(s.funder.name)}</strong> a ${s.contributedCents > 0 ? 'aussi ' : ''}donné <strong>${decimal.format(k.given.volunteerHours)} heures de bénévolat</strong>
(${k.given.sessions.length} séances), valorisées à <strong>${formatCents(k.given.valuedCents)}</strong>.</p>`
      : '';
  return `<div class="box"><h2>Contributions en nature</h2>${own}
<p>Pendant la période, ${k.volunteers} bénévoles ont donné ${decimal.format(k.volunteerHours)} heures, valorisées à
${formatCents(k.valuedCents)} au taux horaire du fonds. Ces heures figurent à côté des versements, jamais dans le solde
ni dans les totaux ci-dessus (comptes 86 et 87 du plan comptable des associations).</p></div>`;
}

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** A one-page certificate in French, laid out for "print to PDF" from any browser. */
export function certificateHtml(s: Statement): string {
  const from = frenchDate.format(new Date(s.period.from));
  const to = frenchDate.format(new Date(new Date(s.period.to).getTime() - 1));
  const rows = s.contributions
    .map(
      (c) =>
        `<tr><td>${frenchDate.format(new Date(c.occurredAt))}</td><td>${escapeHtml(c.reference)}</td><td class="n">${formatCents(c.amountCents)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Attestation — ${escapeHtml(s.fundName)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;color:#1a1a1a;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin:0 0 .5rem}table{width:100%;border-collapse:collapse;margin:1rem 0}
td,th{border-bottom:1px solid #ccc;padding:.3rem;text-align:left}.n{text-align:right}
.box{border:2px solid #1a1a1a;padding:1rem;margin:1rem 0}@media print{body{margin:0}}
</style></head><body>
<h1>Attestation de contribution</h1>
<p><strong>${escapeHtml(s.funder.name)}</strong> a contribué au fonds <strong>${escapeHtml(s.fundName)}</strong>
du ${from} au ${to}.</p>
<table><thead><tr><th>Date</th><th>Référence</th><th class="n">Montant</th></tr></thead><tbody>${rows}</tbody>
<tfoot><tr><th colspan="2">Total</th><th class="n">${formatCents(s.contributedCents)}</th></tr></tfoot></table>
<div class="box"><p>Votre part des contributions de la période : <strong>${decimal.format(s.share * 100)} %</strong>
(sur ${formatCents(s.allContributionsCents)}).</p>
<p>Elle a financé, au prorata, <strong>${decimal.format(s.attributed.workshopHours)} heures d’atelier</strong>,
<strong>${decimal.format(s.attributed.participantHours)} heures-participants</strong> et l’accueil de
<strong>${decimal.format(s.attributed.attendees)} participants</strong>
(sur ${s.delivered.sessions} séances, ${decimal.format(s.delivered.participantHours)} heures-participants au total).</p></div>
${inKindHtml(s)}
<p><small>Méthode : votre part de l’ensemble des contributions reçues pendant la période, appliquée aux heures
d’atelier, heures-participants et participants des séances tenues pendant cette période.</small></p>
</body></html>`;
}
