/**
 * Accessibility of Lede's surfaces in headless Chromium with the test build: axe-core over
 * the popup, the options page and the hover card, in light and dark, at 100 % and 200 % zoom
 * (no serious or critical violation, and no sideways scrolling at 200 %); the card's outline
 * for a screen reader (headings, lists, labelled switches, a live region that is busy while
 * reading); every control reached by Tab in document order with a visible focus ring; and
 * the highlights in forced-colors mode, whose text keeps 4.5:1 against their fill and whose
 * fill stands 3:1 apart from the page.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { contrast, parseCssColor, type Rgb } from '../../src/content/palette';
import { seriousViolations } from './helpers/axe';
import { colourShares } from './helpers/pixels';
import { useLede } from './helpers/setup';

const env = useLede();

type Scheme = 'light' | 'dark';
type Zoom = 1 | 2;

/**
 * Browser zoom as the page sees it: the same window in device pixels, twice the device pixels
 * per CSS pixel. A popup at 200 % keeps its width (Chrome widens the popup window, up to
 * 800 × 600 device pixels); a tab of a 1280 × 800 window has half the CSS pixels each way.
 */
async function zoom(page: Page, factor: Zoom, window: { width: number; height: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: Math.round(window.width / factor),
    height: Math.round(window.height / factor),
    deviceScaleFactor: factor,
    mobile: false,
  });
  await cdp.detach();
}

const TAB_WINDOW = { width: 1280, height: 800 };
const POPUP_WINDOW: Record<Zoom, { width: number; height: number }> = {
  1: { width: 380, height: 580 },
  2: { width: 760, height: 600 },
};

const overflowsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

async function tabIdOf(url: string): Promise<number> {
  return env.lede.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
}

/** A page of the fixture server, annotated by Lede (the test build's toggle, as the shortcut does). */
async function annotated(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await env.lede.context.newPage();
  const url = env.server.url(path);
  await page.goto(url);
  const tabId = await tabIdOf(url);
  await env.lede.sw.evaluate(
    (id) =>
      (
        globalThis as unknown as { ledeTest: { toggleHighlights(id: number): Promise<void> } }
      ).ledeTest.toggleHighlights(id),
    tabId,
  );
  await page.waitForFunction(() => CSS.highlights.has('lede-person'));
  return { page, tabId };
}

async function openPopupTab(tabId: number): Promise<Page> {
  const page = await env.lede.context.newPage();
  await page.goto(`chrome-extension://${env.lede.extensionId}/src/popup/popup.html?tabId=${tabId}`);
  await page.waitForFunction(() => document.getElementById('app')?.dataset['state'] === 'ready');
  return page;
}

async function openOptions(): Promise<Page> {
  const page = await env.lede.context.newPage();
  await page.goto(`chrome-extension://${env.lede.extensionId}/src/options/options.html`);
  await page.waitForFunction(() => document.getElementById('options')?.getAttribute('aria-busy') === 'false');
  return page;
}

