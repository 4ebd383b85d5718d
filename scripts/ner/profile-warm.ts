/**
 * Where English entity tagging's WARM time goes, as `npm run bench` measures it (its rounds
 * after 30 warm-up rounds): builds the recogniser from a bundle as the bench does, runs
 * `--warm-up` rounds (30) of `recognise` on CoNLL-2003 dev's documents (one block each), then
 * takes a V8 CPU profile of `--rounds` more (5) and tables the self time by function and by
 * part (the bundle's `// src/...` markers name each function's file).
 *
 *   npx esbuild scripts/ner/profile-warm.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/lede-prof/warm.mjs
 *   node /tmp/lede-prof/warm.mjs /tmp/lede-prof/this.mjs [--warm-up 30] [--rounds 5] [--top 40]
 *     [--save FILE.cpuprofile]
 *
 * (The bundle as scripts/ner/ab-interleaved.ts says; its functions keep their names. Self
 * time is sampled: a part under 1 % is noise.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Session } from 'node:inspector/promises';
import type { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import type { NerModel } from '../../src/core/entities/model/model';
import type { Block } from '../../src/core/types';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

async function main(): Promise<void> {
  if (!file) throw new Error('usage: profile-warm BUNDLE [--warm-up 30] [--rounds 5] [--top 40]');
  const url = pathToFileURL(resolve(file)).href;
  const mod = (await import(url)) as { ModelRecogniser: typeof ModelRecogniser; NerModel: typeof NerModel };
  const bytes = new Uint8Array(readFileSync(resolve(opt('--model', 'models/ner.bin'))));
  const recogniser = mod.ModelRecogniser.fromModel(mod.NerModel.fromBytes(bytes));
  const docs: Block[][] = readFileSync(resolve(corpus, 'ner', 'conll2003-dev.detok.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => [{ id: 0, kind: 'paragraph', text: (JSON.parse(l) as { text: string }).text }]);
  const round = (): number => {
    const t = process.cpuUsage();
    for (const d of docs) recogniser.recognise(d);
    const u = process.cpuUsage(t);
    return (u.user + u.system) / 1000;
  };
  const warm = Number(opt('--warm-up', '30'));
  for (let r = 0; r < warm; r++) round();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const times: number[] = [];
  for (let r = 0; r < Number(opt('--rounds', '5')); r++) times.push(round());
  const { profile } = (await session.post('Profiler.stop')) as unknown as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  session.disconnect();
  const save = opt('--save', '');
  if (save) writeFileSync(save, JSON.stringify(profile));
  console.log(`rounds (CPU ms): ${times.map((t) => t.toFixed(0)).join(' ')}`);

  // Which source file each line of the bundle comes from.
  const bundle = readFileSync(resolve(file), 'utf8').split('\n');
  const fileOf: string[] = [];
  let current = '(bundle)';
  for (const line of bundle) {
    const m = /^\/\/ (src\/\S+|node_modules\/\S+)$/u.exec(line);
    if (m) current = m[1] as string;
    fileOf.push(current);
  }
  // Self time per node, counted in samples: on a loaded machine a sample's time delta holds
  // the time the thread waited for a core (deltas of 2-20 ms against the 0.2 asked), while
  // the samples, taken when the thread runs, stay in proportion to its CPU time.
  const self = new Map<number, number>();
  for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + 1);
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byLine = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const t = self.get(n.id) ?? 0;
    if (!t) continue;
    const f = n.callFrame;
    if (f.functionName === 'dispatch' && !f.url) continue; // the inspector's own, at Profiler.stop
    total += t;
    const where = f.url === url ? (fileOf[f.lineNumber] ?? '?') : f.url ? f.url.replace(/^.*\//u, '') : f.functionName;
    const fn = `${f.functionName || '(anonymous)'} ${where.replace(/^src\/core\/entities\//u, '')}:${f.lineNumber + 1}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + t);
    // By file and line, the lines the ticks fell on: a function V8 inlined into its caller has
    // its ticks on its own lines, under the caller's name (the pass list's `reduce` callback
    // holds the passes it inlined).
    let left = t;
    if (f.url === url)
      for (const p of n.positionTicks ?? []) {
        const at = Math.min(left, p.ticks);
        left -= at;
        const file = fileOf[p.line - 1] ?? '?';
        byFile.set(file, (byFile.get(file) ?? 0) + at);
        const line = `${file.replace(/^src\/core\/entities\//u, '')}:${p.line}`;
        byLine.set(line, (byLine.get(line) ?? 0) + at);
      }
    if (left > 0) byFile.set(where, (byFile.get(where) ?? 0) + left);
  }
  const pct = (t: number): string => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
  const top = Number(opt('--top', '40'));
  console.log(`\nself time by function (top ${top}; ${total} samples):`);
  for (const [fn, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${fn}`);
  console.log('\nself time by line of the bundle (the inlined code on its own lines):');
  for (const [l, t] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${l}`);
  console.log('\nself time by file (by line):');
  for (const [f, t] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${f}`);
  // Parts.
  const part = (f: string): string => {
    if (/entities\/model\/(beam|tagger)\.ts/u.test(f)) return 'model: beam';
    if (/entities\/model\/(templates|hash)\.ts/u.test(f)) return 'model: features';
    if (/entities\/model\/model\.ts/u.test(f)) return 'model: scoring (weights)';
    if (/entities\/model\/(document|word|gazetteers|string-table)\.ts/u.test(f))
      return 'model: prepare doc (words, runs, clues)';
    if (/entities\/model\//u.test(f)) return 'model: other';
    if (/segment\//u.test(f)) return 'tokenise / sentences';
    if (/entities\/model-recogniser\.ts/u.test(f)) return 'recogniser (grouping, pass list)';
    if (/entities\/mention-rules\.ts/u.test(f)) return 'corrections: mention-rules';
    if (/^src\//u.test(f)) return 'corrections: passes';
    return `other (${f})`;
  };
  const byPart = new Map<string, number>();
  for (const [f, t] of byFile) byPart.set(part(f), (byPart.get(part(f)) ?? 0) + t);
  console.log('\nself time by part:');
  for (const [p, t] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`${pct(t)}  ${p}`);
}

void main();
