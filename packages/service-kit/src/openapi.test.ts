import { z } from 'zod';
import { defineErrors } from './errors.js';
import { openApiDocument, type RouteDoc } from './openapi.js';
import { pageQuery, pageSchema } from './pagination.js';

const info = { title: 'test', version: '1' };
const listRoute = (query: z.ZodObject | undefined, schema: z.ZodType): RouteDoc => ({
  method: 'get',
  path: '/api/things',
  summary: 'Things',
  access: 'public',
  ...(query && { query }),
  responses: { 200: { description: 'Things', schema } },
});
const thing = z.object({ id: z.string() });

describe('one list shape', () => {
  it('documents a paged list: limit (with its maximum) and cursor in, nextCursor out', () => {
    const doc = openApiDocument(info, [listRoute(pageQuery, pageSchema(thing))]);
    const operation = doc.paths['/api/things']!.get as {
      parameters: { name: string; schema: { maximum?: number } }[];
    };
    expect(operation.parameters.map((p) => p.name)).toEqual(['limit', 'cursor']);
    expect(operation.parameters[0]!.schema.maximum).toBe(500);
  });

  it('refuses a list that does not page, naming what is missing', () => {
    const unpaged = z.object({ items: z.array(thing) });
    expect(() => openApiDocument(info, [listRoute(undefined, unpaged)])).toThrow(
      'GET /api/things answers a list without limit, cursor, nextCursor in its answer',
    );
    expect(() => openApiDocument(info, [listRoute(pageQuery, unpaged)])).toThrow(
      'without nextCursor in its answer',
    );
  });
});

describe('typed answers', () => {
  it('refuses a success answer described as a free-form object or an unknown value', () => {
    const free = z.record(z.string(), z.unknown());
    expect(() => openApiDocument(info, [listRoute(undefined, free)])).toThrow(
      'get /api/things answers 200 without a typed schema',
    );
    expect(() => openApiDocument(info, [listRoute(undefined, z.unknown())])).toThrow(
      'without a typed schema',
    );
    expect(() => openApiDocument(info, [listRoute(undefined, thing)])).not.toThrow();
  });
});

describe('what a route may answer', () => {
  const errors = defineErrors({
    THING_TAKEN: { status: 409, title: { fr: 'Quelqu’un l’a', en: 'Someone has it' } },
    PRECONDITION_REQUIRED: { status: 428, title: { fr: 'Envoyez If-Match', en: 'Send If-Match' } },
  });
  const routes: RouteDoc[] = [
    {
      method: 'post',
      path: '/api/things',
      summary: 'Take a thing',
      access: ['coordinator'],
      body: thing,
      responses: { 201: { description: 'Taken', schema: thing } },
      errors: ['THING_TAKEN'],
    },
    {
      method: 'patch',
      path: '/api/things/{id}',
      summary: 'Change a thing',
      access: 'authenticated',
      body: thing,
      responses: { 200: { description: 'Changed', schema: thing } },
      errors: ['PRECONDITION_REQUIRED'],
    },
    {
      method: 'get',
      path: '/api/things/{id}',
      summary: 'A thing',
      access: 'public',
      responses: { 200: { description: 'The thing', schema: thing } },
    },
  ];
  type Operation = {
    parameters: { name: string; in: string; required: boolean }[];
    responses: Record<string, { description: string; headers?: Record<string, unknown> }>;
  };
  const doc = openApiDocument(info, routes);
  const op = (path: string, method: string) =>
    (doc.paths[path] as Record<string, Operation>)[method]!;

  it('lists every problem by status, its own and what the middleware adds', () => {
    expect(errors.THING_TAKEN().status).toBe(409);
    const post = op('/api/things', 'post');
    expect(Object.keys(post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '413', '415', '422', '503']),
    );
    expect(post.responses['409']!.description).toContain('`THING_TAKEN`: Someone has it');
    expect(post.responses['409']!.description).toContain('`IDEMPOTENCY_IN_PROGRESS`');
    expect(post.responses['403']!.description).toContain('`FORBIDDEN`');
    expect(Object.keys(op('/api/things/{id}', 'get').responses)).not.toContain('401');
  });

  it('documents Idempotency-Key and Idempotent-Replayed, If-Match and ETag', () => {
    const post = op('/api/things', 'post');
    expect(post.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }),
    );
    expect(Object.keys(post.responses['201']!.headers ?? {})).toEqual(['Idempotent-Replayed']);
    const patch = op('/api/things/{id}', 'patch');
    expect(patch.parameters).toContainEqual(
      expect.objectContaining({ name: 'If-Match', in: 'header', required: true }),
    );
    expect(Object.keys(op('/api/things/{id}', 'get').responses['200']!.headers ?? {})).toEqual([
      'ETag',
    ]);
  });

  it('refuses a code nobody declared', () => {
    const typo = { ...routes[0]!, errors: ['THING_TAKNE'] };
    expect(() => openApiDocument(info, [typo])).toThrow('lists THING_TAKNE, which is not declared');
  });
});
