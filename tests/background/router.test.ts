/**
 * The service worker's front door: strangers are refused, malformed or unknown requests are
 * refused, Lede's pages and its content script each reach their own calls (and only those),
 * and a handler gets its sender.
 */
import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createRouter } from '../../src/background/router';
import { MALFORMED, STRANGER } from '../../src/shared/messages';

const ID = 'lede-extension-id';
const ROOT = `chrome-extension://${ID}/`;

/** Only its shape is checked here: metadata, numbered blocks of known kinds, a verdict. */
const article = {
  meta: {},
  blocks: [{ id: 0, kind: 'paragraph', text: 'Dock workers in Hamburg walked out.' }],
  isArticle: true,
  reason: 'test',
};

function router() {
  const calls: string[] = [];
  const route = createRouter({
    extensionId: ID,
    extensionUrl: ROOT,
    pages: {
      'lede/analyse-tab': async ({ tabId, force }) => {
        calls.push(`analyse-tab ${tabId} ${String(force)}`);
        return { status: 'restricted', message: 'test' };
      },
      'lede/wiki-preview': async ({ name }) => {
        calls.push(`page preview ${name}`);
        return { status: 'off' };
      },
    },
    scripts: {
      'lede/analyse-article': async ({ namesOnly }, sender) => {
        calls.push(`analyse-article tab ${sender.tab.id} frame ${sender.frameId} ${String(namesOnly)}`);
        return { error: 'not a real analysis' } as never;
      },
      'lede/wiki-preview': async ({ name }, sender) => {
        calls.push(`script preview ${name} tab ${sender.tab.id}`);
        return { status: 'missing' };
      },
      'lede/open-options': async (_, sender) => {
        calls.push(`open options tab ${sender.tab.id}`);
        return { ok: true };
      },
    },
  });
  return { route, calls };
}

const popup: Runtime.MessageSender = { id: ID, url: `${ROOT}src/popup/popup.html` };
const script: Runtime.MessageSender = {
  id: ID,
  url: 'https://news.example/a',
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
};

describe('the service worker’s router', () => {
  test('Lede’s popup reaches its calls, with their payloads', async () => {
    const { route, calls } = router();
    await expect(route({ type: 'lede/analyse-tab', tabId: 4, force: true }, popup)).resolves.toEqual({
      status: 'restricted',
      message: 'test',
    });
    await expect(route({ type: 'lede/wiki-preview', name: 'Hamburg' }, popup)).resolves.toEqual({ status: 'off' });
    expect(calls).toEqual(['analyse-tab 4 true', 'page preview Hamburg']);
  });

  test('Lede’s popup opened as a page in a tab (`?tabId=`) still reaches the pages’ calls', async () => {
    const { route, calls } = router();
    const asTab: Runtime.MessageSender = {
      ...popup,
      url: `${ROOT}src/popup/popup.html?tabId=7`,
      frameId: 0,
      tab: { id: 9, index: 1, highlighted: true, active: true, pinned: false, incognito: false },
    };
    await expect(route({ type: 'lede/analyse-tab', tabId: 7 }, asTab)).resolves.toEqual({
      status: 'restricted',
      message: 'test',
    });
    // It is a page, not a content script: the content script's calls stay closed to it.
    await expect(route({ type: 'lede/analyse-article', article }, asTab)).rejects.toThrow(MALFORMED);
    expect(calls).toEqual(['analyse-tab 7 undefined']);
  });

  test('Lede’s content script reaches its own calls, with its tab and frame', async () => {
    const { route, calls } = router();
    await route({ type: 'lede/analyse-article', article, namesOnly: true }, { ...script, frameId: 3 });
    await expect(route({ type: 'lede/wiki-preview', name: 'Hamburg' }, script)).resolves.toEqual({
      status: 'missing',
    });
    expect(calls).toEqual(['analyse-article tab 7 frame 3 true', 'script preview Hamburg tab 7']);
  });

  test.each([
    ['another extension', { ...popup, id: 'someone-else' }],
    ['another extension’s tab', { ...script, id: 'someone-else' }],
    ['no id at all', { url: `${ROOT}src/popup/popup.html` }],
    ['a page of Lede’s id outside its URL space', { id: ID, url: 'https://evil.example/' }],
    ['Lede’s id with no URL and no tab', { id: ID }],
  ])('a stranger (%s) is refused, and no handler runs', async (_, sender: Runtime.MessageSender) => {
    const { route, calls } = router();
    await expect(route({ type: 'lede/wiki-preview', name: 'Hamburg' }, sender)).rejects.toThrow(STRANGER);
    expect(calls).toEqual([]);
  });

  test.each([
    ['an unknown type', popup, { type: 'lede/nope' }],
    ['a tab id that is not a number', popup, { type: 'lede/analyse-tab', tabId: 'all' }],
    ['a name far too long for a name', popup, { type: 'lede/wiki-preview', name: 'x'.repeat(500) }],
    ['not an object', popup, 'lede/analyse-tab'],
    ['the content script asking for a tab’s reading (a page’s call)', script, { type: 'lede/analyse-tab', tabId: 7 }],
    [
      'the popup asking to analyse an article (the content script’s call)',
      popup,
      { type: 'lede/analyse-article', article },
    ],
    [
      'an article whose blocks run backwards',
      script,
      {
        type: 'lede/analyse-article',
        article: {
          ...article,
          blocks: [
            { id: 2, kind: 'paragraph', text: 'b' },
            { id: 1, kind: 'paragraph', text: 'a' },
          ],
        },
      },
    ],
    ['a type inherited from Object', script, { type: 'constructor' }],
  ])('%s is refused as malformed, and no handler runs', async (_, sender: Runtime.MessageSender, message: unknown) => {
    const { route, calls } = router();
    await expect(route(message, sender)).rejects.toThrow(MALFORMED);
    expect(calls).toEqual([]);
  });
});
