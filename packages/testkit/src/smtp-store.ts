import type { ParsedMail } from 'mailparser';
import type { SMTPServerEnvelope } from 'smtp-server';
import { isAddressedTo, toCaughtMail, type CaughtMail } from './smtp-mail.js';

/** Which mails count: a predicate, or recipient (envelope, To or Cc) and/or subject. */
export type MailFilter =
  ((mail: CaughtMail) => boolean) | { to?: string; subject?: string | RegExp };

export interface WaitOptions {
  /** Default 10 s, below the jest test timeout so the catcher's error is the one reported. */
  timeoutMs?: number;
  /** Said in the timeout error, e.g. "the reminder to alice". */
  description?: string;
}

export interface AttachmentBytes {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export interface MailStore {
  add(parsed: ParsedMail, envelope: SMTPServerEnvelope): CaughtMail;
  list(): CaughtMail[];
  find(id: number): CaughtMail | undefined;
  /** The attachment's original bytes (CaughtAttachment.content is only its UTF-8 reading). */
  attachment(id: number, index: number): AttachmentBytes | undefined;
  clear(): void;
  // Properties, not methods: they are handed around unbound (catcher.waitFor = store.waitFor).
  waitFor: (
    predicate: (mails: CaughtMail[]) => boolean,
    options?: WaitOptions,
  ) => Promise<CaughtMail[]>;
  waitForMails: (
    count: number,
    filter?: MailFilter,
    options?: WaitOptions,
  ) => Promise<CaughtMail[]>;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export function createMailStore(): MailStore {
  const entries: { mail: CaughtMail; bytes: Buffer[] }[] = [];
  const listeners = new Set<() => void>();
  let lastId = 0;
  const list = () => entries.map((entry) => entry.mail);
  const waitFor: MailStore['waitFor'] = (predicate, options = {}) =>
    waitUntil(() => predicate(list()), listeners, options, list).then(list);
  return {
    add(parsed, envelope) {
      const mail = toCaughtMail(++lastId, parsed, envelope);
      entries.push({ mail, bytes: parsed.attachments.map((a) => a.content) });
      for (const listener of [...listeners]) listener();
      return mail;
    },
    list,
    find: (id) => entries.find((entry) => entry.mail.id === id)?.mail,
    attachment(id, index) {
      const entry = entries.find((candidate) => candidate.mail.id === id);
      const meta = entry?.mail.attachments[index];
      const bytes = entry?.bytes[index];
      return meta && bytes
        ? { filename: meta.filename, contentType: meta.contentType, bytes }
        : undefined;
    },
    clear: () => void entries.splice(0),
    waitFor,
    waitForMails(count, filter, options = {}) {
      const matching = () => list().filter(toPredicate(filter));
      const description = options.description ?? `${count} mail(s) ${describeFilter(filter)}`;
      const done = () => matching().length >= count;
      return waitUntil(done, listeners, { ...options, description }, list).then(matching);
    },
  };
}

export function toPredicate(filter: MailFilter | undefined): (mail: CaughtMail) => boolean {
  if (filter === undefined) return () => true;
  if (typeof filter === 'function') return filter;
  const { to, subject } = filter;
  return (mail) =>
    (to === undefined || isAddressedTo(mail, to)) &&
    (subject === undefined ||
      (typeof subject === 'string' ? mail.subject === subject : subject.test(mail.subject)));
}

function describeFilter(filter: MailFilter | undefined): string {
  if (filter === undefined) return '(any)';
  if (typeof filter === 'function') return 'matching the filter';
  const parts = [
    filter.to === undefined ? '' : `to ${filter.to}`,
    filter.subject === undefined ? '' : `with subject ${String(filter.subject)}`,
  ];
  return parts.filter(Boolean).join(' ') || '(any)';
}

function waitUntil(
  done: () => boolean,
  listeners: Set<() => void>,
  { timeoutMs = DEFAULT_TIMEOUT_MS, description = 'the condition' }: WaitOptions,
  received: () => CaughtMail[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (done()) return resolve();
    const timer = setTimeout(() => {
      listeners.delete(check);
      const summary = `waiting for ${description}`;
      reject(
        new Error(
          `SMTP catcher: timed out after ${timeoutMs} ms ${summary}. ${describe(received())}`,
        ),
      );
    }, timeoutMs);
    // Runs inside add(): a throwing predicate must fail the wait, not the SMTP transaction.
    function check() {
      let finished: boolean;
      try {
        finished = done();
      } catch (error) {
        finished = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
      if (!finished) return;
      clearTimeout(timer);
      listeners.delete(check);
      resolve();
    }
    listeners.add(check);
  });
}

function describe(mails: CaughtMail[]): string {
  if (mails.length === 0) return 'No mail arrived.';
  const lines = mails.map(
    (mail) =>
      `  #${mail.id} ${mail.receivedAt.toISOString()} from ${mail.envelope.from || '<>'} ` +
      `to ${mail.envelope.to.join(', ')}: ${JSON.stringify(mail.subject)}`,
  );
  return `${mails.length} mail(s) arrived:\n${lines.join('\n')}`;
}
