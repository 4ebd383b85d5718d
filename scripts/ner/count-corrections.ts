/**
 * The instructions the corrections after English entity tagging (model-recogniser.ts
 * `corrections`: mention-rules.ts and the rules it calls) run in warm rounds over CoNLL-2003
 * dev's documents (one block each), counted by valgrind's callgrind: a count the machine's load
 * does not move, where elapsed and CPU times on a shared machine swing by a third.
 *
 * One process under valgrind, with instrumentation off while the model loads, the documents
 * are tagged once and `--warm` rounds of corrections run (the bench's warm-up is 30 rounds: each
 * pass runs once a text, so TurboFan reaches the passes late; fewer warm rounds count compiling
 * that moves with the code). Then a full collection (`gc()`: an incremental mark that falls in
 * the window or not would move the count by a per cent or two), instrumentation on
 * (`callgrind_control -i on`), and `--rounds` rounds counted. V8's helper threads are off
 * (`--single-threaded`) and its seeds fixed, so that its compiling and collecting are the same
 * run to run. Run it bundled (needs valgrind):
 *
 *   npx esbuild scripts/ner/count-corrections.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/lede-count/count.mjs
 *   node /tmp/lede-count/count.mjs [--code FILE] [--warm 30] [--rounds 3] [--model models/ner.bin] \
 *     [--out callgrind.out] [--perf]
 *
 * --code FILE: time another version of the code: a module exporting its ModelRecogniser and
 * NerModel, made as scripts/ner/profile-corrections.ts's header says for --base (the count of
 * this version is the bundle's own code). Compare two versions by two counts, one each.
 * --out FILE keeps callgrind's file (else it is thrown away); --perf also writes V8's perf map
 * (/tmp/perf-PID.map, `--perf-basic-prof`), from which the compiled code's instructions can be
 * put to their JavaScript functions (callgrind's file names only addresses for them).
 * At the defaults (30 warm rounds, 3 counted) a count takes 3-4 minutes on a quiet core, 25-40
 * at a load of 15-40. Two counts of one version (eaf4fb13) read 581.4 M and 582.4 M instructions a
 * round (0.16 % apart): a change under ~0.3 % does not show. Single-threaded, the sweeping after
 * `gc()` falls in the counted rounds (the same in each version), and TurboFan still compiles a
 * few passes there: the count is of the bench's warm rounds as they are, not of the passes alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NerModel } from '../../src/core/entities/model/model';
import { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import type { Block } from '../../src/core/types';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const warm = Number(opt('--warm') ?? 30);
const rounds = Number(opt('--rounds') ?? 3);

/** Inside valgrind: load, tag, warm up, say so in `dir`, wait for the word, run the counted rounds. */
async function child(dir: string): Promise<void> {
  const code = opt('--code');
  const M = code
    ? ((await import(pathToFileURL(resolve(code)).href)) as {
        ModelRecogniser: typeof ModelRecogniser;
        NerModel: typeof NerModel;
      })
    : { ModelRecogniser, NerModel };
  const bytes = new Uint8Array(readFileSync(resolve(opt('--model') ?? 'models/ner.bin')));
  const recogniser = M.ModelRecogniser.fromModel(M.NerModel.fromBytes(bytes));
  const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');
  // Read as scripts/ner/training-data.ts reads it (not imported: it would bring jsdom into the bundle).
  const blocks: Block[][] = readFileSync(resolve(corpus, 'ner', 'conll2003-dev.detok.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => [{ id: 0, kind: 'paragraph', text: (JSON.parse(l) as { text: string }).text }]);
  const tagged = blocks.map((b) => recogniser.tagged(b));
  const round = (): number => blocks.reduce((n, b, k) => n + recogniser.corrections(b, tagged[k] ?? []).length, 0);
  for (let r = 0; r < warm; r++) round();
  (globalThis as { gc?: () => void }).gc?.();
  writeFileSync(join(dir, 'ready'), String(process.pid));
  const wait = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(join(dir, 'go'))) Atomics.wait(wait, 0, 0, 20);
  let n = 0;
  for (let r = 0; r < rounds; r++) n += round();
  writeFileSync(join(dir, 'done'), String(n / rounds));
}

/** Outside: start the child under valgrind, turn instrumentation on when it is ready, read the count. */
async function parent(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lede-count-'));
  const perf = args.includes('--perf') ? ['--perf-basic-prof', '--no-compact-code-space'] : [];
  const proc = spawn(
    'valgrind',
    [
      '--tool=callgrind',
      '--instr-atstart=no',
      `--callgrind-out-file=${opt('--out') ?? '/dev/null'}`,
      process.execPath,
      '--single-threaded',
      '--expose-gc',
      '--hash-seed=1',
      '--random-seed=1',
      ...perf,
      fileURLToPath(import.meta.url),
      '--child',
      dir,
      ...args,
    ],
    { stdio: ['ignore', 'inherit', 'pipe'] },
  );
  let log = '';
  proc.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const ended = new Promise<number>((done) => proc.on('close', (c) => done(c ?? 1)));
  const t0 = Date.now();
  while (!existsSync(join(dir, 'ready')) && proc.exitCode === null) await new Promise((r) => setTimeout(r, 200));
  if (existsSync(join(dir, 'ready'))) {
    const on = spawnSync('callgrind_control', ['-i', 'on', String(proc.pid)], { encoding: 'utf8' });
    if (on.status !== 0) throw new Error(`callgrind_control failed: ${on.stderr}`);
    writeFileSync(join(dir, 'go'), '');
  }
  const code = await ended;
  const counted = /Collected : (\d+)/u.exec(log)?.[1];
  const mentions = existsSync(join(dir, 'done')) ? readFileSync(join(dir, 'done'), 'utf8') : '?';
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0 || !counted) {
    console.error(log);
    throw new Error(`valgrind ended with ${code}`);
  }
  const each = Number(counted) / rounds;
  console.log(
    `corrections, ${warm} warm rounds, ${rounds} counted: ${Number(counted).toLocaleString('en')} instructions, ` +
      `${Math.round(each).toLocaleString('en')} a round (${mentions} mentions a round; ` +
      `${((Date.now() - t0) / 60000).toFixed(1)} min)`,
  );
}

if (args[0] === '--child') await child(args[1] ?? '.');
else await parent();
