/**
 * Whether a change makes English entity tagging faster, on a machine shared with other work:
 * two versions of the code (A, the base; B, the change) tag CoNLL-2003 dev's documents in
 * chunks of a few documents, A and B alternately (which goes first alternates too), so that
 * both see the same load from moment to moment; CPU time. The same code loaded twice still
 * differs by a few per cent by which of the two files is loaded first, so it runs twice, the
 * second time with the files the other way round (in a child process), and reports the ratio
 * B / A with that bias taken out: sqrt(first ratio / second ratio).
 *
 * Each FILE is a module exporting that version's ModelRecogniser, NerModel and sentencesOf,
 * bundled as `npm run bench` bundles (tsx wraps every function for its names):
 *
 *   mkdir -p /tmp/lede-base && git archive BASE_COMMIT src | tar -x -C /tmp/lede-base
 *   cp tsconfig.json /tmp/lede-base/ && ln -s $PWD/node_modules /tmp/lede-base/
 *   printf "export { ModelRecogniser, sentencesOf } from './src/core/entities/model-recogniser';\nexport { NerModel } from './src/core/entities/model/model';\n" \
 *     > /tmp/lede-base/entry.ts
 *   npx esbuild /tmp/lede-base/entry.ts --bundle --platform=node --format=esm --outfile=/tmp/lede-prof/base.mjs
 *   (the same from this tree, with its own entry.ts, to /tmp/lede-prof/this.mjs; and this script:)
 *   npx esbuild scripts/ner/ab-interleaved.ts --bundle --platform=node --format=esm --outfile=/tmp/lede-prof/ab.mjs
 *   node /tmp/lede-prof/ab.mjs /tmp/lede-prof/base.mjs /tmp/lede-prof/this.mjs [--what recognise|tagged|corrections|tokens] [--rounds 16] [--chunk 12]
 *
 * (Two copies of one bundle measure 0.99-1.01 this way under a load of 8-12 on two cores;
 * a median of per-round ratios in one order measured 0.96 for the same. On 2026-12-03, under a
 * load of 9-11, two copies of one bundle read 0.975 (totals) and 0.979 (chunks' medians), and
 * under a load of 10-35 one change read 0.923, 0.997 and 0.961: run it three times or more and
 * take the middle one; a change under 3% cannot be told from none. The median of the chunks'
 * ratios, each order's, with the bias taken out the same way, is printed last.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Block, EntityMention } from '../../src/core/types';
import type { ModelRecogniser, sentencesOf } from '../../src/core/entities/model-recogniser';
import type { NerModel } from '../../src/core/entities/model/model';

interface Version {
  recognise(blocks: readonly Block[]): EntityMention[];
  tagged(blocks: readonly Block[]): EntityMention[];
  corrections(blocks: readonly Block[], mentions: readonly EntityMention[]): EntityMention[];
  tokens(blocks: readonly Block[]): unknown;
}

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const [fileA, fileB] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const what = opt('--what', 'recognise');
const rounds = Number(opt('--rounds', '16'));
const chunk = Number(opt('--chunk', '12'));
const modelBytes = new Uint8Array(readFileSync(resolve(opt('--model', 'models/ner.bin'))));
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');

async function load(file: string): Promise<Version> {
  const mod = (await import(pathToFileURL(resolve(file)).href)) as {
    ModelRecogniser: typeof ModelRecogniser;
    NerModel: typeof NerModel;
    sentencesOf: typeof sentencesOf;
  };
  const recogniser = mod.ModelRecogniser.fromModel(mod.NerModel.fromBytes(modelBytes));
  return {
    recognise: (b) => recogniser.recognise(b),
    tagged: (b) => recogniser.tagged(b),
    corrections: (b, m) => recogniser.corrections(b, m),
    tokens: (b) => mod.sentencesOf(b),
  };
}

/** CPU time in microseconds. */
const now = (): number => {
  const t = process.cpuUsage();
  return t.user + t.system;
};

async function main(): Promise<void> {
  if (!fileA || !fileB) throw new Error('usage: ab-interleaved FILE_A FILE_B [--what ...] [--rounds N] [--chunk N]');
  const a = await load(fileA);
  const b = await load(fileB);
  const blocks: Block[][] = readFileSync(resolve(corpus, 'ner', 'conll2003-dev.detok.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => [{ id: 0, kind: 'paragraph', text: (JSON.parse(l) as { text: string }).text }]);
  const tagged = blocks.map((bl) => b.tagged(bl));
  const run = (v: Version, from: number, to: number): number => {
    const t = now();
    for (let k = from; k < to; k++) {
      const bl = blocks[k] as Block[];
      if (what === 'tagged') v.tagged(bl);
      else if (what === 'corrections') v.corrections(bl, tagged[k] ?? []);
      else if (what === 'tokens') v.tokens(bl);
      else v.recognise(bl);
    }
    return now() - t;
  };
  let totalA = 0;
  let totalB = 0;
  // Each chunk's ratio too: their median is less moved by a burst of other work than the totals.
  const ratios: number[] = [];
  // Round 0 warms up.
  for (let r = 0; r <= rounds; r++)
    for (let from = 0, c = 0; from < blocks.length; from += chunk, c++) {
      const to = Math.min(blocks.length, from + chunk);
      let ta: number;
      let tb: number;
      if ((c + r) % 2) {
        ta = run(a, from, to);
        tb = run(b, from, to);
      } else {
        tb = run(b, from, to);
        ta = run(a, from, to);
      }
      if (r > 0) {
        totalA += ta;
        totalB += tb;
        if (ta > 0) ratios.push(tb / ta);
      }
    }
  const ratio = totalB / totalA;
  const ms = (t: number): string => (t / rounds / 1000).toFixed(1);
  const median = [...ratios].sort((x, y) => x - y)[ratios.length >> 1] ?? 1;
  console.log(
    `${what}: A ${ms(totalA)} ms a round, B ${ms(totalB)}; B / A ${ratio.toFixed(3)} (median of the chunks' ${median.toFixed(3)})`,
  );
  if (args.includes('--child')) return;
  // The other way round, in a process of its own; its ratio is A / B.
  const child = spawnSync(
    process.execPath,
    [
      process.argv[1] as string,
      fileB,
      fileA,
      '--what',
      what,
      '--rounds',
      String(rounds),
      '--chunk',
      String(chunk),
      '--child',
    ],
    { encoding: 'utf8' },
  );
  const line = child.stdout.trim();
  console.log(`${line} (files the other way round)`);
  const swapped = Number(/B \/ A ([\d.]+)/u.exec(line)?.[1]);
  console.log(`${what}: second file / first, the order's bias taken out: ${Math.sqrt(ratio / swapped).toFixed(3)}`);
  const swappedMedian = Number(/chunks' ([\d.]+)/u.exec(line)?.[1]);
  console.log(`${what}: the same from the chunks' medians: ${Math.sqrt(median / swappedMedian).toFixed(3)}`);
}

void main();
