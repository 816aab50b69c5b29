import type { AddressObject, Attachment, EmailAddress, ParsedMail } from 'mailparser';
import type { SMTPServerEnvelope } from 'smtp-server';

export interface CaughtAttachment {
  /** Empty when the part named no file. */
  filename: string;
  contentType: string;
  /** The decoded content read as UTF-8 (calendars, CSV, text); binary parts are mangled here. */
  content: string;
  size: number;
}

/** One message as the catcher received it, parsed by mailparser. */
export interface CaughtMail {
  /** Sequential from 1, never reused within a catcher (not even after clear()). */
  id: number;
  /** What the client said in MAIL FROM / RCPT TO: the real recipients, Bcc included. */
  envelope: { from: string; to: string[] };
  messageId: string | undefined;
  subject: string;
  /** Addresses only, without display names. */
  from: string;
  to: string[];
  cc: string[];
  text: string;
  html: string | undefined;
  /** Lowercased names; repeated headers joined by "\n"; folded lines unfolded. */
  headers: Record<string, string>;
  attachments: CaughtAttachment[];
  receivedAt: Date;
}

export function toCaughtMail(
  id: number,
  parsed: ParsedMail,
  envelope: SMTPServerEnvelope,
  receivedAt = new Date(),
): CaughtMail {
  return {
    id,
    envelope: {
      from: envelope.mailFrom ? envelope.mailFrom.address : '',
      to: envelope.rcptTo.map((recipient) => recipient.address),
    },
    messageId: parsed.messageId,
    subject: parsed.subject ?? '',
    from: addressesOf(parsed.from)[0] ?? '',
    to: addressesOf(parsed.to),
    cc: addressesOf(parsed.cc),
    text: parsed.text ?? '',
    html: parsed.html || undefined,
    headers: headersOf(parsed),
    attachments: parsed.attachments.map(toAttachment),
    receivedAt,
  };
}

/** True when the address is among the envelope recipients or the To/Cc headers. */
export function isAddressedTo(mail: CaughtMail, address: string): boolean {
  const wanted = address.trim().toLowerCase();
  return [...mail.envelope.to, ...mail.to, ...mail.cc].some((a) => a.toLowerCase() === wanted);
}

function toAttachment(attachment: Attachment): CaughtAttachment {
  return {
    filename: attachment.filename ?? '',
    contentType: attachment.contentType,
    content: attachment.content.toString('utf8'),
    size: attachment.content.length,
  };
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.flatMap(flatten));
}

// Group syntax ("Team: a@x, b@y;") nests the members one level down.
function flatten(entry: EmailAddress): string[] {
  if (entry.group) return entry.group.flatMap(flatten);
  return entry.address ? [entry.address] : [];
}

/**
 * Plain strings per header. mailparser's decoded value is used when it is a string (so encoded
 * words like =?UTF-8?Q?...?= read naturally); structured headers (addresses, List-*,
 * Content-Type) keep their raw text, which is what a test compares against anyway.
 */
function headersOf(parsed: ParsedMail): Record<string, string> {
  const headers = new Map<string, string>();
  for (const { key, line } of parsed.headerLines) {
    const decoded = parsed.headers.get(key);
    const raw = line.slice(line.indexOf(':') + 1).replace(/\r?\n(?=[ \t])/g, '');
    const value = typeof decoded === 'string' ? decoded : raw.trim();
    const previous = headers.get(key);
    headers.set(key, previous === undefined ? value : `${previous}\n${value}`);
  }
  // fromEntries defines own properties, so a "__proto__" header cannot alter the prototype.
  return Object.fromEntries(headers);
}
