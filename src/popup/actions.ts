/**
 * What the popup asks of the browser, as one object so tests can pass their own. The
 * real one talks to the service worker and to `storage.local`.
 */
import browser from 'webextension-polyfill';
import type { BackgroundRequest, BackgroundResponses, TabState } from '../shared/messages';
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
}

async function request<T extends BackgroundRequest>(msg: T): Promise<BackgroundResponses[T['type']]> {
  return (await browser.runtime.sendMessage(msg)) as BackgroundResponses[T['type']];
}

export function chromeActions(params: URLSearchParams): PopupActions {
  return {
    async targetTab() {
      const fromQuery = Number(params.get('tabId'));
      if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    analyse: (tabId, force) => request({ type: 'lede/analyse-tab', tabId, force }),
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
  };
}
