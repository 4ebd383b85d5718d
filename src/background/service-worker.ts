/**
 * The service worker, as wiring: it injects the content script into the tab the reader asked
 * about (injection.ts), hosts the model that reads articles (model-host.ts), answers Lede's
 * pages and content script (router.ts), runs the keyboard commands and the context-menu
 * entry (commands.ts), gates Wikipedia previews (wikipedia-gate.ts), keeps the automatically
 * annotated sites registered (auto-sites.ts) and sets up on install (install.ts). Every
 * listener is added here, at the top level, so that Chrome finds them when it wakes the
 * worker for an event.
 */
import browser from 'webextension-polyfill';
import contentScript from '../content/content-script.ts?script&iife';
import modelUrl from '../../models/ner.bin?url';
import modelEsUrl from '../../models/ner-es.bin?url';
import modelNlUrl from '../../models/ner-nl.bin?url';
import { syncAutoSites } from './auto-sites';
import { Commands, MENU_TOGGLE } from './commands';
import { Injection } from './injection';
import { onInstalled } from './install';
import { ModelHost } from './model-host';
import { createRouter } from './router';
import { WikipediaGate } from './wikipedia-gate';

/** Each language's model file; one is fetched only when a page in its language needs it. */
const MODEL_URLS = { en: modelUrl, es: modelEsUrl, nl: modelNlUrl } as const;
const model = new ModelHost((lang) => fetch(browser.runtime.getURL(MODEL_URLS[lang])).then((r) => r.arrayBuffer()));
const tabs = new Injection(contentScript, () => model.preload());
const commands = new Commands(tabs);
const wikipedia = new WikipediaGate();
const syncSites = (): Promise<void> => syncAutoSites(contentScript);

browser.runtime.onMessage.addListener(
  createRouter({
    extensionId: browser.runtime.id,
    extensionUrl: browser.runtime.getURL(''),
    pages: {
      'lede/analyse-tab': ({ tabId, force }) => tabs.analyseTab(tabId, force),
      'lede/wiki-preview': ({ name }) => wikipedia.preview(name),
    },
    scripts: {
      'lede/analyse-article': ({ article, namesOnly }, sender) =>
        model.analyse(article, namesOnly ?? false, sender.tab.id ?? -1, sender.frameId),
      'lede/wiki-preview': ({ name }) => wikipedia.preview(name),
      'lede/open-options': async () => {
        await browser.runtime.openOptionsPage();
        return { ok: true };
      },
    },
  }),
);

// A tab that navigates or closes needs its readings no more.
browser.tabs.onRemoved.addListener((tabId) => model.cancelTab(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url !== undefined) model.cancelTab(tabId);
});

browser.commands.onCommand.addListener((command: string) => {
  void commands.run(command);
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_TOGGLE && tab?.id !== undefined) void commands.toggleHighlights(tab.id);
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'autoSites' in changes) void syncSites();
});
browser.permissions.onRemoved.addListener(() => void syncSites());

browser.runtime.onInstalled.addListener(onInstalled);

// The test build lets browser tests run the keyboard command, which headless Chromium
// cannot press.
if (__LEDE_TEST__) {
  (globalThis as typeof globalThis & { ledeTest?: unknown }).ledeTest = {
    runCommand: (command: string) => commands.run(command),
    toggleHighlights: (tabId: number) => commands.toggleHighlights(tabId),
    syncAutoSites: syncSites,
    setWikipediaBase: (base: string) => wikipedia.setBase(base),
  };
  // Firefox's WebDriver BiDi may not navigate to moz-extension:// pages, nor evaluate in the
  // background script: a test page whose address ends in #lede-test-popup gets the popup
  // page opened as a tab for it, which the test then drives.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    const popup = browser.runtime.getManifest().action?.default_popup;
    if (popup && change.url?.endsWith('#lede-test-popup'))
      void browser.tabs.create({ url: browser.runtime.getURL(`${popup}?tabId=${tabId}`) });
  });
}