/** Opens the hover card over the first person named in the page; resolves when it shows. */
async function hoverFirstPerson(page: Page): Promise<void> {
  await page.bringToFront();
  const shown = (): Promise<boolean> =>
    page.evaluate(() => {
      const card = document.querySelector('lede-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return card !== null && card !== undefined && !card.hidden;
    });
  // The pointer leaves and comes back until the card opens (a scroll may still be settling).
  await expect
    .poll(
      async () => {
        const point = await page.evaluate(async () => {
          const range = [...(CSS.highlights.get('lede-person') as unknown as Set<Range>)][0] as Range;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const r = range.getClientRects()[0] as DOMRect;
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        });
        await page.mouse.move(0, 0);
        await page.mouse.move(point.x, point.y);
        await page.waitForTimeout(600);
        return shown();
      },
      { timeout: 20_000, interval: 100 },
    )
    .toBe(true);
}

let article: { page: Page; tabId: number };
let darkArticle: { page: Page; tabId: number };

beforeAll(async () => {
  article = await annotated('/demo/article.html');
  darkArticle = await annotated('/pages/dark.html');
});

describe.each([
  ['light', 1],
  ['light', 2],
  ['dark', 1],
  ['dark', 2],
] as [Scheme, Zoom][])('axe-core, %s, zoom ×%d', (scheme, factor) => {
  test('the popup: no serious or critical violation, no sideways scrolling', async () => {
    const popup = await openPopupTab(article.tabId);
    await popup.emulateMedia({ colorScheme: scheme });
    await zoom(popup, factor, POPUP_WINDOW[factor]);
    expect(await seriousViolations(popup)).toEqual([]);
    expect(await overflowsSideways(popup)).toBe(false);
    await popup.close();
  });

  test('the options page: no serious or critical violation, no sideways scrolling', async () => {
    const options = await openOptions();
    await options.emulateMedia({ colorScheme: scheme });
    await zoom(options, factor, TAB_WINDOW);
    expect(await seriousViolations(options)).toEqual([]);
    expect(await overflowsSideways(options)).toBe(false);
    await options.close();
  });

  test('the hover card (on a light or a dark article): no serious or critical violation, inside the window', async () => {
    const { page } = scheme === 'light' ? article : darkArticle;
    await page.emulateMedia({ colorScheme: scheme });
    await zoom(page, factor, TAB_WINDOW);
    await hoverFirstPerson(page);
    const dark = await page.evaluate(
      () => document.querySelector('lede-card')?.shadowRoot?.querySelector('.card')?.classList.contains('dark') ?? null,
    );
    expect(dark).toBe(scheme === 'dark');
    expect(await seriousViolations(page, 'lede-card')).toEqual([]);
    const inside = await page.evaluate(() => {
      const r = document.querySelector('lede-card')?.shadowRoot?.querySelector('.card')?.getBoundingClientRect();
      return (
        r !== undefined && r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight
      );
    });
    expect(inside).toBe(true);
    await page.keyboard.press('Escape');
  });
});

describe('the card read by a screen reader', () => {
  test('one title heading, a heading per section, lists, labelled switches, a polite live region', async () => {
    const popup = await openPopupTab(article.tabId);
    const outline = await popup.evaluate(() => {
      const app = document.getElementById('app') as HTMLElement;
      return {
        live: app.getAttribute('aria-live'),
        busy: app.getAttribute('aria-busy'),
        h1: [...document.querySelectorAll('h1')].map((e) => e.textContent),
        h2: [...document.querySelectorAll('h2')].map((e) => e.textContent),
        entityLists: document.querySelectorAll('.entities ul > li.entity').length,
        timeline: document.querySelectorAll('.dates ol > li').length,
        switches: [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].map((i) =>
          [...(i.labels ?? [])].map((l) => l.textContent?.trim()).join(' '),
        ),
        sections: [...document.querySelectorAll('section')].every((s) => {
          const id = s.getAttribute('aria-labelledby');
          return id !== null && document.getElementById(id)?.tagName === 'H2';
        }),
      };
    });
    expect(outline.live).toBe('polite');
    expect(outline.busy).toBe('false');
    expect(outline.h1).toEqual(['Rhine shippers cut loads as river falls to record low']);
    expect(outline.h2.length).toBeGreaterThanOrEqual(4);
    expect(outline.entityLists).toBeGreaterThan(3);
    expect(outline.timeline).toBeGreaterThan(3);
    expect(outline.switches.length).toBeGreaterThanOrEqual(3);
    expect(outline.switches.every((label) => label.length > 0)).toBe(true);
    expect(outline.sections).toBe(true);
    await popup.close();
  });

  test('while Lede reads, the live region is busy and says so', async () => {
    const page = await env.lede.context.newPage();
    // Records each state of the live region from the popup's first script on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as unknown as { ledeStates: string[] }).ledeStates = seen;
      new MutationObserver(() => {
        const app = document.getElementById('app');
        if (app) seen.push(`${app.getAttribute('aria-busy')} ${app.dataset['state'] ?? ''} ${app.textContent ?? ''}`);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(`chrome-extension://${env.lede.extensionId}/src/popup/popup.html?tabId=${article.tabId}`);
    await page.waitForFunction(() => document.getElementById('app')?.dataset['state'] === 'ready');
    const states = await page.evaluate(() => (globalThis as unknown as { ledeStates: string[] }).ledeStates);
    expect(states.some((s) => s.startsWith('true analysing') && s.includes('Reading'))).toBe(true);
    expect(states.at(-1)).toMatch(/^false ready/u);
    await page.close();
  });
});

/** Tabs through a page; for each stop, what has focus and whether its focus ring shows. */
async function tabThrough(page: Page): Promise<{ order: string[]; expected: string[]; unringed: string[] }> {
  await page.bringToFront();
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    let i = 0;
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]'))
      el.dataset['stop'] = String(i++);
  });
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-stop]')]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0)
      // One stop per radio group: the checked one.
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
      .map((el) => el.dataset['stop'] ?? ''),
  );
  const order: string[] = [];
  const unringed: string[] = [];
  for (let i = 0; i < expected.length + 1; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const ring =
        el.matches(':focus-visible') &&
        ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none');
      const r = el.getBoundingClientRect();
      const onScreen = r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
      return { id: el.dataset['stop'] ?? el.tagName, shows: ring && onScreen, what: el.outerHTML.slice(0, 80) };
    });
    if (!stop || order.includes(stop.id)) break;
    order.push(stop.id);
    if (!stop.shows) unringed.push(stop.what);
  }
  return { order, expected, unringed };
}

