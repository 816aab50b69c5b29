import type { NotificationContext } from '../domain/context.js';
import { buildMessage } from './build.js';
import type { LayoutStrings, Message } from './catalogue.js';
import { CATALOGUES } from './catalogues.js';
import type { Locale } from './format.js';
import { renderHtml } from './html.js';
import { paths, webPath, webUrl } from './links.js';

export interface RenderOptions {
  /** Web app address, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** One-click unsubscribe link for this kind; null for essential kinds, which stay on. */
  unsubscribeUrl: string | null;
}

export interface RenderedMessage {
  subject: string;
  /** Plain-text email part: the same content as `html`, links written out. */
  text: string;
  html: string;
  inApp: {
    title: string;
    body: string;
    /** Path inside the web app (e.g. `/bookings/abc`), or null when there is nothing to open. */
    link: string | null;
  };
}

interface TextParts {
  message: Message;
  layout: LayoutStrings;
  manageUrl: string;
  unsubscribeUrl: string | null;
}

function renderText({ message, layout, manageUrl, unsubscribeUrl }: TextParts): string {
  const blocks = [
    message.heading,
    layout.greeting,
    ...message.paragraphs,
    message.details.map(([label, value]) => layout.textLink(label, value)).join('\n'),
    message.action ? layout.textLink(message.action.label, message.action.url) : '',
    layout.signOff.join('\n'),
    '--',
    layout.footerNote,
    [
      layout.textLink(layout.manageNotifications, manageUrl),
      unsubscribeUrl === null ? '' : layout.textLink(layout.unsubscribe, unsubscribeUrl),
    ]
      .filter((line) => line !== '')
      .join('\n'),
  ];
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

/**
 * A notification in `locale`, as an email (subject, text and HTML parts) and as an in-app
 * entry. Pure: the same context and options always give the same output.
 */
export function renderMessage(
  context: NotificationContext,
  locale: Locale,
  options: RenderOptions,
): RenderedMessage {
  const { layout } = CATALOGUES[locale];
  const links = { base: options.baseUrl };
  const message = buildMessage(CATALOGUES[locale], context, links);
  const manageUrl = webUrl(links, paths.preferences());
  const parts = { message, layout, manageUrl, unsubscribeUrl: options.unsubscribeUrl };
  return {
    subject: message.subject,
    text: renderText(parts),
    html: renderHtml({ ...parts, locale }),
    inApp: {
      title: message.subject,
      body: message.paragraphs.join(' '),
      link: message.action ? webPath(links, message.action.url) : null,
    },
  };
}
