/**
 * Launching Debian's Chromium with a built Lede, kept off the network (see
 * docs/e2e-recipe.md in the shared folder): a fresh profile per launch, removed afterwards.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. On Debian or Ubuntu: sudo apt-get install chromium ' +
        '(or set CHROME_PATH to a Chrome or Chromium binary).',
    );
  }
  return found;
}

export interface LedeBrowser {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /**
   * An HTTP proxy ("http://127.0.0.1:PORT") for every request that is not to this machine
   * (loopback goes direct): the privacy test records what would leave the browser there.
   */
  proxy?: string;
  /**
   * The browser's language (e.g. "es"), which `i18n.getMessage` follows. On Linux Chromium
   * reads it from the environment (LANGUAGE), not from --lang.
   */
  locale?: string;
}

export async function launchWithLede(
  dist = resolve('dist-test'),
  { headless = true, proxy, locale }: LaunchOptions = {},
): Promise<LedeBrowser> {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is not built; run npm run build:test`);
  const profile = mkdtempSync(join(tmpdir(), 'lede-e2e-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless,
      viewport: { width: 1000, height: 700 },
      ...(locale ? { locale, env: { ...process.env, LANGUAGE: locale, LANG: `${locale}.UTF-8` } } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${dist}`,
        `--load-extension=${dist}`,
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
        ...(proxy
          ? [
              `--proxy-server=${proxy}`,
              // Chromium's own services, so what the proxy records is what pages and extensions send.
              '--disable-features=AutofillServerCommunication,OptimizationHintsFetching,MediaRouter,Translate',
              '--disable-client-side-phishing-detection',
              '--disable-default-apps',
              '--disable-domain-reliability',
              '--no-pings',
            ]
          : []),
      ],
    });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(sw.url()).host;
    const ctx = context;
    return {
      context: ctx,
      sw,
      extensionId,
      async close() {
        await ctx.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
