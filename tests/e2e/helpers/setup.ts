/**
 * The environment of a browser test file: the fixture server and Chromium with Lede's test
 * build, started before the file's tests and stopped after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithLede, type LaunchOptions, type LedeBrowser } from './chromium';
import { serveFixtures, type StaticServer } from './server';

export interface LedeEnv {
  server: StaticServer;
  lede: LedeBrowser;
}

export function useLede(options: () => LaunchOptions = () => ({})): LedeEnv {
  const env = {} as LedeEnv;
  beforeAll(async () => {
    env.server = await serveFixtures();
    env.lede = await launchWithLede(undefined, options());
  });
  afterAll(async () => {
    await env.lede?.close();
    await env.server?.close();
  });
  return env;
}
