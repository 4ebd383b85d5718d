#!/usr/bin/env node
// The `lede` command. It runs the build output; `npm run build` makes it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist-cli/lede.mjs', import.meta.url));
if (!existsSync(built)) {
  console.error('lede: the command line is not built yet; run `npm run build` first.');
  process.exit(1);
}
await import(pathToFileURL(built).href);
