/**
 * Automatic annotation: one registered content script for the sites the reader chose (each
 * with its granted host permission); a site taken off the list is dropped from it. The
 * browser keeps the registration across restarts; it is brought up to date whenever the list or the
 * permissions change.
 */
import browser from 'webextension-polyfill';
import { loadSettings, originPattern } from '../shared/settings';

const AUTO_SCRIPT_ID = 'lede-auto';

/** Registers `scriptFile` on the chosen sites whose permission is granted, and nowhere else. */
export async function syncAutoSites(scriptFile: string): Promise<void> {
  const { autoSites } = await loadSettings(browser.storage.local);
  const granted = [];
  for (const origin of autoSites) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    { id: AUTO_SCRIPT_ID, matches: granted.map(originPattern), js: [scriptFile], runAt: 'document_idle' },
  ]);
}