describe('keyboard', () => {
  test('the popup: every control in document order, each with a visible focus ring', async () => {
    const popup = await openPopupTab(article.tabId);
    const { order, expected, unringed } = await tabThrough(popup);
    expect(expected.length).toBeGreaterThan(20);
    expect(order).toEqual(expected);
    expect(unringed).toEqual([]);
    // Operable: Enter on an entity shows it in the page.
    const name = await popup.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('.entity button.name');
      button?.focus();
      return button?.querySelector('.label')?.textContent ?? '';
    });
    await popup.keyboard.press('Enter');
    await expect
      .poll(() =>
        article.page.evaluate(() =>
          [...((CSS.highlights.get('lede-focus') as unknown as Set<Range> | undefined) ?? [])].map((r) => r.toString()),
        ),
      )
      .toEqual([name]);
    await popup.close();
  });

  test('the options page: every control in document order, each with a visible focus ring', async () => {
    const options = await openOptions();
    const { order, expected, unringed } = await tabThrough(options);
    expect(expected.length).toBeGreaterThan(8);
    expect(order).toEqual(expected);
    expect(unringed).toEqual([]);
    await options.close();
  });
});

describe('forced-colors mode', () => {
  test.each(['light', 'dark'] as Scheme[])(
    'every highlight type keeps its text at 4.5:1 on its fill, the fill 3:1 from the page (%s system colours)',
    async (scheme) => {
      const { page } = article;
      await zoom(page, 1, TAB_WINDOW);
      // The pointer an earlier test left over the article would open a hover card over the
      // marks measured here (it sits above the line it belongs to): moved away, card closed.
      await page.mouse.move(0, 0);
      await page.keyboard.press('Escape');
      await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      const canvas = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const pageRgb = parseCssColor(canvas)?.rgb as Rgb;
      for (const name of ['lede-person', 'lede-org', 'lede-place', 'lede-other', 'lede-date']) {
        const rect = await page.evaluate((n) => {
          const range = [...(CSS.highlights.get(n) as unknown as Set<Range>)][0] as Range;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const r = range.getClientRects()[0] as DOMRect;
          return { x: r.left, y: r.top, width: r.width, height: r.height };
        }, name);
        const shares = await colourShares(env.lede.context, await page.screenshot({ clip: rect }));
        const fill = shares[0]?.rgb as Rgb;
        const text = shares
          .filter((c) => c.share >= 0.02)
          .map((c) => c.rgb)
          .reduce((best, c) => (contrast(c, fill) > contrast(best, fill) ? c : best), fill);
        expect(contrast(text, fill), `${name} text on fill`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(fill, pageRgb), `${name} fill against the page`).toBeGreaterThanOrEqual(3);
      }
      await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
    },
  );
});
