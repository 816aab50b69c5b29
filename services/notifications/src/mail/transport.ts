import nodemailer from 'nodemailer';
import type { NotificationsConfig } from '../config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Deterministic, so that a receiving client can tell a resent message from a new one. */
  messageId: string;
  headers: Record<string, string>;
  icalEvent?: { filename: string; method: string; content: string } | undefined;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/** SMTP through nodemailer, one pooled connection set per replica. */
export function smtpMailer(config: NotificationsConfig): Mailer {
  const auth =
    config.SMTP_USER !== undefined
      ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' }
      : undefined;
  const transport = nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    requireTLS: config.SMTP_REQUIRE_TLS,
    ...(auth && { auth }),
    pool: true,
    maxConnections: 3,
    // A server that does not answer fails the attempt (the consumer keeps the message alive
    // meanwhile, bus/keep-alive.ts), so it is retried with backoff instead of hanging.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (mail) => {
      const info = await transport.sendMail({ from: config.MAIL_FROM, ...mail });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
