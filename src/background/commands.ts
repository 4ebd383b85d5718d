/**
 * The keyboard commands and the context-menu entry: show or hide all highlights (annotating
 * a page Lede has not read yet), and step to the next or previous highlighted mention.
 */
import browser from 'webextension-polyfill';
import { saveSettings } from '../shared/settings';
import { sendToTab } from '../shared/send';
import type { Injection } from './injection';

export const TOGGLE_COMMAND = 'toggle-highlights';
export const MENU_TOGGLE = 'lede-toggle-highlights';

const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

export class Commands {
  constructor(private readonly tabs: Injection) {}

  /**
   * The shortcut and the context-menu entry: on a page Lede has not read yet they annotate
   * it; otherwise they flip all highlights (everywhere; the popup has the per-site switch).
   * The page flips first, so the reader sees it at once; storage then carries the choice to
   * other tabs and later visits.
   */
  async toggleHighlights(tabId: number): Promise<void> {
    let visible: boolean;
    try {
      ({ visible } = await sendToTab(tabId, { type: 'lede/toggle-visible' }));
    } catch {
      // No Lede in the page yet. The content script applies the setting whenever it lands,
      // so saving and annotating run side by side.
      await Promise.all([
        saveSettings(browser.storage.local, { highlightsVisible: true }),
        this.tabs.analyseTab(tabId, false, false),
      ]);
      return;
    }
    await saveSettings(browser.storage.local, { highlightsVisible: visible });
  }

  /** A keyboard command, in the active tab. */
  async run(command: string): Promise<void> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === TOGGLE_COMMAND) await this.toggleHighlights(tab.id);
    const direction = STEP_COMMANDS[command];
    // Stepping through mentions needs a page Lede has read; elsewhere the key does nothing.
    if (direction && (await this.tabs.isInjected(tab.id)))
      await sendToTab(tab.id, { type: 'lede/step-mention', direction });
  }
}
