import { z } from 'zod';
import { ANYONE, SIGNED_IN } from './access.js';
import { openApiDocument, type RouteDoc } from './openapi.js';

const info = { title: 'test', version: '1' };
const route = (method: RouteDoc['method'], access: RouteDoc['access']): RouteDoc => ({
  method,
  path: '/api/things/{id}',
  summary: 'A thing',
  access,
  responses: { 200: { description: 'The thing', schema: z.object({ id: z.string() }) } },
});

describe('the access table of a service', () => {
  it('puts who may call each operation in the document', () => {
    const doc = openApiDocument(info, [route('get', 'public'), route('delete', ['coordinator'])], {
      access: {
        'GET /api/things/{id}': ANYONE,
        'DELETE /api/things/{id}': ['owner', 'coordinator'],
      },
    });
    const item = doc.paths['/api/things/{id}'] as Record<string, { 'x-access': string[] }>;
    expect(item.get!['x-access']).toEqual(ANYONE);
    expect(item.delete!['x-access']).toEqual(['owner', 'coordinator']);
  });

  it('refuses to start with an operation missing from it, or a line with no operation', () => {
    expect(() => openApiDocument(info, [route('get', 'public')], { access: {} })).toThrow(
      'GET /api/things/{id} is missing from the access table',
    );
    expect(() =>
      openApiDocument(info, [route('get', 'public')], {
        access: { 'GET /api/things/{id}': ANYONE, 'PUT /api/things/{id}': SIGNED_IN },
      }),
    ).toThrow('The access table lists unknown operations: PUT /api/things/{id}');
  });

  it('refuses a table that lets anonymous callers in where the route wants a token', () => {
    expect(() =>
      openApiDocument(info, [route('get', 'authenticated')], {
        access: { 'GET /api/things/{id}': ANYONE },
      }),
    ).toThrow('disagree on anonymous');
  });
});
