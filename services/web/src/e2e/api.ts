import type { SmtpCatcher } from '@fabrique/testkit';

/** Sets a journey's scene through the public API, as a person would with another client. */
export interface Person {
  id: string;
  email: string;
  password: string;
  displayName: string;
  token: string;
}

let counter = 0;

async function call<T>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(token && { authorization: `Bearer ${token}` }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * The system's mail catcher: people made through the API follow the link of their
 * verification email (as they would), so they may declare money and vote everywhere.
 */
type Mailbox = Pick<SmtpCatcher, 'waitForMails'>;

async function verifyFromMail(
  mailbox: Mailbox,
  email: string,
  verify: (token: string) => Promise<unknown>,
) {
  const [mail] = await mailbox.waitForMails(1, { to: email });
  const token = /\/verify-email\?token=([\w%-]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no verification link in the first email to ${email}`);
  await verify(decodeURIComponent(token));
}

export function apiClient(baseUrl: string, mailbox?: Mailbox) {
  const request = <T>(method: string, path: string, body?: unknown, token?: string) =>
    call<T>(baseUrl, method, path, body, token);

  async function login(email: string, password: string): Promise<string> {
    const tokens = await request<{ accessToken: string }>('POST', '/api/auth/login', {
      email,
      password,
    });
    return tokens.accessToken;
  }

  async function person(displayName: string, commune = 'vassieux-en-vercors'): Promise<Person> {
    counter += 1;
    const email = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}.${Date.now()}${counter}@example.org`;
    const password = 'une longue phrase de passe';
    const account = await request<{ id: string }>('POST', '/api/accounts', {
      email,
      password,
      displayName,
      commune,
    });
    if (mailbox)
      await verifyFromMail(mailbox, email, (token) =>
        request('POST', '/api/auth/verify-email', { token }),
      );
    return { id: account.id, email, password, displayName, token: await login(email, password) };
  }

  return {
    get: <T>(path: string, token?: string) => request<T>('GET', path, undefined, token),
    post: <T>(path: string, body: unknown, token?: string) => request<T>('POST', path, body, token),
    put: <T>(path: string, body: unknown, token?: string) => request<T>('PUT', path, body, token),
    login,
    person,
    /** Signs in again: roles granted since are in the new token. */
    refresh: async (who: Person): Promise<Person> => ({
      ...who,
      token: await login(who.email, who.password),
    }),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
