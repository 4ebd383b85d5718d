/**
 * The page zoo: pages written to be hard on an annotator. On each, Lede gives a correct
 * result or a clear state (the popup's), and never breaks the page: the page's own script
 * still works, its DOM is unchanged apart from Lede's one host element, and nothing throws
 * in the page. The pages whose tests measure the page's responsiveness are in zoo-large.e2e.ts,
 * which runs alone.
 */
import { describe, expect, test } from 'vitest';
import { openPopup } from './helpers/popup';
import { useLede } from './helpers/setup';
import { highlightTexts, outerHtml, pageStillWorks, SETTLED, zooVisitor } from './helpers/zoo';

const env = useLede();

const visit = zooVisitor(env);

describe('the page zoo', () => {
  test('a strict Content-Security-Policy page: annotated, styled, hover card works', async () => {
    const v = await visit('/pages/zoo/csp.html');
    expect(v.state).toBe('ready');
    expect(await highlightTexts(v.page, 'lede-person')).toEqual(expect.arrayContaining(['Petra Lange']));
    // The highlight styles are in place despite style-src 'self' (a constructed sheet).
    expect(await v.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    await pageStillWorks(v);
    expect(await outerHtml(v.page)).toBe(v.domBefore);
  });

  test('a page that replaces built-ins and posts Lede-like messages: Lede works, and is not driven by the page', async () => {
    const v = await visit('/pages/zoo/builtins.html');
    expect(v.state).toBe('ready');
    expect(await highlightTexts(v.page, 'lede-place')).toEqual(expect.arrayContaining(['Bremen', 'Hamburg']));
    // The page tries again, now that Lede is there: nothing changes.
    await v.page.evaluate(() => {
      window.postMessage({ type: 'lede/toggle-visible' }, '*');
      document.dispatchEvent(new CustomEvent('lede/toggle-visible', { detail: {} }));
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'lede/analyse', force: true } }));
    });
    await v.page.waitForTimeout(300);
    expect(await v.page.evaluate(() => CSS.highlights.has('lede-place'))).toBe(true);
    expect(v.pageErrors.filter((e) => !e.startsWith('page:'))).toEqual([]);
  });

  test('a frameset: the top document has no article, and the card says so', async () => {
    const v = await visit('/pages/zoo/frameset.html');
    expect(v.state).toBe('not-article');
    expect(v.title).toBe('This page is not an article');
    expect(v.pageErrors).toEqual([]);
    expect(await outerHtml(v.page)).toBe(v.domBefore);
  });

  test('iframes are left alone: the top article is annotated, the frames are not touched', async () => {
    const v = await visit('/pages/zoo/iframes.html');
    expect(v.state).toBe('ready');
    expect(await highlightTexts(v.page, 'lede-person')).toEqual(expect.arrayContaining(['Petra Lange']));
    for (const frame of v.page.frames().slice(1)) {
      expect(await frame.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(await frame.evaluate(() => document.querySelector('lede-card'))).toBeNull();
    }
    await pageStillWorks(v);
    expect(await outerHtml(v.page)).toBe(v.domBefore);
  });

  test('open shadow roots: a clear state, and the components keep working', async () => {
    const v = await visit('/pages/zoo/shadow.html');
    expect(['ready', 'not-article']).toContain(v.state);
    expect(
      await v.page.evaluate(() => document.querySelector('story-body')?.shadowRoot?.querySelectorAll('p').length),
    ).toBe(2);
    await pageStillWorks(v);
  });

  test('a right-to-left page: read, its names and dates found, its title shown right to left', async () => {
    const v = await visit('/pages/zoo/rtl.html');
    expect(v.state).toBe('ready');
    expect(await highlightTexts(v.page, 'lede-org')).toEqual(expect.arrayContaining(['Bremen Port Association']));
    expect(await highlightTexts(v.page, 'lede-date')).toEqual(['Tuesday']);
    const popup = await openPopup(env.lede.context, env.lede.sw, v.page);
    await popup.waitFor(SETTLED);
    expect(await popup.evaluate<string>(`document.querySelector('.card .title').getAttribute('dir')`)).toBe('rtl');
    await popup.close();
    await pageStillWorks(v);
  });

  test('a page with no article: "not an article", with the offer to annotate anyway', async () => {
    const v = await visit('/pages/zoo/no-article.html');
    expect(v.state).toBe('not-article');
    expect(await v.page.evaluate(() => CSS.highlights.size)).toBe(0);
    await pageStillWorks(v);
    expect(await outerHtml(v.page)).toBe(v.domBefore);
  });

  test('messages: malformed or unknown requests are refused with a clear error, by the worker and the page script', async () => {
    const v = await visit('/pages/zoo/csp.html');
    const popup = await openPopup(env.lede.context, env.lede.sw, v.page);
    await popup.waitFor(SETTLED);
    const refusal = (expression: string): Promise<string> =>
      popup.evaluate<string>(`(${expression}).then(() => 'accepted', (e) => e.message)`);
    const tab = await env.lede.sw.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    expect(await refusal(`chrome.runtime.sendMessage({ type: 'lede/nope' })`)).toContain(
      'unknown or malformed request',
    );
    expect(await refusal(`chrome.runtime.sendMessage({ type: 'lede/analyse-tab', tabId: 'all' })`)).toContain(
      'unknown or malformed request',
    );
    expect(await refusal(`chrome.runtime.sendMessage({ type: 'lede/wiki-preview', name: 'x'.repeat(500) })`)).toContain(
      'unknown or malformed request',
    );
    expect(
      await refusal(`chrome.tabs.sendMessage(${tab}, { type: 'lede/reveal', blockId: -1, start: 0, end: 1 })`),
    ).toContain('unknown or malformed request');
    expect(await refusal(`chrome.tabs.sendMessage(${tab}, { type: 'lede/step-mention', direction: 5 })`)).toContain(
      'unknown or malformed request',
    );
    // A well-formed one is answered.
    expect(await refusal(`chrome.tabs.sendMessage(${tab}, { type: 'lede/ping' })`)).toBe('accepted');
    await popup.close();
  });

  test('a page whose strings hold markup: annotated, nothing runs', async () => {
    const v = await visit('/pages/hostile.html');
    expect(v.state).toBe('ready');
    expect(v.title).toContain('<img src=x onerror="window.pwned=1">');
    expect(await v.page.evaluate(() => typeof (window as unknown as { pwned?: unknown }).pwned)).toBe('undefined');
    expect(await outerHtml(v.page)).toBe(v.domBefore);
  });

  test('a page whose only language is og:locale "en_US": the card appears, in American English', async () => {
    const v = await visit('/pages/zoo/og-locale.html');
    expect(v.state).toBe('ready');
    expect(v.title).toBe('Dock strike spreads to Bremen');
    expect(v.text).toContain('American English');
    expect(await highlightTexts(v.page, 'lede-person')).toEqual(expect.arrayContaining(['Petra Lange']));
    await pageStillWorks(v);
  });

  test('a page with an inline style jsdom cannot parse: annotated as any other', async () => {
    const v = await visit('/pages/zoo/invalid-css.html');
    expect(v.state).toBe('ready');
    expect(await highlightTexts(v.page, 'lede-person')).toEqual(expect.arrayContaining(['Martina Vogel']));
    await pageStillWorks(v);
  });

  test('synthetic pointer and focus events from the page do not drive the hover card; the reader’s pointer does', async () => {
    const v = await visit('/pages/zoo/og-locale.html');
    const cardOpen = (): Promise<boolean> =>
      v.page.evaluate(() => {
        const card = document.querySelector('lede-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
        return !!card && !card.hidden;
      });
    const point = await v.page.evaluate(() => {
      const range = [...((CSS.highlights.get('lede-person') as unknown as Set<Range> | undefined) ?? [])][0];
      const r = range?.getClientRects()[0];
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    });
    expect(point).not.toBeNull();
    const { x, y } = point as { x: number; y: number };
    await v.page.evaluate(
      ([px, py]) => {
        const target = document.elementFromPoint(px, py) ?? document.body;
        for (let i = 0; i < 5; i++)
          target.dispatchEvent(new PointerEvent('pointermove', { clientX: px, clientY: py, bubbles: true }));
        target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      },
      [x, y] as const,
    );
    await v.page.waitForTimeout(700);
    expect(await cardOpen()).toBe(false);
    await v.page.mouse.move(x, y);
    await expect.poll(cardOpen).toBe(true);
  });
});
