/**
 * Launching Debian's Firefox ESR with Lede over WebDriver BiDi (puppeteer-core): the test
 * build (dist-test/, with host permissions for the local server) turned into a Firefox build
 * by the same `firefoxManifest` the store package uses, installed as a temporary add-on, and
 * a fixed moz-extension:// UUID so the tests can open Lede's pages as tabs.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID, writeFirefoxBuild } from '../../../scripts/package.mjs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string {
  const fromEnv = process.env['FIREFOX_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found for the Firefox browser test. On Debian: sudo apt-get install firefox-esr ' +
        '(or set FIREFOX_PATH to a Firefox binary, 140 or later).',
    );
  }
  return found;
}

/** A copy of a Chrome build with the Firefox manifest (as `npm run package` makes), in a fresh folder. */
export function firefoxBuildOf(dist: string): string {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is not built; run npm run build:test`);
  const dir = mkdtempSync(join(tmpdir(), 'lede-firefox-build-'));
  writeFirefoxBuild(dist, dir);
  return dir;
}

export interface FirefoxLede {
  browser: Browser;
  /** moz-extension://<uuid>/ : the root of Lede's pages. */
  extensionUrl: string;
  close(): Promise<void>;
}

/** The add-on's internal UUID, fixed through Firefox's own preference for it. */
const UUID = '6d1b7c1e-4f0a-4c55-9a51-1ede0c0ffee0';

export async function launchFirefoxWithLede(dist = resolve('dist-test')): Promise<FirefoxLede> {
  const build = firefoxBuildOf(dist);
  const profile = mkdtempSync(join(tmpdir(), 'lede-firefox-profile-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      protocol: 'webDriverBiDi',
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1000, height: 700 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      },
    });
    await browser.installExtension(build);
    const b = browser;
    return {
      browser: b,
      extensionUrl: `moz-extension://${UUID}/`,
      async close() {
        await b.close();
        rmSync(profile, { recursive: true, force: true });
        rmSync(build, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
    throw e;
  }
}

/**
 * The tab showing one of Lede's pages, once it is there. Puppeteer's targets keep a tab's
 * first address (about:blank) for pages an extension opens, so each page is asked for its own.
 */
export async function waitForExtensionPage(lede: FirefoxLede, path: string, timeoutMs = 30_000): Promise<Page> {
  const wanted = lede.extensionUrl + path;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    for (const page of await lede.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(wanted)) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab showed ${wanted}`);
}
