import { z } from 'zod';
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
