import type { RequestListener, ServerResponse } from 'node:http';
import type { CaughtMail } from './smtp-mail.js';
import type { MailStore } from './smtp-store.js';

const TITLE = 'Boîte de réception de développement';

// Mail bodies come from the application under test: nothing they hold may run on this origin.
// The policy is inherited by the srcdoc iframe, on top of its sandbox.
const PAGE_SECURITY = {
  'content-security-policy':
    "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The web inbox: an HTML list, one page per mail, attachment downloads and a JSON API. */
export function inboxHandler(store: MailStore): RequestListener {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://inbox').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'text/plain; charset=utf-8', 'Méthode non autorisée', { allow: 'GET' });
    }
    route(store, path, res);
  };
}

function route(store: MailStore, path: string, res: ServerResponse): void {
  if (path === '/') return sendHtml(res, 200, listPage(store.list()));
  if (path === '/api/mails') {
    return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(store.list()));
  }
  const mailMatch = /^\/mails\/(\d+)$/.exec(path);
  const mail = mailMatch ? store.find(Number(mailMatch[1])) : undefined;
  if (mail) return sendHtml(res, 200, mailPage(mail));
  const attachmentMatch = /^\/mails\/(\d+)\/attachments\/(\d+)$/.exec(path);
  const attachment = attachmentMatch
    ? store.attachment(Number(attachmentMatch[1]), Number(attachmentMatch[2]))
    : undefined;
  if (attachment) {
    const name = attachment.filename || `piece-jointe-${attachmentMatch?.[2] ?? ''}`;
    return send(res, 200, safeContentType(attachment.contentType), attachment.bytes, {
      // Always a download with a sandbox: an HTML or SVG attachment must not render here.
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      'content-security-policy': 'sandbox',
      'x-content-type-options': 'nosniff',
    });
  }
  sendHtml(res, 404, layout('Introuvable', '<p>Ce message n’existe pas (ou plus).</p>'));
}

function listPage(mails: CaughtMail[]): string {
  // The list reloads itself so that mails sent from the app show up without a click.
  if (mails.length === 0) return layout(TITLE, '<p>Aucun message pour l’instant.</p>', true);
  const rows = [...mails]
    .reverse()
    .map(
      (mail) =>
        `<tr><td>${escapeHtml(formatTime(mail.receivedAt))}</td>` +
        `<td>${escapeHtml(mail.envelope.to.join(', '))}</td>` +
        `<td><a href="/mails/${mail.id}">${escapeHtml(mail.subject || '(sans objet)')}</a></td></tr>`,
    );
  return layout(
    TITLE,
    `<p>${mails.length} message(s), le plus récent en premier.</p>
<table><thead><tr><th>Reçu</th><th>Destinataires</th><th>Objet</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`,
    true,
  );
}

function mailPage(mail: CaughtMail): string {
  const headers = Object.entries(mail.headers).map(
    ([name, value]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`,
  );
  const attachments = mail.attachments.map(
    (a, index) =>
      `<li><a href="/mails/${mail.id}/attachments/${index}">${escapeHtml(a.filename || `pièce jointe ${index + 1}`)}</a>` +
      ` — ${escapeHtml(a.contentType)}, ${a.size} octets</li>`,
  );
  const html =
    mail.html === undefined
      ? '<p>(pas de partie HTML)</p>'
      : // No allow-scripts nor allow-same-origin; links open in a new tab instead of the frame.
        `<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" title="HTML" ` +
        `srcdoc="${escapeHtml(`<base target="_blank">${mail.html}`)}"></iframe>`;
  return layout(
    mail.subject || '(sans objet)',
    `<p><a href="/">← ${TITLE}</a></p>
<p>Reçu le ${escapeHtml(formatTime(mail.receivedAt))} — enveloppe : ${escapeHtml(mail.envelope.from || '<>')}
→ ${escapeHtml(mail.envelope.to.join(', '))}</p>
<h2>En-têtes</h2><table class="headers">${headers.join('\n')}</table>
<h2>Texte</h2><pre>${escapeHtml(mail.text || '(pas de partie texte)')}</pre>
<h2>HTML</h2>${html}
<h2>Pièces jointes</h2>${attachments.length ? `<ul>${attachments.join('\n')}</ul>` : '<p>Aucune.</p>'}`,
  );
}

function layout(title: string, body: string, refresh = false): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8">${refresh ? '<meta http-equiv="refresh" content="5">' : ''}
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:1.5rem auto;max-width:70rem;padding:0 1rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd}
.headers th{white-space:nowrap;color:#555;font-weight:normal}.headers td{word-break:break-all}
pre{background:#f6f6f6;padding:.8rem;white-space:pre-wrap}iframe{width:100%;height:32rem;border:1px solid #ccc}
</style></head>
<body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>`;
}

// The type comes from the mail; a malformed one would make writeHead throw.
function safeContentType(contentType: string): string {
  return /^[\w.+-]+\/[\w.+-]+$/.test(contentType) ? contentType : 'application/octet-stream';
}

function formatTime(date: Date): string {
  return date.toLocaleString('fr-FR');
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  send(res, status, 'text/html; charset=utf-8', html, PAGE_SECURITY);
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': contentType,
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}
