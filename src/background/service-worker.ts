/**
 * The service worker: injects the content script into the tab the user asked about
 * (activeTab + scripting, no host permissions), routes the popup's requests to it, runs the
 * keyboard command and the context-menu entry that show and hide highlights, and keeps the
 * settings' defaults.
 */
import browser from 'webextension-polyfill';
import contentScript from '../content/content-script.ts?script&iife';
import modelUrl from '../../models/ner.bin?url';
import { analyse, analyseCancellable } from '../core/analyse';
import { NerModel } from '../core/entities/model/model';
import { ModelRecogniser } from '../core/entities/model-recogniser';
import type { Analysis, ArticleText } from '../core/types';
import type { TabState, WikiPreview } from '../shared/messages';
import { sendToTab } from '../shared/send';
import { createRouter } from './router';
import { hostPattern, WIKIPEDIA_API } from '../shared/wikipedia';
import { WikipediaPreviews } from './wikipedia';
import { DEFAULT_SETTINGS, loadSettings, originPattern, saveSettings } from '../shared/settings';
import { errorMessage } from '../shared/error-message';

export const TOGGLE_COMMAND = 'toggle-highlights';

/**
 * The entity model, loaded once per service-worker lifetime. Analysis runs here, off the
 * page's main thread: the content script sends the article's text and paints the result.
 */
let recogniser: Promise<ModelRecogniser> | undefined;

function loadRecogniser(): Promise<ModelRecogniser> {
  recogniser ??= fetch(browser.runtime.getURL(modelUrl))
    .then((r) => r.arrayBuffer())
    .then((bytes) => {
      const model = ModelRecogniser.fromModel(NerModel.fromBytes(new Uint8Array(bytes)));
      warmUp(model);
      return model;
    });
  recogniser.catch(() => (recogniser = undefined));
  return recogniser;
}

/** A short text the new model reads once, so the code a first reading runs is compiled. */
const WARM_UP: ArticleText = {
  meta: {
    url: null,
    title: null,
    byline: [],
    publishedTime: null,
    modifiedTime: null,
    siteName: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    sources: {},
  },
  blocks: [
    {
      id: 0,
      kind: 'paragraph',
      text:
        'Maria Keller, the chief executive of Northwind Shipping Ltd, said on Monday that the company ' +
        'would open an office in Porto. "We are ready," Keller told reporters in Lisbon, where the ' +
        'European Union and Portugal signed the agreement. Mr. Okafor of the Lagos Port Authority agreed.',
    },
  ],
  isArticle: true,
  reason: 'warm-up',
};

/**
 * A fresh service worker's first reading runs cold code (about 50 ms more for the opening of
 * a long article); reading a short text as soon as the model is loaded, while the page is
 * still extracting its article, moves that cost off the reader's wait.
 */
function warmUp(model: ModelRecogniser): void {
  for (let i = 0; i < 3; i++) analyse(WARM_UP, { now: new Date(0), recogniser: model, namesOnly: true });
}

/**
 * The reading under way in each tab (and frame). A new reading from the same place
 * supersedes it (the page re-rendered, or navigated and read again), as do the tab's
 * navigation and closing: the superseded analysis stops at its next stage instead of holding
 * this thread, which every tab shares.
 */
const readings = new Map<string, AbortController>();
const readingKey = (tabId: number, frameId = 0): string => `${tabId}:${frameId}`;

function cancelReadings(tabId: number): void {
  for (const [key, controller] of readings) {
    if (key.startsWith(`${tabId}:`)) {
      controller.abort(new Error('Lede: the reading was superseded'));
      readings.delete(key);
    }
  }
}

async function analyseArticle(article: ArticleText, namesOnly: boolean, key: string): Promise<Analysis> {
  readings.get(key)?.abort(new Error('Lede: the reading was superseded'));
  const controller = new AbortController();
  readings.set(key, controller);
  try {
    return await analyseCancellable(article, {
      now: new Date(),
      recogniser: await loadRecogniser(),
      namesOnly,
      signal: controller.signal,
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    });
  } finally {
    if (readings.get(key) === controller) readings.delete(key);
  }
}

browser.tabs.onRemoved.addListener((tabId) => cancelReadings(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url !== undefined) cancelReadings(tabId);
});

/**
 * A fresh service worker must load the model before its first analysis. Whenever the reader
 * asks for Lede (popup, shortcut, menu), the load starts at once and runs while the content
 * script is injected and the page extracts its article.
 */
function preloadModel(): void {
  void loadRecogniser().catch(() => undefined);
}

