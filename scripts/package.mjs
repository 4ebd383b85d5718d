#!/usr/bin/env node
// `npm run package`: store packages from one build (dist/, made by `vite build` just before).
//
//   release/lede-chrome-<version>.zip    for the Chrome Web Store
//   release/lede-firefox-<version>.zip   for addons.mozilla.org: the same files, with the
//                                        manifest Firefox needs (see firefoxManifest)
//   release/SHA256SUMS                   a checksum line per package
//   dist-firefox/                        the Firefox package unpacked (about:debugging → Load
//                                        Temporary Add-on → its manifest.json)
//
// The version is package.json's (vite.config.ts writes it into the manifest). The zips are
// reproducible: entries sorted, fixed timestamps, no source maps (unless --sourcemaps), and
// nothing the extension does not load. Options: --sourcemaps.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const release = join(root, 'release');
const withMaps = process.argv.includes('--sourcemaps');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Firefox's id for Lede (kept for updates: never change it once published). */
export const GECKO_ID = 'lede@lede-reader.org';
/** The first Firefox with the CSS Custom Highlight API, which Lede paints with. */
export const FIREFOX_MIN = '140.0';

/** Every file of a folder, relative, sorted (so the zip's order never depends on the disk). */
function filesOf(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The manifest for Firefox: a background script instead of a service worker (Firefox runs
 * MV3 background pages as event pages), the gecko id and minimum version, no Chrome-only
 * keys.
 */
export function firefoxManifest(chrome) {
  const m = structuredClone(chrome);
  const worker = m.background?.service_worker;
  m.background = { scripts: [worker], type: 'module' };
  delete m.minimum_chrome_version;
  m.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN,
      // Lede collects nothing (PRIVACY.md): the declaration Firefox asks of every add-on.
      data_collection_permissions: { required: ['none'] },
    },
  };
  return m;
}

/** A Chrome build (`from`, e.g. dist/) copied to `to` with the Firefox manifest. */
export function writeFirefoxBuild(from, to) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true, filter: (p) => withMaps || !p.endsWith('.map') });
  const path = join(to, 'manifest.json');
  writeFileSync(path, JSON.stringify(firefoxManifest(JSON.parse(readFileSync(path, 'utf8'))), null, 2));
}

/** A zip of `files` (name → bytes) that is the same bytes for the same files. */
function zip(files) {
  const mtime = new Date('1980-01-01T00:00:00Z');
  const entries = {};
  for (const name of Object.keys(files).sort()) entries[name] = [files[name], { mtime, level: 9 }];
  return zipSync(entries, { mtime });
}

function packageFor(target) {
  const files = {};
  for (const name of filesOf(dist)) {
    if (!withMaps && name.endsWith('.map')) continue;
    // The built extension's own files only: no test hooks are in dist/ (they are in dist-test/).
    files[name] = readFileSync(join(dist, name));
  }
  const manifest = JSON.parse(files['manifest.json'].toString('utf8'));
  if (manifest.version !== pkg.version)
    throw new Error(`dist/ was built for ${manifest.version}, package.json says ${pkg.version}: run npm run build`);
  if (target === 'firefox') files['manifest.json'] = Buffer.from(JSON.stringify(firefoxManifest(manifest), null, 2));
  return zip(files);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  rmSync(release, { recursive: true, force: true });
  mkdirSync(release, { recursive: true });
  const sums = [];
  for (const target of ['chrome', 'firefox']) {
    const name = `lede-${target}-${pkg.version}.zip`;
    const bytes = packageFor(target);
    writeFileSync(join(release, name), bytes);
    sums.push(`${createHash('sha256').update(bytes).digest('hex')}  ${name}`);
    console.log(`release/${name}  ${(bytes.length / 1024).toFixed(0)} KB`);
  }
  writeFileSync(join(release, 'SHA256SUMS'), sums.join('\n') + '\n');
  console.log('release/SHA256SUMS');
  writeFirefoxBuild(dist, join(root, 'dist-firefox'));
  console.log('dist-firefox/');
}
