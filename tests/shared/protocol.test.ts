/**
 * The call maps at work: a handler map must answer each call with that call's own response
 * (the `@ts-expect-error` lines are checked by `npm run typecheck`: were the wrong answers
 * accepted, the directives themselves would fail it), a sender gets each call's own answer
 * type, and at run time a checked request reaches the handler of its type and nothing else.
 */
import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  dispatch,
  isBackgroundRequest,
  isContentRequest,
  isWorkerRequest,
  MALFORMED,
  serve,
  type ContentCalls,
  type Handlers,
  type PageState,
  type Send,
} from '../../src/shared/messages';
import type { Analysis } from '../../src/core/types';

const handlers: Handlers<ContentCalls, string> = {
  'lede/ping': async () => ({ ok: true }),
  'lede/analyse': async ({ force }) => ({ status: 'error', message: `force ${String(force)}` }),
  'lede/get-analysis': async () => null,
  'lede/step-mention': async ({ direction }) => ({ ok: direction === 1 }),
  'lede/toggle-visible': async () => ({ visible: false }),
  'lede/reveal': async ({ blockId, start, end }, sender) => ({ ok: sender === 'popup' && blockId + start + end > 0 }),
};

describe('a receiver’s handler map, checked by the compiler', () => {
  test('a handler answering with another call’s response does not compile', () => {
    const wrong: Handlers<ContentCalls, string> = {
      ...handlers,
      // @ts-expect-error -- lede/get-analysis answers an Analysis or null, not a page state
      'lede/get-analysis': async (): Promise<PageState> => ({ status: 'error', message: 'no' }),
    };
    const alsoWrong: Handlers<ContentCalls, string> = {
      ...handlers,
      // @ts-expect-error -- lede/toggle-visible answers { visible }, not { ok }
      'lede/toggle-visible': async () => ({ ok: true }),
    };
    // @ts-expect-error -- every call needs its handler
    const missing: Handlers<ContentCalls, string> = { 'lede/ping': async () => ({ ok: true }) };
    expect([wrong, alsoWrong, missing].every((h) => typeof h['lede/ping'] === 'function')).toBe(true);
  });

  test('a handler sees its own request’s fields', () => {
    const peek: Handlers<ContentCalls, string>['lede/reveal'] = async (request) => {
      expectTypeOf(request.blockId).toEqualTypeOf<number>();
      // @ts-expect-error -- a reveal request has no direction
      void request.direction;
      return { ok: true };
    };
    expect(typeof peek).toBe('function');
  });

  test('a sender gets each call’s own answer type, and only the receiver’s calls', async () => {
    const send: Send<ContentCalls> = (request) => dispatch(handlers, request, 'popup');
    const answer = send({ type: 'lede/get-analysis' });
    expectTypeOf(answer).resolves.toEqualTypeOf<Analysis | null>();
    expectTypeOf(send<'lede/analyse'>).returns.resolves.toEqualTypeOf<PageState>();
    // Compiled, never run: requests this receiver does not take.
    const refused = (): unknown[] => [
      // @ts-expect-error -- the content script takes no lede/analyse-tab
      send({ type: 'lede/analyse-tab', tabId: 1 }),
      // @ts-expect-error -- a reveal needs its whole span
      send({ type: 'lede/reveal', blockId: 1 }),
    ];
    expect(typeof refused).toBe('function');
    expect(await answer).toBeNull();
  });
});

describe('dispatch at run time', () => {
  test('a checked request reaches the handler of its type, with its sender', async () => {
    const answer = serve(isContentRequest, handlers);
    await expect(answer({ type: 'lede/ping' }, 'popup')).resolves.toEqual({ ok: true });
    await expect(answer({ type: 'lede/step-mention', direction: -1 }, 'popup')).resolves.toEqual({ ok: false });
    await expect(answer({ type: 'lede/reveal', blockId: 1, start: 0, end: 2 }, 'popup')).resolves.toEqual({ ok: true });
    await expect(answer({ type: 'lede/reveal', blockId: 1, start: 0, end: 2 }, 'sw')).resolves.toEqual({ ok: false });
  });

  test.each([
    [{ type: 'toString' }],
    [{ type: '__proto__' }],
    [{ type: 'constructor' }],
    [{ type: 'lede/reveal', blockId: 1, start: -1, end: 2 }],
    [{ type: ['lede/ping'] }],
    [{}],
    ['lede/ping'],
  ])('%j is refused, and no handler runs', async (message) => {
    await expect(serve(isContentRequest, handlers)(message, 'popup')).rejects.toThrow(MALFORMED);
  });

  test('each receiver takes its own calls only', () => {
    const preview = { type: 'lede/wiki-preview', name: 'Hamburg' };
    expect([isContentRequest(preview), isBackgroundRequest(preview), isWorkerRequest(preview)]).toEqual([
      false,
      true,
      true,
    ]);
    const tab = { type: 'lede/analyse-tab', tabId: 3 };
    expect([isContentRequest(tab), isBackgroundRequest(tab), isWorkerRequest(tab)]).toEqual([false, true, false]);
  });
});
