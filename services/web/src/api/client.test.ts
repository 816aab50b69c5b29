import { headersFor } from './client.js';
import { problemFrom } from './problem.js';

describe('an API call', () => {
  it('asks for answers in the page’s language, French unless the page is in English', () => {
    expect(headersFor({}, undefined, 'en')['accept-language']).toBe('en');
    expect(headersFor({}, undefined, 'fr')['accept-language']).toBe('fr');
    expect(headersFor({}, undefined, '')['accept-language']).toBe('fr');
  });

  it('carries the token, the idempotency key and the version it edits', () => {
    const headers = headersFor(
      { body: {}, idempotencyKey: 'key-12345678', ifMatch: 'W/"3"' },
      'token',
      'fr',
    );
    expect(headers).toMatchObject({
      authorization: 'Bearer token',
      'content-type': 'application/json',
      'idempotency-key': 'key-12345678',
      'if-match': 'W/"3"',
    });
  });

  it('keeps a problem’s code, title, detail and fields', async () => {
    const body = {
      code: 'SESSION_FULL',
      title: 'Cette séance est complète',
      detail: 'Il reste 0 place.',
      errors: [{ path: 'seats', message: 'Trop grand' }],
    };
    const error = await problemFrom(new Response(JSON.stringify(body), { status: 409 }));
    expect(error).toMatchObject({
      status: 409,
      code: 'SESSION_FULL',
      title: 'Cette séance est complète',
      detail: 'Il reste 0 place.',
      fieldErrors: { seats: 'Trop grand' },
    });
  });
});
