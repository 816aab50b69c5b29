import { mergeDocuments, serviceDocumentSchema } from './docs.merge.js';

const doc = (schemas: Record<string, unknown>, paths: Record<string, unknown> = {}) =>
  serviceDocumentSchema.parse({ openapi: '3.1.0', paths, components: { schemas } });

describe('mergeDocuments', () => {
  it('keeps names that do not clash and shares identical schemas', () => {
    const merged = mergeDocuments(
      [
        {
          service: 'accounts',
          document: doc({ A: { type: 'string' }, Same: { type: 'integer' } }),
        },
        { service: 'funds', document: doc({ B: { type: 'string' }, Same: { type: 'integer' } }) },
      ],
      [],
      '1',
    );
    expect(Object.keys(merged.components.schemas).sort()).toEqual(['A', 'B', 'Same']);
    expect(merged['x-unavailable']).toEqual([]);
  });

  it('prefixes every differing definition of a name, refs inside schemas and paths included', () => {
    const ref = { $ref: '#/components/schemas/Item' };
    const merged = mergeDocuments(
      [
        {
          service: 'workshops',
          document: doc(
            { Item: { type: 'string' }, List: { type: 'array', items: ref } },
            {
              '/api/workshops': {
                get: { responses: { 200: { content: { 'application/json': { schema: ref } } } } },
              },
            },
          ),
        },
        {
          service: 'bookings',
          document: doc(
            { Item: { type: 'integer' } },
            { '/api/bookings': { post: { requestBody: ref } } },
          ),
        },
      ],
      ['funds'],
      '1',
    );
    expect(merged.components.schemas).toEqual({
      'workshops.Item': { type: 'string' },
      List: { type: 'array', items: { $ref: '#/components/schemas/workshops.Item' } },
      'bookings.Item': { type: 'integer' },
    });
    expect(merged.paths['/api/bookings']).toEqual({
      post: {
        requestBody: { $ref: '#/components/schemas/bookings.Item' },
        tags: ['bookings'],
        // What the gateway itself may answer, on every operation.
        responses: {
          '429': expect.objectContaining({ description: expect.stringContaining('RATE_LIMITED') }),
          '502': expect.objectContaining({
            description: expect.stringContaining('UPSTREAM_UNAVAILABLE'),
          }),
          '504': expect.objectContaining({
            description: expect.stringContaining('UPSTREAM_TIMEOUT'),
          }),
        },
      },
    });
    expect(JSON.stringify(merged.paths['/api/workshops'])).toContain(
      '#/components/schemas/workshops.Item',
    );
    expect(merged['x-unavailable']).toEqual(['funds']);
  });
});
