import { z } from 'zod';
import { AppError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { parseParams, pathParams } from './validation.js';

const fundParams = pathParams('id', 'entryId');

function refusal(params: unknown): AppError {
  try {
    parseParams(fundParams, params);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('route parameters', () => {
  it('keeps opaque ids of every style: UUIDv7, slug, derived id, sequence', () => {
    const ids = ['0193f2c4-8b1e-7c3a-9f10-4d2e6a7b8c9d', 'vassieux-en-vercors', 'c-Qm9_x', '42'];
    for (const id of ids)
      expect(parseParams(fundParams, { id, entryId: id })).toEqual({ id, entryId: id });
  });

  it('answers 400 VALIDATION_FAILED naming a malformed parameter, in French and English', () => {
    const error = refusal({ id: 'x'.repeat(300), entryId: 'e-1' });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    expect(error.detail).toEqual({
      fr: 'Le chemin a 1 champ invalide.',
      en: 'The path has 1 invalid field.',
    });
    expect(error.errors).toEqual([
      {
        path: 'id',
        message: {
          fr: expect.stringContaining('200') as string,
          en: expect.stringContaining('200') as string,
        },
      },
    ]);
  });

  it('refuses control characters, which no id holds', () => {
    expect(refusal({ id: 'a\u0000b', entryId: 'e' }).errors).toEqual([
      {
        path: 'id',
        message: { fr: 'Sans caractères de contrôle', en: 'No control characters allowed' },
      },
    ]);
  });

  it('documents the bounds in OpenAPI when a route gives its params', () => {
    const doc = openApiDocument({ title: 't', version: '1' }, [
      {
        method: 'get',
        path: '/api/funds/{id}/ledger/{entryId}',
        summary: 'One entry',
        access: 'public',
        params: fundParams,
        responses: { 200: { description: 'The entry', schema: z.object({ id: z.string() }) } },
      },
    ]);
    const operation = doc.paths['/api/funds/{id}/ledger/{entryId}']!.get as {
      parameters: { name: string; schema: { maxLength?: number } }[];
    };
    expect(operation.parameters.map((p) => [p.name, p.schema.maxLength])).toEqual([
      ['id', 200],
      ['entryId', 200],
    ]);
  });
});
