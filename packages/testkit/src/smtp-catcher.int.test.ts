import { connect, type Socket } from 'node:net';
import { freePort } from './ports.js';
import { startSmtpCatcher, type SmtpCatcher } from './smtp-catcher.js';

const CALENDAR = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR';

/** A multipart message as an application would send it: text, HTML and an .ics invitation. */
function message(subject: string, to: string): string {
  const encodedSubject = `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`;
  return [
    'From: "Fabrique" <noreply@fabrique.test>',
    `To: ${to}`,
    `Subject: ${encodedSubject}`,
    'Message-ID: <m1@fabrique.test>',
    'List-Unsubscribe: <mailto:unsubscribe@fabrique.test>,',
    ' <https://fabrique.test/unsubscribe>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="mixed"',
    '',
    '--mixed',
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    '--alt',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Bonjour, votre atelier commence demain.',
    '.a line starting with a dot',
    '--alt',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p onclick="steal()">Bonjour "toi" <script>alert(2)</script></p>',
    '--alt--',
    '--mixed',
    'Content-Type: text/calendar; charset=utf-8; method=REQUEST',
    'Content-Disposition: attachment; filename="atelier.ics"',
    '',
    CALENDAR,
    '--mixed--',
    '',
  ].join('\r\n');
}

/** Reads SMTP replies (multi-line ones included) one at a time. */
function replyReader(socket: Socket): () => Promise<string> {
  let buffer = '';
  let waiting: { resolve: (reply: string) => void; reject: (error: Error) => void } | undefined;
  const flush = () => {
    const reply = /^(?:\d{3}-[^\r\n]*\r\n)*\d{3} [^\r\n]*\r\n/.exec(buffer)?.[0];
    if (reply === undefined || waiting === undefined) return;
    buffer = buffer.slice(reply.length);
    const { resolve } = waiting;
    waiting = undefined;
    resolve(reply);
  };
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    flush();
  });
  socket.on('error', (error) => waiting?.reject(error));
  socket.on('close', () => waiting?.reject(new Error(`connection closed; unread: ${buffer}`)));
  return () =>
    new Promise((resolve, reject) => {
      waiting = { resolve, reject };
      flush();
    });
}

/** The smallest SMTP client that does the job: one transaction, then QUIT. */
async function sendMail(port: number, to: string, subject = 'Rappel : atelier demain') {
  const socket = connect(port, '127.0.0.1');
  const next = replyReader(socket);
  const exchange = async (line: string | undefined, code: number) => {
    if (line !== undefined) socket.write(`${line}\r\n`);
    const reply = await next();
    if (!reply.startsWith(String(code))) throw new Error(`${line ?? 'greeting'} → ${reply}`);
  };
  try {
    await exchange(undefined, 220);
    await exchange('EHLO client.test', 250);
    await exchange('MAIL FROM:<bounces@fabrique.test>', 250);
    await exchange(`RCPT TO:<${to}>`, 250);
    await exchange('DATA', 354);
    // Dot-stuffing (RFC 5321 §4.5.2) so a line starting with "." survives the transfer.
    await exchange(`${message(subject, to).replace(/^\./gm, '..')}\r\n.`, 250);
    await exchange('QUIT', 221);
  } finally {
    socket.destroy();
  }
}

