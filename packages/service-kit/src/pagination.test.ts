import { pageByOffset } from './pagination.js';

it('walks a list page by page with opaque cursors, and ends with no cursor', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  const first = pageByOffset(items, 2, undefined);
  expect(first.items).toEqual(['a', 'b']);
  const second = pageByOffset(items, 2, first.nextCursor ?? undefined);
  expect(second.items).toEqual(['c', 'd']);
  const last = pageByOffset(items, 2, second.nextCursor ?? undefined);
  expect(last).toEqual({ items: ['e'], nextCursor: null });
});

it('refuses a cursor it did not make with BAD_CURSOR', () => {
  expect(() => pageByOffset([1], 1, 'not-a-cursor')).toThrow(
    expect.objectContaining({ code: 'BAD_CURSOR', status: 400 }),
  );
  expect(() => pageByOffset([1], 1, Buffer.from('-3').toString('base64url'))).toThrow(
    expect.objectContaining({ code: 'BAD_CURSOR' }),
  );
});

it('refuses a cursor that decodes to nothing or to another spelling of a number', () => {
  for (const cursor of ['!!', '', 'MDA', 'MQ==', 'LTE'])
    expect(() => pageByOffset([1, 2], 1, cursor)).toThrow(
      expect.objectContaining({ code: 'BAD_CURSOR' }),
    );
  expect(pageByOffset([1, 2], 1, 'MQ').items).toEqual([2]);
});
