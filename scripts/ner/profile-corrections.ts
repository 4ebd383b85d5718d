/**
 * Where English entity tagging spends its time: the tagger (features and beam or greedy
 * decoding) vs the corrections after it (model-recogniser.ts `corrections`: mention-rules.ts
 * and the rules it calls), on CoNLL-2003 dev's documents read as one block each (as
 * `npm run bench` and `npm run eval` read them), in CPU time, over several rounds (median).
 * Run it bundled, as `npm run bench` runs (tsx wraps every function for its names, which
 * costs time of its own):
 *
 *   npx esbuild scripts/ner/profile-corrections.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/lede-prof/profile.mjs
 *   node /tmp/lede-prof/profile.mjs [--rounds 15] [--model models/ner.bin] [--base FILE]
 *
 * --base FILE: another version of the code, timed against this one's in the same rounds,
 * alternately (A: FILE's, B: this one's), since the machine is shared and noisy and only the
 * two sides of one run compare: its tagging, and its corrections on this version's tagger
 * output; the warm-up round also checks that both give the same mentions on every document.
 * FILE is a module exporting that version's ModelRecogniser and NerModel (so that each side
 * runs its own scoring code), e.g. from a copy of the tree before a change:
 *
 *   mkdir -p /tmp/lede-base && git archive BASE_COMMIT src | tar -x -C /tmp/lede-base
 *   printf "export { ModelRecogniser } from './src/core/entities/model-recogniser';\nexport { NerModel } from './src/core/entities/model/model';\n" \
 *     > /tmp/lede-base/entry.ts
 *   npx esbuild /tmp/lede-base/entry.ts --bundle --platform=node --format=esm --outfile=/tmp/lede-prof/base.mjs
 *
 * (Even two copies of the same code differ by a few per cent, more in the corrections: run it
 * two or three times. On a loaded machine the rounds swing by a third or more, and a change of a
 * few per cent does not show. CPU time here is the whole process's, V8's helper threads for
 * the collector and the compiler with it.)
 *
 * A count that the load does not move: the instructions the corrections run in warm rounds,
 * under valgrind (scripts/ner/count-corrections.ts: one process, only the rounds after the
 * bench's 30 warm-ups counted; two counts of one version differ by ~0.2 %). Each version's
 * bundle as for --base, one count each:
 *
 *   npx esbuild scripts/ner/count-corrections.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/lede-count/count.mjs
 *   node /tmp/lede-count/count.mjs --code /tmp/lede-prof/base.mjs
 *
 * (The older count, four rounds from a cold start counted whole, is mostly V8 compiling the
 * passes: it says little about the warm rounds the bench times.)
 *
 * The top functions: a CPU profile of the same work, and its self time by function
 * (`--prof DIR --top N` reads the newest .cpuprofile in DIR; no browser needed):
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/lede-prof/cpu /tmp/lede-prof/profile.mjs --rounds 5
 *   node /tmp/lede-prof/profile.mjs --prof /tmp/lede-prof/cpu --top 40 [--inclusive] [--under corrections]
 *
 * (V8 inlines small functions into their callers, whose self time then holds theirs;
 * `node --no-turbo-inlining` keeps them apart, at some cost in speed.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NerModel } from '../../src/core/entities/model/model';
import { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import type { Block, EntityMention } from '../../src/core/types';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** CPU time (user + system) of `fn`, in milliseconds. */
function cpu(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** The top functions by self time of the newest .cpuprofile in `dir`. */
function topOfProfile(dir: string, n: number): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const file = files[0];
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const prof = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(prof.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of prof.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const name = (node: ProfileNode): string => {
    const f = node.callFrame;
    const where = f.url ? `${f.url.replace(/^.*\//u, '')}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${where}`.trim();
  };
  const self = new Map<string, number>();
  // Inclusive: the time a function was on the stack (once per sample, however deep).
  const total = new Map<string, number>();
  let sampled = 0;
  // --under NAME: only the samples with a function of that name on the stack ("corrections").
  const under = opt('--under');
  const inside = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      if (byId.get(at)?.callFrame.functionName === under) return true;
    return false;
  };
  prof.samples.forEach((id, k) => {
    const dt = prof.timeDeltas[k] ?? 0;
    const node = byId.get(id);
    if (!node || (under && !inside(id))) return;
    sampled += dt;
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at) as ProfileNode);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const show = (title: string, times: Map<string, number>): void => {
    console.log(`${title} (of ${(sampled / 1000).toFixed(0)} ms sampled in ${file})`);
    for (const [key, t] of [...times].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(
        `  ${((100 * t) / sampled).toFixed(1).padStart(5)}%  ${(t / 1000).toFixed(0).padStart(6)} ms  ${key}`,
      );
  };
  show('self time by function', self);
  if (args.includes('--inclusive')) show('total time by function (itself and what it calls)', total);
}

interface Corrector {
  tagged(blocks: readonly Block[]): EntityMention[];
  corrections(blocks: readonly Block[], mentions: readonly EntityMention[]): EntityMention[];
}

const key = (ms: readonly EntityMention[]): string =>
  ms.map((m) => `${m.blockId}:${m.start}:${m.end}:${m.type}:${m.text}`).join('|');

async function main(): Promise<void> {
  const profDir = opt('--prof');
  if (profDir) {
    topOfProfile(resolve(profDir), Number(opt('--top') ?? 25));
    return;
  }
  const rounds = Number(opt('--rounds') ?? 9);
  const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');
  const bytes = new Uint8Array(readFileSync(resolve(opt('--model') ?? 'models/ner.bin')));
  const model = NerModel.fromBytes(bytes);
  const recogniser = ModelRecogniser.fromModel(model);
  // Read as scripts/ner/training-data.ts reads it (not imported: it would bring jsdom into the bundle).
  const docs = readFileSync(resolve(corpus, 'ner', 'conll2003-dev.detok.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string });
  const blocks: Block[][] = docs.map((d) => [{ id: 0, kind: 'paragraph', text: d.text }]);

  // A: the corrections of another version of the code, on this version's tagging.
  const baseFile = opt('--base');
  let base: Corrector | null = null;
  if (baseFile) {
    const mod = (await import(pathToFileURL(resolve(baseFile)).href)) as {
      ModelRecogniser: typeof ModelRecogniser;
      NerModel?: typeof NerModel;
    };
    // The base's own model object when it exports its NerModel (else it would run this side's
    // scoring code, and the two sides would share that code's type feedback).
    base = mod.ModelRecogniser.fromModel(mod.NerModel ? mod.NerModel.fromBytes(bytes) : model);
  }

  let tagged: EntityMention[][] = [];
  const tagging: number[] = [];
  const taggingA: number[] = [];
  let taggedDiffer = 0;
  const mine: number[] = [];
  const theirs: number[] = [];
  let differ = 0;
  // The first round warms up (and checks that A and B agree); the others are timed.
  for (let r = 0; r <= rounds; r++) {
    // The base's tagging too (A), alternately with this one's (B), on its own code.
    let t = 0;
    let tA = 0;
    let taggedA: EntityMention[][] = [];
    const tagB = (): void => void (t = cpu(() => (tagged = blocks.map((b) => recogniser.tagged(b)))));
    const tagA = (): void => void (tA = base ? cpu(() => (taggedA = blocks.map((b) => base.tagged(b)))) : 0);
    if (r % 2) {
      tagA();
      tagB();
    } else {
      tagB();
      tagA();
    }
    const runB = (): number => cpu(() => blocks.forEach((b, k) => recogniser.corrections(b, tagged[k] ?? [])));
    const runA = (): number => (base ? cpu(() => blocks.forEach((b, k) => base.corrections(b, tagged[k] ?? []))) : 0);
    // Alternate which side goes first, so neither always runs on a warmer cache.
    let a: number;
    let b: number;
    if (r % 2) {
      a = runA();
      b = runB();
    } else {
      b = runB();
      a = runA();
    }
    if (r === 0) {
      if (base)
        blocks.forEach((bl, k) => {
          const m = tagged[k] ?? [];
          if (key(taggedA[k] ?? []) !== key(m)) taggedDiffer++;
          if (key(base.corrections(bl, m)) !== key(recogniser.corrections(bl, m))) differ++;
        });
      continue;
    }
    tagging.push(t);
    if (base) taggingA.push(tA);
    mine.push(b);
    if (base) theirs.push(a);
  }
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/u).length, 0);
  const f = (x: number): string => `${x.toFixed(0).padStart(6)} ms`;
  console.log(
    `CoNLL-2003 dev: ${docs.length} documents, ${words} words; CPU time, median of ${rounds} rounds (one warm-up)`,
  );
  if (base) console.log(`  tagging A (base)     ${f(median(taggingA))}`);
  console.log(`  tagging${base ? ' B (this)    ' : '             '} ${f(median(tagging))}`);
  if (base) console.log(`  corrections A (base) ${f(median(theirs))}`);
  console.log(`  corrections${base ? ' B (this)' : '         '} ${f(median(mine))}`);
  console.log(
    `  corrections / tagging ${((100 * median(mine)) / median(tagging)).toFixed(1)}%${base ? ` (B), ${((100 * median(theirs)) / median(tagging)).toFixed(1)}% (A)` : ''}`,
  );
  if (base) {
    const ratios = mine.map((b, k) => b / (theirs[k] ?? b));
    console.log(`  corrections B / A per round (median) ${median(ratios).toFixed(3)}`);
    // The least of the rounds: the one least disturbed by other work on the machine.
    const least = (xs: readonly number[]): string => f(Math.min(...xs));
    console.log(
      `  least: tagging A ${least(taggingA)}, B ${least(tagging)}; corrections A ${least(theirs)}, B ${least(mine)}`,
    );
    const tagRatios = tagging.map((b, k) => b / (taggingA[k] ?? b));
    console.log(`  tagging B / A per round (median) ${median(tagRatios).toFixed(3)}`);
    const all = tagging.map((b, k) => (b + (mine[k] ?? 0)) / ((taggingA[k] ?? b) + (theirs[k] ?? 0)));
    console.log(`  tagging + corrections B / A per round (median) ${median(all).toFixed(3)}`);
    console.log(
      `  documents whose mentions differ between A and B: ${differ} (corrections), ${taggedDiffer} (tagging)`,
    );
  }
}

void main();
