/**
 * What the options page asks of the browser, as one object so tests can pass their own:
 * settings in `storage.local`, the optional host permissions behind automatic annotation
 * and Wikipedia previews, the keyboard shortcuts, and whether Chrome's summariser exists.
 */
import browser from 'webextension-polyfill';
import { hostPattern, WIKIPEDIA_API } from '../shared/wikipedia';
import { loadSettings, originPattern, saveSettings, type Settings } from '../shared/settings';

export interface Shortcut {
  description: string;
  keys: string;
}

export interface OptionsEnv {
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  /** Asks for (on) or gives back (off) the Wikipedia host permission; resolves to whether it is held. */
  setWikipediaPermission(on: boolean): Promise<boolean>;
  /** Gives back a site's host permission (automatic annotation taken off). */
  dropSitePermission(origin: string): Promise<void>;
  shortcuts(): Promise<Shortcut[]>;
  openShortcutSettings(): void;
  /** Whether this browser has Chrome's built-in Summarizer API. */
  hasSummarizer(): boolean;
}

export function chromeOptionsEnv(): OptionsEnv {
  const wikipedia = [hostPattern(WIKIPEDIA_API)];
  return {
    getSettings: () => loadSettings(browser.storage.local),
    updateSettings: (patch) => saveSettings(browser.storage.local, patch),
    async setWikipediaPermission(on) {
      if (on) return browser.permissions.request({ origins: wikipedia });
      await browser.permissions.remove({ origins: wikipedia }).catch(() => false);
      return false;
    },
    async dropSitePermission(origin) {
      await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    },
    async shortcuts() {
      const commands = await browser.commands.getAll();
      return commands.map((c) => ({
        description: c.name === '_execute_action' ? 'Open Lede’s card' : (c.description ?? c.name ?? ''),
        keys: c.shortcut ?? '',
      }));
    },
    // Firefox opens its own shortcut manager (commands.openShortcutSettings, Firefox 137+).
    // Chrome has no such call, and pages cannot link to chrome:// URLs; the tabs API may open them.
    openShortcutSettings: () =>
      void ('openShortcutSettings' in browser.commands
        ? browser.commands.openShortcutSettings()
        : browser.tabs.create({ url: 'chrome://extensions/shortcuts' })),
    hasSummarizer: () => 'Summarizer' in globalThis,
  };
}
