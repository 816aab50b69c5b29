import { z } from 'zod';
import { openApiDocument, type RouteDoc } from './openapi.js';

const info = { title: 'test', version: '1' };
const created = z.object({ id: z.string(), name: z.string() });
const route = (
  method: RouteDoc['method'],
  path: string,
  extra: Partial<RouteDoc> = {},
): RouteDoc => ({
  method,
  path,
  summary: `${method} ${path}`,
  access: 'public',
  responses: { 200: { description: 'ok', schema: created } },
  ...extra,
});
const creation = (path: string, extra: Partial<RouteDoc> = {}) =>
  route('post', path, {
    responses: { 201: { description: 'Created', schema: created } },
    ...extra,
  });

type Responses = Record<
  string,
  { links?: Record<string, { operationId: string; parameters: object }> }
>;
const responsesOf = (doc: ReturnType<typeof openApiDocument>, path: string, method: string) =>
  (doc.paths[path] as Record<string, { operationId: string; responses: Responses }>)[method]!;

describe('operation ids and links', () => {
  it('names every operation after its method and path', () => {
    const doc = openApiDocument(info, [route('post', '/api/things/{id}/cancel')]);
    expect(responsesOf(doc, '/api/things/{id}/cancel', 'post').operationId).toBe(
      'postThingsIdCancel',
    );
  });

  it('links a creation to every operation under its item path, with the created id', () => {
    const doc = openApiDocument(info, [
      creation('/api/things'),
      route('get', '/api/things/{id}'),
      route('post', '/api/things/{id}/cancel'),
      route('get', '/api/others/{id}'),
    ]);
    const links = responsesOf(doc, '/api/things', 'post').responses['201']!.links!;
    expect(Object.keys(links)).toEqual(['getThingsId', 'postThingsIdCancel']);
    expect(links.getThingsId).toEqual({
      operationId: 'getThingsId',
      parameters: { id: '$response.body#/id' },
    });
  });

  it('follows declared links, keeping the ids the creation’s own path names', () => {
    const doc = openApiDocument(info, [
      creation('/api/funds/{id}/lines', { links: ['/api/funds/{id}/lines/{lineId}'] }),
      route('patch', '/api/funds/{id}/lines/{lineId}'),
    ]);
    const links = responsesOf(doc, '/api/funds/{id}/lines', 'post').responses['201']!.links!;
    expect(links.patchFundsIdLinesLineId!.parameters).toEqual({
      id: '$request.path.id',
      lineId: '$response.body#/id',
    });
  });

  it('refuses a link to an undocumented path, and two routes with one operation id', () => {
    expect(() =>
      openApiDocument(info, [creation('/api/things', { links: ['/api/nothing/{id}'] })]),
    ).toThrow('post /api/things links to /api/nothing/{id}, which is not documented');
    expect(() =>
      openApiDocument(info, [route('get', '/api/a-b'), route('get', '/api/a/b')]),
    ).toThrow('share getAB');
  });

  it('links from a union that may be the created resource, and refuses links without an id', () => {
    const sessionOrPage = z.union([created, z.object({ items: z.array(created) })]);
    const doc = openApiDocument(info, [
      creation('/api/series', {
        responses: { 201: { description: 'One or many', schema: sessionOrPage } },
        links: ['/api/sessions/{id}'],
      }),
      route('get', '/api/sessions/{id}'),
    ]);
    expect(Object.keys(responsesOf(doc, '/api/series', 'post').responses['201']!.links!)).toEqual([
      'getSessionsId',
    ]);
    const noId = { 201: { description: 'Made', schema: z.object({ url: z.string() }) } };
    expect(() =>
      openApiDocument(info, [
        creation('/api/feeds', { responses: noId, links: ['/api/sessions/{id}'] }),
        route('get', '/api/sessions/{id}'),
      ]),
    ).toThrow('post /api/feeds has links but answers no created id');
  });

  it('gives no links to an answer without an id', () => {
    const doc = openApiDocument(info, [
      route('post', '/api/things', {
        responses: { 201: { description: 'Made', schema: z.object({ url: z.string() }) } },
      }),
      route('get', '/api/things/{id}'),
    ]);
    expect(responsesOf(doc, '/api/things', 'post').responses['201']!.links).toBeUndefined();
  });
});
