import type { LayoutStrings, Message } from './catalogue.js';
import type { Locale } from './format.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or attribute value made inert in HTML (titles and reasons are typed by people). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Only web links (absolute, or a path inside the app when rendered for the in-app list) may
 * become an href; anything else (javascript:, data:) is refused.
 */
function href(url: string): string {
  if (!/^(https?:\/\/|\/(?!\/))/i.test(url)) throw new RangeError(`Not a web link: ${url}`);
  return escapeHtml(url);
}

export interface EmailParts {
  locale: Locale;
  message: Message;
  layout: LayoutStrings;
  manageUrl: string;
  unsubscribeUrl: string | null;
}

/*
 * Email clients drop <style> blocks and most CSS, so every style is inline. Large type and
 * strong contrast because many readers are elderly; the table is a real data table (caption,
 * row headers) so screen readers announce each label with its value.
 */
const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const BODY = `${FONT}color:#1f1f1f;font-size:17px;line-height:1.5;`;
const TEXT = `${BODY}margin:0 0 16px;`;
const CELL = 'padding:6px 12px 6px 0;vertical-align:top;text-align:left;';
const BUTTON =
  'display:inline-block;padding:12px 22px;background:#1d5c3a;color:#ffffff;' +
  'font-weight:bold;text-decoration:none;border-radius:6px;';
const SMALL = `${FONT}color:#4a4a4a;font-size:14px;line-height:1.5;margin:0 0 8px;`;

const paragraph = (text: string, style = TEXT) => `<p style="${style}">${escapeHtml(text)}</p>`;

function detailsTable(rows: Message['details'], caption: string): string {
  if (rows.length === 0) return '';
  const body = rows
    .map(
      ([label, value]) =>
        `<tr><th scope="row" style="${CELL}font-weight:bold;">${escapeHtml(label)}</th>` +
        `<td style="${CELL}">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  return (
    `<table style="${BODY}border-collapse:collapse;margin:0 0 20px;">` +
    `<caption style="text-align:left;font-weight:bold;padding:0 0 6px;">${escapeHtml(caption)}</caption>` +
    `<tbody>${body}</tbody></table>`
  );
}

function button(action: Message['action']): string {
  if (!action) return '';
  return `<p style="${BODY}margin:8px 0 24px;"><a href="${href(action.url)}" style="${BUTTON}">${escapeHtml(action.label)}</a></p>`;
}

function footer(parts: EmailParts): string {
  const { layout, manageUrl, unsubscribeUrl } = parts;
  const link = (url: string, label: string) =>
    `<a href="${href(url)}" style="color:#1d5c3a;">${escapeHtml(label)}</a>`;
  const links = [link(manageUrl, layout.manageNotifications)];
  if (unsubscribeUrl !== null) links.push(link(unsubscribeUrl, layout.unsubscribe));
  return (
    `<hr style="border:none;border-top:1px solid #d9d4c7;margin:24px 0 16px;">` +
    paragraph(layout.footerNote, SMALL) +
    `<p style="${SMALL}">${links.join(' · ')}</p>`
  );
}

/** The HTML part of an email: one shared layout for every kind of message. */
export function renderHtml(parts: EmailParts): string {
  const { locale, message, layout } = parts;
  const content = [
    `<h1 style="${FONT}color:#1f1f1f;font-size:24px;line-height:1.3;margin:0 0 20px;">${escapeHtml(message.heading)}</h1>`,
    paragraph(layout.greeting),
    ...message.paragraphs.map((text) => paragraph(text)),
    detailsTable(message.details, layout.detailsCaption),
    button(message.action),
    `<p style="${TEXT}">${layout.signOff.map(escapeHtml).join('<br>')}</p>`,
    footer(parts),
  ].join('\n');
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(message.subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f4f1ea;">',
    `<div role="article" aria-label="${escapeHtml(message.subject)}" style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;">`,
    content,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
