/**
 * Builds the extension with crxjs. `vite build` writes dist/ (what ships: activeTab only);
 * `vite build --mode test` writes dist-test/, the same extension with host permissions for
 * the local test server, because headless Chromium cannot grant activeTab.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import source from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

/** The manifest with the version from package.json, its one home. */
const manifest = { ...source, version: pkg.version };

export const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
const CONTENT_ENTRY = 'src/content/content-script.ts';
const CONTENT_OUTPUT = 'src/content/content-script.js';

/**
 * The content script is injected with `chrome.scripting.executeScript({ files })`, which
 * needs no web-accessible resource; crxjs declares one anyway (for its ESM loader) and
 * keeps the intermediate ESM chunk of the IIFE build. Both go: a web-accessible script
 * would let any page detect Lede.
 */
function dropContentScriptLeftovers(): Plugin {
  let outDir = '';
  const orphans: string[] = [];
  return {
    name: 'lede:drop-content-script-leftovers',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.facadeModuleId?.endsWith(CONTENT_ENTRY)) orphans.push(file.fileName);
      }
    },
    // crxjs writes the manifest after the bundle is generated, so the edit happens on disk.
    writeBundle() {
      for (const name of orphans) rmSync(resolve(outDir, name), { force: true });
      const path = resolve(outDir, 'manifest.json');
      const m = JSON.parse(readFileSync(path, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
      m.web_accessible_resources = m.web_accessible_resources?.filter((w) => !w.resources.includes(CONTENT_OUTPUT));
      if (!m.web_accessible_resources?.length) delete m.web_accessible_resources;
      writeFileSync(path, JSON.stringify(m, null, 2));
    },
  };
}

export default defineConfig(({ mode }) => {
  const test = mode === 'test';
  const built = (test ? { ...manifest, host_permissions: TEST_HOSTS } : manifest) as ManifestV3Export;
  return {
    plugins: [crx({ manifest: built }), dropContentScriptLeftovers()],
    define: { __LEDE_TEST__: JSON.stringify(test) },
    build: {
      outDir: test ? 'dist-test' : 'dist',
      emptyOutDir: true,
      target: 'chrome120',
    },
  };
});
