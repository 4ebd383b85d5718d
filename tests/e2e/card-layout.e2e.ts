/**
 * The card's layout, driven through the popup opened as a page (`?tabId=`, the documented
 * route for debugging and tests, which once answered "unknown or malformed request").
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPopupPage } from './helpers/popup';
import { useLede } from './helpers/setup';

const env = useLede();
const ready = (p: Page): Promise<unknown> =>
  p.waitForFunction(() => ['ready', 'error'].includes(document.getElementById('app')?.dataset['state'] ?? ''));

describe('the popup as a page, about the demo article', () => {
  let article: Page;
  let popup: Page;

  beforeAll(async () => {
    article = await env.lede.context.newPage();
    await article.goto(env.server.url('/demo/article.html'));
    popup = await openPopupPage(env.lede.context, env.lede.sw, article);
    await ready(popup);
  });

  afterAll(async () => {
    await popup?.close();
    await article?.close();
  });

  test('?tabId= shows the card of that tab, not an error', async () => {
    expect(await popup.evaluate(() => document.getElementById('app')?.dataset['state'])).toBe('ready');
    expect(await popup.textContent('.card .title')).toBe('Rhine shippers cut loads as river falls to record low');
  });

  test('the two switches sit in one row under the header, in plain words', async () => {
    await popup.setViewportSize({ width: 380, height: 760 });
    const row = await popup.evaluate(() => {
      const labels = [...document.querySelectorAll<HTMLElement>('header .switches label')];
      return {
        texts: labels.map((l) => l.textContent),
        tops: labels.map((l) => Math.round(l.getBoundingClientRect().top)),
        inHeader: labels.every((l) => l.closest('header') !== null),
        labelled: labels.every((l) => (l.querySelector('input') as HTMLInputElement).labels?.[0] === l),
      };
    });
    expect(row.texts).toEqual(['Highlights on this page', 'Always on this site']);
    expect(new Set(row.tops).size).toBe(1);
    expect(row).toMatchObject({ inHeader: true, labelled: true });
  });

  test('"+N more" is a button that expands the list in place, by mouse or keyboard', async () => {
    const state = (): Promise<{ visible: number; total: number; text: string; expanded: string | null }> =>
      popup.evaluate(() => {
        const group = document.querySelector('[data-type="PLACE"]') as HTMLElement;
        const chips = [...group.querySelectorAll<HTMLElement>('li.entity')];
        const more = group.querySelector('button.more');
        return {
          visible: chips.filter((c) => c.getClientRects().length > 0).length,
          total: chips.length,
          text: more?.textContent ?? '',
          expanded: more?.getAttribute('aria-expanded') ?? null,
        };
      });
    const before = await state();
    expect(before.total).toBeGreaterThan(before.visible);
    expect(before.text).toBe(`+${before.total - before.visible} more`);
    await popup.focus('[data-type="PLACE"] button.more');
    await popup.keyboard.press('Enter');
    expect(await state()).toMatchObject({ visible: before.total, expanded: 'true', text: 'Show fewer' });
    await popup.click('[data-type="PLACE"] button.more');
    expect(await state()).toMatchObject({ visible: before.visible, expanded: 'false' });
  });

  test('chips never wrap mid-name; the Wikipedia link shows on hover and on keyboard focus', async () => {
    const wrapped = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('li.entity')]
        .filter((c) => c.getClientRects().length > 0)
        .filter((c) => {
          const label = c.querySelector('.label') as HTMLElement;
          const line = parseFloat(getComputedStyle(label).lineHeight);
          return label.getBoundingClientRect().height > line * 1.5;
        })
        .map((c) => c.textContent),
    );
    expect(wrapped).toEqual([]);

    const linkShown = (): Promise<{ opacity: string; focused: boolean }> =>
      popup.evaluate(() => {
        const link = document.querySelector('[data-type="PERSON"] li.entity a.wiki') as HTMLElement;
        return { opacity: getComputedStyle(link).opacity, focused: document.activeElement === link };
      });
    await popup.mouse.move(1, 1);
    expect((await linkShown()).opacity).toBe('0');
    await popup.hover('[data-type="PERSON"] li.entity button.name');
    expect((await linkShown()).opacity).toBe('1');
    await popup.mouse.move(1, 1);
    // By keyboard: Tab from the name reaches its link, which shows.
    await popup.focus('[data-type="PERSON"] li.entity button.name');
    await popup.keyboard.press('Tab');
    expect(await linkShown()).toEqual({ opacity: '1', focused: true });
    const name = await popup.textContent('[data-type="PERSON"] li.entity .label');
    expect(await popup.getAttribute('[data-type="PERSON"] li.entity a.wiki', 'aria-label')).toBe(
      `${name} on Wikipedia`,
    );
  });

  test('the Wikipedia link, shown on hover or focus, covers no other chip (the next row’s above all)', async () => {
    await popup.setViewportSize({ width: 380, height: 760 });
    // Every chip shown, so that each group has several rows.
    for (const more of await popup.$$('button.more[aria-expanded="false"]')) await more.click();
    const chips = await popup.$$('li.entity');
    const covered: string[] = [];
    let rowsBelow = 0;
    for (const [i, chip] of chips.entries()) {
      // By mouse for some, by keyboard (Tab from the name) for the others; the last chip's
      // link hidden first.
      await popup.mouse.move(1, 1);
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      if (i % 2) await (await chip.$('button.name'))?.hover();
      else {
        await (await chip.$('button.name'))?.focus();
        await popup.keyboard.press('Tab');
      }
      const found = await chip.evaluate((li) => {
        const link = li.querySelector('a.wiki') as HTMLElement;
        const box = link.getBoundingClientRect();
        const mine = li.getBoundingClientRect();
        const others = [...document.querySelectorAll<HTMLElement>('li.entity, li.more-item')].filter(
          (c) => c !== li && c.getClientRects().length > 0,
        );
        const overlaps = (r: DOMRect): boolean =>
          r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom;
        return {
          shown: getComputedStyle(link).opacity === '1',
          over: others.filter((c) => overlaps(c.getBoundingClientRect())).map((c) => c.textContent ?? ''),
          below: others.some(
            (c) => c.getBoundingClientRect().top >= mine.bottom && c.closest('ul') === li.closest('ul'),
          ),
          name: li.querySelector('.label')?.textContent ?? '',
        };
      });
      expect(found.shown).toBe(true);
      if (found.below) rowsBelow++;
      if (found.over.length) covered.push(`${found.name} covers ${found.over.join(', ')}`);
    }
    // The demo's lists have rows under rows: the check is not empty.
    expect(rowsBelow).toBeGreaterThan(3);
    expect(covered).toEqual([]);
    await popup.mouse.move(1, 1);
    await popup.reload();
    await ready(popup);
  });

  test('a chip keeps the whole name and cuts its role instead; a name wider than the chip wraps at its spaces', async () => {
    await popup.setViewportSize({ width: 380, height: 760 });
    const chips = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('li.entity')]
        .filter((c) => c.getClientRects().length > 0)
        .map((c) => {
          const label = c.querySelector('.label') as HTMLElement;
          const role = c.querySelector<HTMLElement>('.role');
          const list = (c.closest('ul') as HTMLElement).getBoundingClientRect();
          const l = label.getBoundingClientRect();
          const r = role?.getBoundingClientRect();
          return {
            name: label.textContent ?? '',
            nameCut: label.scrollWidth > label.clientWidth + 1,
            nameLines: Math.round(l.height / parseFloat(getComputedStyle(label).lineHeight)),
            inside: c.getBoundingClientRect().right <= list.right + 0.5,
            roleCut: role ? role.scrollWidth > role.clientWidth + 1 : null,
            // The role reads after the name: beside it, or on the chip's next line.
            roleAfter: r ? r.left >= l.right || r.top >= l.bottom - 1 : null,
            roleWidth: r?.width ?? null,
          };
        }),
    );
    expect(chips.filter((c) => c.nameCut || c.nameLines !== 1).map((c) => c.name)).toEqual([]);
    expect(chips.filter((c) => !c.inside).map((c) => c.name)).toEqual([]);
    // On the demo article "Jan de Vries" and "Ursula Hartmann" have long roles: those are cut.
    const withRole = chips.filter((c) => c.roleCut !== null);
    expect(withRole.map((c) => c.name)).toEqual(expect.arrayContaining(['Jan de Vries', 'Ursula Hartmann']));
    expect(withRole.filter((c) => c.name === 'Jan de Vries' || c.name === 'Ursula Hartmann')).toMatchObject([
      { roleCut: true, roleAfter: true },
      { roleCut: true, roleAfter: true },
    ]);
    // A cut role still shows a few words, never a lone ellipsis.
    expect(withRole.filter((c) => (c.roleWidth ?? 0) < 40).map((c) => c.name)).toEqual([]);

    // A name wider than the whole chip (set here in place of one): it wraps between words
    // (or after a hyphen), never inside one, and the chip stays inside the card.
    const long = await popup.evaluate(() => {
      const chip = document.querySelector<HTMLElement>('[data-type="PERSON"] li.entity:has(.role)') as HTMLElement;
      const label = chip.querySelector('.label') as HTMLElement;
      label.textContent = 'María del Carmen Fernández de la Vega Sanz-Rodríguez y Montenegro Villalobos';
      const text = label.firstChild as Text;
      const range = document.createRange();
      const split: string[] = [];
      let at = 0;
      // Words between spaces and hyphens (a line may end after a hyphen, as in print).
      for (const word of (text.data ?? '').split(/[ -]/u)) {
        range.setStart(text, at);
        range.setEnd(text, at + word.length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) split.push(word);
        at += word.length + 1;
      }
      const list = (chip.closest('ul') as HTMLElement).getBoundingClientRect();
      const l = label.getBoundingClientRect();
      return {
        split,
        lines: Math.round(l.height / parseFloat(getComputedStyle(label).lineHeight)),
        inside: chip.getBoundingClientRect().right <= list.right + 0.5,
        pageWidth: document.documentElement.scrollWidth,
      };
    });
    expect(long).toMatchObject({ split: [], inside: true, pageWidth: 380 });
    expect(long.lines).toBeGreaterThan(1);
    await popup.reload();
    await ready(popup);
  });

  test('the timeline shows about eight dates, each value on one line, and "Show all" lists the rest', async () => {
    const rows = (): Promise<{ shown: number; total: number; multiLine: string[] }> =>
      popup.evaluate(() => {
        const items = [...document.querySelectorAll<HTMLElement>('.dates li')];
        const shown = items.filter((li) => li.getClientRects().length > 0);
        return {
          shown: shown.length,
          total: items.length,
          multiLine: shown
            .map((li) => li.querySelector('.value') as HTMLElement)
            .filter((v) => v.getBoundingClientRect().height > parseFloat(getComputedStyle(v).lineHeight) * 1.5)
            .map((v) => v.textContent ?? ''),
        };
      });
    const first = await rows();
    // About eight: the entries the analysis features (or the first eight), the rest behind the button.
    expect(first.total).toBeGreaterThan(8);
    expect(first.shown).toBeGreaterThan(0);
    expect(first.shown).toBeLessThanOrEqual(8);
    expect(first.multiLine).toEqual([]);
    await popup.click('.dates button.show-all');
    const all = await rows();
    expect(all.shown).toBe(all.total);
    expect(all.multiLine).toEqual([]);
    // The values read as dates, never as codes.
    const values = await popup.$$eval('.dates .value', (vs) => vs.map((v) => v.textContent ?? ''));
    expect(values.filter((v) => /\d{4}-(?:\d|W|Q|H)|T(?:MO|AF|EV|NI)/u.test(v))).toEqual([]);
  });

  test('the sentences keep most of the timeline’s width: a long date takes its row’s first line', async () => {
    await popup.setViewportSize({ width: 380, height: 760 });
    const rows = await popup.$$eval('.dates li', (items) =>
      items
        .filter((li) => li.getClientRects().length > 0)
        .map((li) => {
          const list = (li.closest('ol') as HTMLElement).getBoundingClientRect();
          const v = (li.querySelector('.value') as HTMLElement).getBoundingClientRect();
          const s = (li.querySelector('.snippet') as HTMLElement).getBoundingClientRect();
          return {
            value: li.querySelector('.value')?.textContent ?? '',
            share: s.width / list.width,
            beside: Math.abs(v.top - s.top) < 2 && v.right <= s.left,
            over: v.bottom <= s.top + 1,
            inside: v.right <= list.right + 0.5,
          };
        }),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.share < 0.6).map((r) => r.value)).toEqual([]);
    expect(rows.filter((r) => !r.inside).map((r) => r.value)).toEqual([]);
    // Every date beside its sentence, or over it: "week of Aug 18, 2025". ("mid-August" in "the lowest
    // reading for mid-August since records began in 1930" is a time of any year: off the timeline.)
    expect(rows.filter((r) => !r.beside && !r.over).map((r) => r.value)).toEqual([]);
    expect(rows.find((r) => r.value.startsWith('week of'))).toMatchObject({ over: true });
    expect(rows.find((r) => r.value.startsWith('mid August'))).toBeUndefined();
    expect(rows.find((r) => r.value === '2018')).toMatchObject({ beside: true });
  });

  test('a source’s counts read on one line ("1 reported" never split); its quote is spoken in one pair of marks', async () => {
    await popup.setViewportSize({ width: 380, height: 760 });
    const split = await popup.$$eval('.sources .counts, .sources .unnamed', (els) =>
      els.filter((e) => e.getClientRects().length > 1).map((e) => e.textContent),
    );
    expect(await popup.$$eval('.sources .counts', (els) => els.length)).toBeGreaterThan(3);
    expect(split).toEqual([]);
    const quotes = await popup.$$eval('.sources button.quote', (bs) =>
      bs.map((b) => ({ shown: b.textContent ?? '', label: b.getAttribute('aria-label') ?? '' })),
    );
    const vogel = quotes.find((q) => q.label.startsWith('Martina Vogel'));
    expect(vogel?.label).toBe(`Martina Vogel: ${vogel?.shown} (show in the page)`);
    expect(quotes.filter((q) => /““|””/u.test(q.label)).map((q) => q.label)).toEqual([]);
  });

  test('each date in the timeline shows in its sentence, even at the end of a long one', async () => {
    const rows = await popup.$$eval('.dates li', (items) =>
      items.map((li) => ({
        value: li.querySelector('.value')?.textContent ?? '',
        mark: li.querySelector('.snippet mark')?.textContent ?? '',
        snippet: li.querySelector('.snippet')?.textContent ?? '',
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    // No row whose "sentence" is the date alone.
    expect(rows.filter((r) => r.snippet.trim() === r.mark.trim()).map((r) => r.value)).toEqual([]);
    // 1930 closes the article's first sentence, longer than the analysis keeps of it.
    expect(rows.find((r) => r.value === '1930')?.snippet).toMatch(/since records began in 1930\.$/u);
    // A sentence is cut between words: none ends in a broken one ("…since records began i…").
    expect(rows.filter((r) => /(?:^|\s)\S…$/u.test(r.snippet)).map((r) => r.snippet)).toEqual([]);
  });

  test('the publisher’s description shows first, labelled as theirs', async () => {
    const publisher = await popup.evaluate(() => ({
      label: document.querySelector('.summary .publisher figcaption')?.textContent,
      text: document.querySelector('.summary .publisher blockquote')?.textContent ?? '',
    }));
    expect(publisher.label).toBe('The publisher’s summary');
    expect(publisher.text).toMatch(/Rhine/u);
  });
});
