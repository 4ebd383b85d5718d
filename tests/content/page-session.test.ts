/**
 * The page session with a fake page, extractor, worker and painter: it reads once and
 * reuses the reading while it fits the page, reads again when the page changes enough, never
 * reuses a failed reading, lets only the latest of overlapping readings paint, and sends the
 * worker no more than the analysis reads (a long article in two steps).
 */
import { describe, expect, test } from 'vitest';
import type { ArticleDoc } from '../../src/article/extract';
import { PageSession, type Painter, type SessionEnv } from '../../src/content/page-session';
import { MAX_BLOCK_CHARS } from '../../src/core/limits';
import type { Analysis, ArticleText, Block } from '../../src/core/types';

const meta = { title: 'Ports' } as ArticleText['meta'];

const paragraph = (id: number, text = 'Dock workers in Hamburg walked out on Monday.'): Block => ({
  id,
  kind: 'paragraph',
  text,
});

/** An extracted article whose blocks are in the page until `page.connected` says otherwise. */
function articleDoc(page: FakePage, blocks: Block[], isArticle = true): ArticleDoc {
  const article: ArticleText = { meta, blocks, isArticle, reason: isArticle ? 'an article' : 'a front page' };
  const blockText = { isConnected: () => page.connected, toRange: () => null };
  return { article, blockTexts: blocks.map(() => blockText) } as unknown as ArticleDoc;
}

interface Deferred {
  resolve(): void;
  reject(e: Error): void;
}

/** The page as the session sees it; every call is recorded. */
class FakePage {
  url = 'https://news.example/a';
  textLength = 10_000;
  connected = true;
  blocks: Block[] = [paragraph(0), paragraph(1)];
  isArticle = true;
  /** The worker's answers wait for `release` while this is set. */
  holdWorker = false;
  failWorker: Error | null = null;
  readonly extracts: boolean[] = [];
  readonly sent: { article: ArticleText; namesOnly: boolean }[] = [];
  readonly held: Deferred[] = [];
  readonly painted: { analysis: Analysis; current: boolean }[] = [];
  cleared = 0;
  watchers: ((navigated: boolean) => void)[] = [];

  readonly env: SessionEnv = {
    url: () => this.url,
    textLength: () => this.textLength,
    extract: (force) => {
      this.extracts.push(force);
      return articleDoc(this, this.blocks, this.isArticle);
    },
    analyse: async (article, namesOnly) => {
      this.sent.push({ article, namesOnly });
      if (this.holdWorker) await new Promise<void>((resolve, reject) => this.held.push({ resolve, reject }));
      if (this.failWorker) throw this.failWorker;
      return { blocks: article.blocks, cut: article.cut, reading: this.sent.length } as unknown as Analysis;
    },
    watch: (onChange) => this.watchers.push(onChange),
    pause: async () => undefined,
  };

  readonly painter: Painter = {
    paint: async (analysis, _doc, isCurrent) => {
      this.painted.push({ analysis, current: isCurrent() });
    },
    clear: () => {
      this.cleared++;
    },
  };

