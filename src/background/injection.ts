/**
 * The content script in the tab the reader asked about: injected with activeTab and
 * scripting (no host permissions) unless it is there already, then asked to read the page.
 * The model starts loading as the injection goes out, so both run side by side.
 */
import browser from 'webextension-polyfill';
import { errorMessage } from '../shared/error-message';
import type { TabState } from '../shared/messages';
import { sendToTab } from '../shared/send';

export class Injection {
  constructor(
    /** The built content script's path (crxjs `?script&iife`). */
    private readonly scriptFile: string,
    /** Called as an injection goes out (the service worker preloads the model). */
    private readonly onInjecting: () => void,
  ) {}

  /** Whether Lede's content script answers in the tab. */
  async isInjected(tabId: number): Promise<boolean> {
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
  async ensureInjected(tabId: number, injected?: boolean): Promise<void> {
    if (injected ?? (await this.isInjected(tabId))) return;
    const injecting = browser.scripting.executeScript({ target: { tabId }, files: [this.scriptFile] });
    // The model loads while the page reads its article (after the injection is on its way:
    // the load keeps this thread busy).
    this.onInjecting();
    await injecting;
  }

  /** The tab's reading: injected first if need be; a page Lede may not script is `restricted`. */
  async analyseTab(tabId: number, force = false, injected?: boolean): Promise<TabState> {
    try {
      await this.ensureInjected(tabId, injected);
    } catch (e) {
      return { status: 'restricted', message: errorMessage(e) };
    }
    try {
      return await sendToTab(tabId, { type: 'lede/analyse', force });
    } catch (e) {
      return { status: 'error', message: errorMessage(e) };
    }
  }
}
