import { describe, expect, test, vi } from 'vitest';
import { parseSummary, WikipediaPreviews, API_USER_AGENT } from '../../src/background/wikipedia';

/** A storage area in memory. */
function memoryArea(): {
  get(k: string[]): Promise<Record<string, unknown>>;
  set(v: Record<string, unknown>): Promise<void>;
  data: Record<string, unknown>;
} {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])])),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

const summary = (title: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'standard',
  title,
  extract: `${title} is a thing.`,
  wikibase_item: 'Q42',
  thumbnail: { source: `https://upload.wikimedia.org/${title}.jpg` },
  content_urls: { desktop: { page: `https://en.wikipedia.org/wiki/${title}` } },
  ...extra,
});

describe('Wikipedia previews', () => {
  test('asks for the name alone, with the agreed headers, and caches the answer', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
      Response.json(summary('Angela_Merkel')),
    );
    const storage = memoryArea();
    const wiki = new WikipediaPreviews({
      fetch: fetch as typeof globalThis.fetch,
      storage,
      now: () => 1000,
      base: () => 'https://wiki.test/api',
    });
    const first = await wiki.preview('Angela  Merkel');
    expect(first).toEqual({
      status: 'found',
      title: 'Angela_Merkel',
      extract: 'Angela_Merkel is a thing.',
      url: 'https://en.wikipedia.org/wiki/Angela_Merkel',
      thumbnail: 'https://upload.wikimedia.org/Angela_Merkel.jpg',
      wikidata: 'Q42',
    });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('https://wiki.test/api/page/summary/Angela_Merkel?redirect=false');
    expect(init?.headers).toEqual({ 'Api-User-Agent': API_USER_AGENT, Accept: 'application/json' });
    expect(init?.credentials).toBe('omit');
    expect(init?.referrerPolicy).toBe('no-referrer');
    // Asked again: from the cache, no second request.
    expect(await wiki.preview('angela merkel')).toEqual(first);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('one request at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const fetch = vi.fn(async (url: string | URL | Request) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return Response.json(summary(String(url).split('/').pop()?.split('?')[0] ?? ''));
    });
    const wiki = new WikipediaPreviews({
      fetch: fetch as typeof globalThis.fetch,
      storage: memoryArea(),
      now: () => 0,
      base: () => 'https://w',
    });
    const all = await Promise.all(['A', 'B', 'C', 'D'].map((n) => wiki.preview(n)));
    expect(all.map((p) => p.status === 'found' && p.title)).toEqual(['A', 'B', 'C', 'D']);
    expect(most).toBe(1);
    // Every answer was kept, and a name asked for twice at once is fetched once.
    await Promise.all([wiki.preview('E'), wiki.preview('E'), wiki.preview('A')]);
    expect(fetch).toHaveBeenCalledTimes(5);
  });

  test('disambiguation, missing pages and errors each have their state; errors are not cached', async () => {
    const answers = [
      Response.json(summary('Mercury', { type: 'disambiguation' })),
      new Response('{}', { status: 404 }),
      new Response('busy', { status: 503 }),
      Response.json(summary('Later')),
    ];
    const fetch = vi.fn(async () => answers.shift() as Response);
    const wiki = new WikipediaPreviews({
      fetch: fetch as typeof globalThis.fetch,
      storage: memoryArea(),
      now: () => 0,
      base: () => 'https://w',
    });
    expect(await wiki.preview('Mercury')).toEqual({
      status: 'ambiguous',
      title: 'Mercury',
      url: 'https://en.wikipedia.org/wiki/Mercury',
    });
    expect(await wiki.preview('Nowhere Person')).toEqual({ status: 'missing' });
    expect((await wiki.preview('Flaky')).status).toBe('error');
    expect((await wiki.preview('Flaky')).status).toBe('found');
  });

  test('the cache keeps the newest 200 names and forgets answers after a week', async () => {
    let now = 0;
    const fetch = vi.fn(async () => Response.json(summary('X')));
    const storage = memoryArea();
    const wiki = new WikipediaPreviews({
      fetch: fetch as typeof globalThis.fetch,
      storage,
      now: () => now,
      base: () => 'https://w',
    });
    for (let i = 0; i < 205; i++) {
      now = i;
      await wiki.preview(`Name ${i}`);
    }
    expect(Object.keys(storage.data['wikiCache'] as object)).toHaveLength(200);
    expect(Object.keys(storage.data['wikiCache'] as object)).not.toContain('name_0');
    fetch.mockClear();
    await wiki.preview('Name 204');
    expect(fetch).not.toHaveBeenCalled();
    now = 204 + 8 * 86_400_000;
    await wiki.preview('Name 204');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('an answer is checked: only https links and thumbnails, a Wikidata id of the right form, a bounded extract', () => {
    const p = parseSummary({
      title: 'T',
      extract: 'x'.repeat(1000),
      thumbnail: { source: 'javascript:alert(1)' },
      wikibase_item: 'Q1"><script>',
      content_urls: { desktop: { page: 'javascript:alert(1)' } },
    });
    expect(p).toEqual({
      status: 'found',
      title: 'T',
      extract: `${'x'.repeat(597)}…`,
      url: 'https://en.wikipedia.org/wiki/T',
    });
    expect(parseSummary(null)).toEqual({ status: 'missing' });
    expect(parseSummary({ title: 'No extract' })).toEqual({ status: 'missing' });
  });
});