async function isInjected(tabId: number): Promise<boolean> {
  try {
    await sendToTab(tabId, { type: 'lede/ping' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Injects the content script unless it is there (`injected` when the caller knows); throws
 * when the page may not be scripted.
 */
async function ensureInjected(tabId: number, injected?: boolean): Promise<void> {
  if (injected ?? (await isInjected(tabId))) return;
  const injecting = browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
  // The model loads while the page reads its article (after the injection is on its way:
  // the load keeps this thread busy).
  preloadModel();
  await injecting;
}

export async function analyseTab(tabId: number, force = false, injected?: boolean): Promise<TabState> {
  try {
    await ensureInjected(tabId, injected);
  } catch (e) {
    return { status: 'restricted', message: errorMessage(e) };
  }
  try {
    return await sendToTab(tabId, { type: 'lede/analyse', force });
  } catch (e) {
    return { status: 'error', message: errorMessage(e) };
  }
}

/**
 * The shortcut and the context-menu entry: on a page Lede has not read yet they annotate
 * it; otherwise they flip all highlights (everywhere; the popup has the per-site switch).
 * The page flips first, so the reader sees it at once; storage then carries the choice to
 * other tabs and later visits.
 */
async function toggleHighlights(tabId: number): Promise<void> {
  let visible: boolean;
  try {
    ({ visible } = await sendToTab(tabId, { type: 'lede/toggle-visible' }));
  } catch {
    // No Lede in the page yet. The content script applies the setting whenever it lands,
    // so saving and annotating run side by side.
    await Promise.all([
      saveSettings(browser.storage.local, { highlightsVisible: true }),
      analyseTab(tabId, false, false),
    ]);
    return;
  }
  await saveSettings(browser.storage.local, { highlightsVisible: visible });
}

const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

async function runCommand(command: string): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (command === TOGGLE_COMMAND) await toggleHighlights(tab.id);
  const direction = STEP_COMMANDS[command];
  // Stepping through mentions needs a page Lede has read; elsewhere the key does nothing.
  if (direction && (await isInjected(tab.id))) await sendToTab(tab.id, { type: 'lede/step-mention', direction });
}

const MENU_TOGGLE = 'lede-toggle-highlights';

/** The Wikipedia endpoint: fixed in the shipped build; the test build points it elsewhere. */
let wikipediaBase = WIKIPEDIA_API;
const wikipedia = new WikipediaPreviews({
  fetch: (input, init) => fetch(input, init),
  storage: browser.storage.local,
  now: () => Date.now(),
  base: () => wikipediaBase,
});

/** A preview only with the setting on and its host permission granted. */
async function wikiPreview(name: string): Promise<WikiPreview> {
  const { wikipediaPreviews } = await loadSettings(browser.storage.local);
  if (!wikipediaPreviews) return { status: 'off' };
  if (!(await browser.permissions.contains({ origins: [hostPattern(wikipediaBase)] }))) return { status: 'off' };
  return wikipedia.preview(name);
}

browser.runtime.onMessage.addListener(
  createRouter({
    extensionId: browser.runtime.id,
    extensionUrl: browser.runtime.getURL(''),
    pages: {
      'lede/analyse-tab': ({ tabId, force }) => analyseTab(tabId, force),
      'lede/wiki-preview': ({ name }) => wikiPreview(name),
    },
    scripts: {
      'lede/analyse-article': ({ article, namesOnly }, sender) =>
        analyseArticle(article, namesOnly ?? false, readingKey(sender.tab.id ?? -1, sender.frameId)),
      'lede/wiki-preview': ({ name }) => wikiPreview(name),
    },
  }),
);

browser.commands.onCommand.addListener((command: string) => {
  void runCommand(command);
});

/**
 * Automatic annotation: one registered content script for the sites the reader chose (each
 * with its granted host permission); a site taken off the list is dropped from it. Chrome
 * keeps the registration across restarts; it is brought up to date whenever the list changes.
 */
const AUTO_SCRIPT_ID = 'lede-auto';

async function syncAutoSites(): Promise<void> {
  const { autoSites } = await loadSettings(browser.storage.local);
  const granted = [];
  for (const origin of autoSites) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
  }
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (!granted.length) return;
  await chrome.scripting.registerContentScripts([
    { id: AUTO_SCRIPT_ID, matches: granted.map(originPattern), js: [contentScript], runAt: 'document_idle' },
  ]);
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'autoSites' in changes) void syncAutoSites();
});
browser.permissions.onRemoved.addListener(() => void syncAutoSites());

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_TOGGLE && tab?.id !== undefined) void toggleHighlights(tab.id);
});

browser.runtime.onInstalled.addListener(async () => {
  browser.contextMenus.create({
    id: MENU_TOGGLE,
    title: 'Show or hide Lede’s highlights',
    contexts: ['page', 'selection'],
  });
  const stored = await browser.storage.local.get(Object.keys(DEFAULT_SETTINGS));
  const missing = Object.fromEntries(Object.entries(DEFAULT_SETTINGS).filter(([k]) => !(k in stored)));
  if (Object.keys(missing).length) await browser.storage.local.set(missing);
});

// The test build lets browser tests run the keyboard command, which headless Chromium
// cannot press.
if (__LEDE_TEST__) {
  (globalThis as typeof globalThis & { ledeTest?: unknown }).ledeTest = {
    runCommand,
    toggleHighlights,
    syncAutoSites,
    setWikipediaBase: (base: string) => (wikipediaBase = base),
  };
}
