/**
 * Pages that change after Lede has read them: a single-page app that swaps its story and a
 * live page whose text arrives late. The highlights follow, without duplicates or stale
 * ranges, and `lede/get-analysis` answers for the page as it is now.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup } from './helpers/popup';
import { useLede } from './helpers/setup';

const env = useLede();

const texts = (page: Page, name: string): Promise<string[]> =>
  page.evaluate(
    (n) => [...((CSS.highlights.get(n) as unknown as Set<Range> | undefined) ?? [])].map((r) => r.toString()),
    name,
  );

async function activate(page: Page): Promise<void> {
  const popup = await openPopup(env.lede.context, env.lede.sw, page);
  await popup.waitFor("document.getElementById('app')?.dataset.state === 'ready'");
  await popup.close();
}

async function analysis(
  page: Page,
): Promise<{ meta: { title: string }; entities: { name: string; mentions: unknown[] }[] }> {
  await page.bringToFront();
  return env.lede.sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'lede/get-analysis' });
  });
}

const count = (list: string[], item: string): number => list.filter((x) => x === item).length;

test('a single-page app that swaps its story: the highlights follow the new story', async () => {
  const page = await env.lede.context.newPage();
  await page.goto(env.server.url('/pages/spa.html'));
  await activate(page);
  expect(await texts(page, 'lede-person')).toContain('Agnieszka Nowak');

  await page.evaluate(() => (window as unknown as { navigateTo(k: string): void }).navigateTo('b'));
  await expect.poll(() => texts(page, 'lede-person'), { timeout: 5000 }).toContain('Javier Moreno');
  const people = await texts(page, 'lede-person');
  expect(people).not.toContain('Agnieszka Nowak');
  expect(count(people, 'Javier Moreno')).toBe(1);
  expect((await analysis(page)).meta.title).toBe('Valencia port unions call a weekend strike');

  // Back in history: the first story again, once.
  await page.goBack();
  await expect.poll(() => texts(page, 'lede-person'), { timeout: 5000 }).toContain('Agnieszka Nowak');
  expect(await texts(page, 'lede-person')).not.toContain('Javier Moreno');
  await page.close();
});

test('text that arrives late is read, and what was highlighted is not highlighted twice', async () => {
  const page = await env.lede.context.newPage();
  await page.goto(env.server.url('/pages/late.html'));
  await activate(page);
  expect(await texts(page, 'lede-person')).toContain('Sanne Visser');
  expect(await texts(page, 'lede-person')).not.toContain('Peter Mertens');

  await page.evaluate(() => (window as unknown as { addUpdates(): void }).addUpdates());
  await expect.poll(() => texts(page, 'lede-person'), { timeout: 5000 }).toContain('Peter Mertens');
  const people = await texts(page, 'lede-person');
  expect(count(people, 'Sanne Visser')).toBe(1);
  const a = await analysis(page);
  const mentions = a.entities.reduce((n, e) => n + e.mentions.length, 0);
  const painted = (
    await Promise.all(
      // Later mentions in a paragraph are drawn lighter, under their own names.
      ['lede-person', 'lede-org', 'lede-place', 'lede-other']
        .flatMap((n) => [n, `${n}-again`])
        .map((n) => texts(page, n)),
    )
  ).flat();
  expect(painted).toHaveLength(mentions);
  await page.close();
});