describe('startSmtpCatcher', () => {
  const started: SmtpCatcher[] = [];
  const start = async (options: Parameters<typeof startSmtpCatcher>[0] = {}) => {
    const catcher = await startSmtpCatcher(options);
    started.push(catcher);
    return catcher;
  };
  afterEach(async () => {
    await Promise.all(started.splice(0).map((catcher) => catcher.stop()));
  });

  it('catches a real SMTP transaction and parses it', async () => {
    const catcher = await start();
    expect(catcher.url).toBe(`smtp://127.0.0.1:${catcher.port}`);
    await sendMail(catcher.port, 'alice@example.test', 'Réservation confirmée');

    const [mail] = await catcher.waitForMails(1, { to: 'alice@example.test' });
    expect(mail).toMatchObject({
      id: 1,
      envelope: { from: 'bounces@fabrique.test', to: ['alice@example.test'] },
      messageId: '<m1@fabrique.test>',
      subject: 'Réservation confirmée',
      from: 'noreply@fabrique.test',
      to: ['alice@example.test'],
      text: 'Bonjour, votre atelier commence demain.\n.a line starting with a dot',
      attachments: [{ filename: 'atelier.ics', contentType: 'text/calendar', content: CALENDAR }],
    });
    expect(mail?.html).toContain('Bonjour "toi"');
    expect(mail?.headers['list-unsubscribe']).toBe(
      '<mailto:unsubscribe@fabrique.test>, <https://fabrique.test/unsubscribe>',
    );
    expect(catcher.mailsTo('ALICE@example.test')).toHaveLength(1);
    expect(catcher.mailsTo('bob@example.test')).toEqual([]);
    catcher.clear();
    expect(catcher.mails()).toEqual([]);
  });

  it('waits for mails sent later, and times out listing what arrived', async () => {
    const catcher = await start();
    const waiting = catcher.waitFor((mails) => mails.length >= 2);
    await sendMail(catcher.port, 'alice@example.test');
    await sendMail(catcher.port, 'bob@example.test');
    expect((await waiting).map((mail) => mail.envelope.to)).toEqual([
      ['alice@example.test'],
      ['bob@example.test'],
    ]);

    await expect(
      catcher.waitForMails(1, { to: 'carol@example.test' }, { timeoutMs: 200 }),
    ).rejects.toThrow(
      /timed out after 200 ms waiting for 1 mail\(s\) to carol@example\.test\. 2 mail\(s\) arrived:\n.*#1 .* to alice@example\.test: "Rappel : atelier demain"\n.*#2 .* to bob@example\.test/,
    );
  });

  it('refuses connections once stopped, even with a session open, and frees the port', async () => {
    const catcher = await start();
    const idle = connect(catcher.port, '127.0.0.1');
    const idleClosed = new Promise((resolve) => idle.once('close', resolve));
    await replyReader(idle)();
    await catcher.stop();
    await idleClosed;
    await expect(sendMail(catcher.port, 'alice@example.test')).rejects.toThrow(/ECONNREFUSED/);

    const again = await start({ port: catcher.port });
    await sendMail(again.port, 'alice@example.test');
    expect(again.mails()).toHaveLength(1);

    await again.stop();
    await again.restart();
    await sendMail(again.port, 'bob@example.test');
    expect(again.mails().map((mail) => mail.id)).toEqual([1, 2]);
  });

  it('serves a web inbox that escapes what the mails hold', async () => {
    const catcher = await start({ webPort: await freePort() });
    const subject = '<script>alert(1)</script> Atelier';
    await sendMail(catcher.port, 'alice@example.test', subject);
    const get = (path: string) => fetch(`${catcher.webUrl ?? ''}${path}`);

    const list = await (await get('/')).text();
    expect(list).toContain('Boîte de réception de développement');
    expect(list).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Atelier');
    expect(list).not.toContain('<script>');
    expect(list).toContain('href="/mails/1"');

    const page = await (await get('/mails/1')).text();
    expect(page).not.toContain('<script>');
    expect(page).toContain('<iframe sandbox="allow-popups allow-popups-to-escape-sandbox"');
    expect(page).toContain('&lt;p onclick=&quot;steal()&quot;&gt;Bonjour &quot;toi&quot;');
    expect(page).toContain('<pre>Bonjour, votre atelier commence demain.');
    expect(page).toContain('href="/mails/1/attachments/0"');

    const ics = await get('/mails/1/attachments/0');
    expect(ics.headers.get('content-type')).toBe('text/calendar');
    expect(ics.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''atelier.ics");
    expect(await ics.text()).toBe(CALENDAR);

    const api = (await (await get('/api/mails')).json()) as { subject: string }[];
    expect(api.map((mail) => mail.subject)).toEqual([subject]);
    expect((await get('/mails/99')).status).toBe(404);
  });
});
