/**
 * The content script, injected into a tab when the user asks for Lede (toolbar button or
 * shortcut). It finds the article, runs the analysis and paints the highlights; it answers
 * the popup's and the service worker's messages and follows the "highlights visible"
 * setting. Everything it sets up hangs off one AbortSignal.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { analyse } from '../core/analyse';
import type { Analysis } from '../core/types';
import { extractArticle, rangeOf, type ArticleDoc } from '../article/extract';
import { isContentRequest, type ContentRequest, type ContentResponses, type PageState } from '../shared/messages';
import { loadSettings, parseSettings } from '../shared/settings';
import { HighlightLayer } from './highlights';

// The script may be injected again into a page that has it (a second click): the
// isolated world keeps its globals, so the first instance stays in charge.
const INSTANCE = Symbol.for('lede.content-script');
const scope = globalThis as typeof globalThis & { [INSTANCE]?: boolean };

if (!scope[INSTANCE]) {
  scope[INSTANCE] = true;
  start();
}

function start(): void {
  const controller = new AbortController();
  const { signal } = controller;
  const layer = new HighlightLayer(document);
  let current: { doc: ArticleDoc; analysis: Analysis; forced: boolean } | null = null;

  const settingsReady = loadSettings(browser.storage.local).then((s) => layer.setVisible(s.highlightsVisible));

  const onStorage = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area !== 'local' || !('highlightsVisible' in changes)) return;
    layer.setVisible(parseSettings({ highlightsVisible: changes['highlightsVisible']?.newValue }).highlightsVisible);
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorage);
    layer.dispose();
  });

  const run = async (force: boolean): Promise<PageState> => {
    await settingsReady;
    if (current && (current.forced || !force) && current.doc.blockTexts.every((b) => b.isConnected())) {
      return { status: 'ready', analysis: current.analysis };
    }
    const doc = extractArticle(document, { url: location.href, force });
    if (!doc.article.isArticle && !force) {
      return { status: 'not-article', reason: doc.article.reason, meta: doc.article.meta };
    }
    const analysis = analyse(doc.article, { now: new Date() });
    current = { doc, analysis, forced: force };
    layer.render(analysis, (span) => rangeOf(doc, span));
    return { status: 'ready', analysis };
  };

  const handle = async (msg: ContentRequest): Promise<ContentResponses[ContentRequest['type']]> => {
    switch (msg.type) {
      case 'lede/ping':
        return { ok: true };
      case 'lede/analyse':
        try {
          return await run(msg.force ?? false);
        } catch (e) {
          return { status: 'error', message: e instanceof Error ? e.message : String(e) };
        }
      case 'lede/get-analysis': {
        const state = await run(false);
        return state.status === 'ready' ? state.analysis : null;
      }
    }
  };

  const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Only Lede's own extension contexts talk to the content script.
    if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;
    return handle(message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}
