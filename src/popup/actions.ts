/**
 * What the popup asks of the browser, as one object so tests can pass their own. The
 * real one talks to the service worker and to `storage.local`.
 */
import browser from 'webextension-polyfill';
import type { Span } from '../core/types';
import type { TabState, WikiPreview } from '../shared/messages';
import { sendToBackground, sendToTab } from '../shared/send';
import { loadSettings, originPattern, saveSettings, withAutoSite, type Settings } from '../shared/settings';

export interface PopupActions {
  /** The tab the card is about: the active tab, or `?tabId=` for debugging and tests. */
  targetTab(): Promise<number | null>;
  analyse(tabId: number, force: boolean): Promise<TabState>;
  /** The tab's origin ("https://example.com"), for choices made per site; null when unknown. */
  tabOrigin(tabId: number): Promise<string | null>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  /**
   * Automatic annotation on a site: on asks for the site's host permission first (the
   * popup's click is the user gesture Chrome requires); off gives it back. Resolves to
   * whether the site is now annotated automatically.
   */
  setAutoSite(origin: string, on: boolean): Promise<boolean>;
  /** Scroll the tab to this stretch of the article and flash it. */
  reveal(tabId: number, span: Pick<Span, 'blockId' | 'start' | 'end'>): Promise<boolean>;
  copy(text: string): Promise<boolean>;
  openOptions(): void;
  /** Wikipedia's summary of a name, through the service worker (`off` unless enabled). */
  wikiPreview(name: string): Promise<WikiPreview>;
  /** Chrome's built-in Summarizer on `text`, or null where it is not available. */
  chromeSummary(text: string, context: string): Promise<string | null>;
}

/** The part of Chrome's Summarizer API (Chrome 138+) Lede uses. */
interface SummarizerApi {
  availability(options?: object): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options?: object): Promise<{ summarize(text: string, options?: { context?: string }): Promise<string> }>;
}

/** Chrome's Summarizer, on the device, when it is ready; null otherwise (no download is started). */
export async function chromeSummary(
  text: string,
  context: string,
  api: SummarizerApi | undefined = (globalThis as { Summarizer?: SummarizerApi }).Summarizer,
): Promise<string | null> {
  if (!api) return null;
  const options = { type: 'key-points', format: 'plain-text', length: 'short', expectedInputLanguages: ['en'] };
  try {
    if ((await api.availability(options)) !== 'available') return null;
    const summarizer = await api.create(options);
    return (await summarizer.summarize(text, { context })) || null;
  } catch {
    return null;
  }
}

/** Copies through the async clipboard, or the older command where that is refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function chromeActions(params: URLSearchParams): PopupActions {
  return {
    async targetTab() {
      const fromQuery = Number(params.get('tabId'));
      if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    analyse: (tabId, force) => sendToBackground({ type: 'lede/analyse-tab', tabId, force }),
    async tabOrigin(tabId) {
      try {
        const url = (await browser.tabs.get(tabId)).url;
        return url ? new URL(url).origin : null;
      } catch {
        return null;
      }
    },
    getSettings: () => loadSettings(browser.storage.local),
    updateSettings: (patch) => saveSettings(browser.storage.local, patch),
    async setAutoSite(origin, on) {
      const origins = [originPattern(origin)];
      if (on && !(await browser.permissions.request({ origins }))) return false;
      const settings = await loadSettings(browser.storage.local);
      await saveSettings(browser.storage.local, withAutoSite(settings, origin, on));
      // A permission the manifest grants (the test build's) cannot be given back.
      if (!on) await browser.permissions.remove({ origins }).catch(() => false);
      return on;
    },
    async reveal(tabId, { blockId, start, end }) {
      try {
        return (await sendToTab(tabId, { type: 'lede/reveal', blockId, start, end })).ok;
      } catch {
        return false;
      }
    },
    copy: copyText,
    openOptions: () => void browser.runtime.openOptionsPage(),
    wikiPreview: (name) => sendToBackground({ type: 'lede/wiki-preview', name }),
    chromeSummary: (text, context) => chromeSummary(text, context),
  };
}
