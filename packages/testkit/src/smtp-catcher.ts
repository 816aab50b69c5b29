import { createServer } from 'node:http';
import type { AddressInfo, Server as NetServer, Socket } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { inboxHandler } from './smtp-inbox.js';
import { isAddressedTo, type CaughtMail } from './smtp-mail.js';
import { createMailStore, type MailStore } from './smtp-store.js';

export interface SmtpCatcherOptions {
  /** SMTP port; 0 or absent picks a free one. */
  port?: number;
  /** SMTP interface, 127.0.0.1 unless said otherwise. */
  host?: string;
  /** Starts the web inbox on 127.0.0.1:webPort (0 picks a free one); none when absent. */
  webPort?: number;
}

export interface SmtpCatcher {
  readonly host: string;
  readonly port: number;
  /** smtp://host:port, for a transport configured by URL. */
  readonly url: string;
  /** http://127.0.0.1:webPort when the web inbox runs. */
  readonly webUrl: string | undefined;
  /** Every mail caught so far, oldest first. */
  mails(): CaughtMail[];
  /** Mails whose envelope recipients, To or Cc include the address (case-insensitive). */
  mailsTo(address: string): CaughtMail[];
  /** Resolves with all mails once the predicate over the whole list holds. */
  waitFor: MailStore['waitFor'];
  /** Resolves with the matching mails once at least `count` match. */
  waitForMails: MailStore['waitForMails'];
  clear(): void;
  /** Closes the listeners and drops open connections: clients then get ECONNREFUSED. */
  stop(): Promise<void>;
  /** Listens again on the same ports, keeping the mails caught so far. */
  restart(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
const WEB_HOST = '127.0.0.1';

interface Listener {
  port: number;
  close(): Promise<void>;
}

/** A real SMTP server keeping every message in memory, for integration tests and local runs. */
export async function startSmtpCatcher(options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
  const host = options.host ?? '127.0.0.1';
  const store = createMailStore();
  let smtp: Listener | undefined = await listenSmtp(store, host, options.port ?? 0);
  let web: Listener | undefined;
  if (options.webPort !== undefined)
    web = await listenWeb(store, options.webPort).catch(closing(smtp));
  const port = smtp.port;
  const webPort = web?.port;
  const stop = async () => {
    const running = [smtp, web].filter((listener) => listener !== undefined);
    smtp = web = undefined;
    await Promise.all(running.map((listener) => listener.close()));
  };
  return {
    host,
    port,
    url: `smtp://${host.includes(':') ? `[${host}]` : host}:${port}`,
    webUrl: webPort === undefined ? undefined : `http://${WEB_HOST}:${webPort}`,
    mails: () => store.list(),
    mailsTo: (address) => store.list().filter((mail) => isAddressedTo(mail, address)),
    waitFor: store.waitFor,
    waitForMails: store.waitForMails,
    clear: () => store.clear(),
    stop,
    async restart() {
      await stop();
      smtp = await listenSmtp(store, host, port);
      if (webPort !== undefined) web = await listenWeb(store, webPort).catch(closing(smtp));
    },
  };
}

/** Releases an already started listener when the next one fails, then rethrows. */
function closing(listener: Listener) {
  return async (error: unknown): Promise<never> => {
    await listener.close();
    throw error;
  };
}

async function listenSmtp(store: MailStore, host: string, port: number): Promise<Listener> {
  const smtp = new SMTPServer({
    authOptional: true,
    // Loopback only: no TLS, and AUTH in clear so a transport configured with credentials works.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    size: MAX_MESSAGE_BYTES,
    logger: false,
    banner: 'Fabrique mail catcher',
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anonymous' }),
    onData: (stream, session, callback) => {
      receive(store, stream, session).then(
        () => callback(),
        (error: unknown) => {
          callback(asSmtpError(error));
        },
      );
    },
  });
  // Client-side failures (a sender resetting its connection, sockets dropped by stop()) only
  // concern that connection; without a listener the EventEmitter would crash the process.
  smtp.on('error', () => undefined);
  const sockets = trackSockets(smtp.server);
  const actualPort = await listen(smtp.server, host, port, 'SMTP');
  return {
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        smtp.close(resolve);
        // smtp-server would wait up to 30 s for sessions to end; a stopped catcher is "down".
        for (const socket of sockets) socket.destroy();
      }),
  };
}

async function receive(
  store: MailStore,
  stream: SMTPServerDataStream,
  session: SMTPServerSession,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  if (stream.sizeExceeded) {
    throw smtpError(552, `message exceeds the ${MAX_MESSAGE_BYTES} bytes limit`);
  }
  // Answering only once the mail is stored means a resolved send is already visible to tests.
  store.add(await simpleParser(Buffer.concat(chunks)), session.envelope);
}

function asSmtpError(error: unknown): Error {
  if (error instanceof Error && 'responseCode' in error) return error;
  const message = error instanceof Error ? error.message : String(error);
  return smtpError(554, `message could not be parsed: ${message}`);
}

/** smtp-server answers with err.responseCode and the message. */
function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

async function listenWeb(store: MailStore, port: number): Promise<Listener> {
  const server = createServer(inboxHandler(store));
  const actualPort = await listen(server, WEB_HOST, port, 'web inbox');
  return {
    port: actualPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function trackSockets(server: NetServer): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return sockets;
}

function listen(server: NetServer, host: string, port: number, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) =>
      reject(
        new Error(`${what} cannot listen on ${host}:${port}: ${error.message}`, { cause: error }),
      );
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