  /** The page's watcher reports a change. */
  change(navigated = false): void {
    for (const w of this.watchers) w(navigated);
  }
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function session(): { page: FakePage; s: PageSession } {
  const page = new FakePage();
  return { page, s: new PageSession(page.env, page.painter) };
}

/** A reading, overtaken by a forced one that finishes first; the older is still held. */
async function overlapping() {
  const { page, s } = session();
  page.holdWorker = true;
  const older = s.run(false);
  await settle();
  const newer = s.run(true);
  await settle();
  expect(page.held).toHaveLength(2);
  page.held[1]?.resolve();
  return { page, s, older, newState: await newer };
}

describe('the page session', () => {
  test('reads once, paints, and reuses the reading while it fits the page', async () => {
    const { page, s } = session();
    const first = await s.run(false);
    expect(first.status).toBe('ready');
    expect(await s.run(false)).toEqual(first);
    expect(page.extracts).toEqual([false]);
    expect(page.sent.map((c) => c.namesOnly)).toEqual([false]);
    expect(page.painted).toHaveLength(1);
    expect(page.watchers).toHaveLength(1);
  });

  test('requests that arrive while a reading runs wait for that reading', async () => {
    const { page, s } = session();
    page.holdWorker = true;
    const a = s.run(false);
    const b = s.run(false);
    await settle();
    page.held.forEach((d) => d.resolve());
    expect(await b).toEqual(await a);
    expect(page.extracts).toHaveLength(1);
  });

  test('reads again when the address changed or the article’s blocks left the page', async () => {
    const { page, s } = session();
    await s.run(false);
    page.url = 'https://news.example/b';
    await s.run(false);
    expect(page.extracts).toHaveLength(2);
    page.connected = false;
    await s.run(false);
    expect(page.extracts).toHaveLength(3);
  });

  test.each([
    ['a small change of the text', false, 10_200, true, 0],
    ['text that arrived late (over 5%)', false, 11_000, true, 1],
    ['text that went', false, 5_000, true, 1],
    ['replaced blocks', false, 10_000, false, 1],
    ['a navigation', true, 10_000, true, 1],
  ])('after %s it reads again %i time(s)', async (_, navigated, length, connected, again) => {
    const { page, s } = session();
    await s.run(false);
    page.textLength = length;
    page.connected = connected;
    page.change(navigated);
    await settle();
    expect(page.extracts).toHaveLength(1 + again);
    expect(page.painted).toHaveLength(1 + again);
    // The watcher is started once, not per reading.
    expect(page.watchers).toHaveLength(1);
  });

  test('"annotate anyway" carries over to a re-read of the same page, not to a new one', async () => {
    const { page, s } = session();
    page.isArticle = false;
    expect((await s.run(false)).status).toBe('not-article');
    expect(page.cleared).toBe(1);
    expect(page.sent).toEqual([]);
    expect((await s.run(true)).status).toBe('ready');
    page.textLength = 20_000;
    page.change(false);
    await settle();
    page.change(true);
    await settle();
    expect(page.extracts).toEqual([false, true, true, false]);
  });

  test('a failed reading is not reused: the next request reads again', async () => {
    const { page, s } = session();
    page.failWorker = new Error('the service worker went away');
    await expect(s.run(false)).rejects.toThrow('the service worker went away');
    page.failWorker = null;
    expect((await s.run(false)).status).toBe('ready');
    expect(page.extracts).toHaveLength(2);
  });

  test('a reading that failed after a good one drops it too', async () => {
    const { page, s } = session();
    await s.run(false);
    page.failWorker = new Error('gone');
    page.url = 'https://news.example/b';
    await expect(s.run(false)).rejects.toThrow('gone');
    page.failWorker = null;
    page.url = 'https://news.example/a';
    await s.run(false);
    expect(page.extracts).toHaveLength(3);
  });

  test('of overlapping readings only the latest paints; the older answers with its state', async () => {
    const { page, older, newState } = await overlapping();
    page.held[0]?.resolve();
    expect(await older).toEqual(newState);
    expect(page.painted.map((p) => p.current)).toEqual([true]);
    expect(page.painted[0]?.analysis).toMatchObject({ reading: 2 });
  });

  test('an older reading that fails after a newer one succeeded answers with the newer state', async () => {
    const { page, s, older, newState } = await overlapping();
    page.held[0]?.reject(new Error('superseded'));
    expect(await older).toEqual(newState);
    // The newer reading is kept.
    expect(await s.run(false)).toEqual(newState);
    expect(page.extracts).toHaveLength(2);
  });

  test('a long article is read in two steps: the names in its opening, then the whole', async () => {
    const { page, s } = session();
    page.blocks = Array.from({ length: 40 }, (_, i) => paragraph(i, 'word '.repeat(50).trim()));
    await s.run(false);
    expect(page.sent.map((c) => [c.namesOnly, c.article.blocks.length])).toEqual([
      [true, 12],
      [false, 40],
    ]);
    expect(page.painted).toHaveLength(2);
  });

  test('no more than the analysis reads is sent to the worker', async () => {
    const { page, s } = session();
    const words = 2 * MAX_BLOCK_CHARS;
    page.blocks = [paragraph(0, 'long '.repeat(words))];
    await s.run(false);
    const sent = page.sent.at(-1)?.article;
    expect(sent?.blocks[0]?.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    // The card can say how long the whole was.
    expect(sent?.cut?.totalWords).toBe(words);
  });
});
