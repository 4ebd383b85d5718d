/**
 * Whether a Wikipedia preview may be fetched: only with the setting on and its host
 * permission granted; otherwise the answer is `off` and nothing leaves the browser. The
 * endpoint is fixed in the shipped build; the test build points it at a local server.
 */
import browser from 'webextension-polyfill';
import type { WikiPreview } from '../shared/messages';
import { loadSettings } from '../shared/settings';
import { hostPattern, WIKIPEDIA_API } from '../shared/wikipedia';
import { WikipediaPreviews } from './wikipedia';

export class WikipediaGate {
  private base = WIKIPEDIA_API;
  private readonly previews = new WikipediaPreviews({
    fetch: (input, init) => fetch(input, init),
    storage: browser.storage.local,
    now: () => Date.now(),
    base: () => this.base,
  });

  /** A preview only with the setting on and its host permission granted. */
  async preview(name: string): Promise<WikiPreview> {
    const { wikipediaPreviews } = await loadSettings(browser.storage.local);
    if (!wikipediaPreviews) return { status: 'off' };
    if (!(await browser.permissions.contains({ origins: [hostPattern(this.base)] }))) return { status: 'off' };
    return this.previews.preview(name);
  }

  /** The test build's endpoint. */
  setBase(base: string): void {
    this.base = base;
  }
}
