import type { Message } from './catalogue.js';

const NBSP = '\u00a0';

/**
 * French typography: no-break spaces before « : ; ! ? », inside quotation marks and between
 * a number and its unit, so no line of an email starts with a lone colon or « h ». Applied
 * to finished text so the catalogue's sentences stay readable with ordinary spaces.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([:;!?»])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/(\d) (h|min|places?|personnes?)(?=\s|$|[.,)])/g, `$1${NBSP}$2`);
}

/** The same message with `fix` applied to every piece of text it shows (never to URLs). */
export function withTypography(message: Message, fix: (text: string) => string): Message {
  const { subject, heading, paragraphs, details, action } = message;
  return {
    subject: fix(subject),
    heading: fix(heading),
    paragraphs: paragraphs.map(fix),
    details: details.map(([label, value]) => [fix(label), fix(value)]),
    action: action && { ...action, label: fix(action.label) },
  };
}
