/**
 * How English entity tagging's time falls round by round, as `npm run bench` times it
 * (`recognise` on each of CoNLL-2003 dev's documents, read as one block each; the bench takes
 * the median of rounds 1-5 after one warm-up round): per round, the process's CPU time and
 * how it splits between the main thread (the code itself, its garbage collection's pauses)
 * and V8's helper threads (mostly the optimising compiler, which still compiles, and
 * compiles again after each deoptimisation, well into those rounds), read from
 * /proc/self/task (Linux), and the collector's pauses. `--compromise` runs compromise on
 * the same texts after each round, as the bench does (its garbage and its compiling then
 * share the process). Run it on a bundle, as scripts/ner/ab-interleaved.ts says how to make
 * one (a module exporting ModelRecogniser and NerModel):
 *
 *   npx esbuild scripts/ner/warm-up.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/lede-prof/warm-up.mjs
 *   node /tmp/lede-prof/warm-up.mjs /tmp/lede-prof/this.mjs [--rounds 5] [--compromise]
 *   node --trace-opt --trace-deopt /tmp/lede-prof/warm-up.mjs ... (a "ROUND n" line before each round)
 *
 * (On 2026-12-04, under a load of 10 on two cores: rounds 1-5 took a median 395 ms of CPU a
 * round, 290 on the main thread and 150 on the helpers; rounds 13-20, 240: 200 and 40.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import nlp from 'compromise';
import type { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import type { NerModel } from '../../src/core/entities/model/model';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) throw new Error('warm-up: name a bundle exporting ModelRecogniser and NerModel');
const rounds = Number(opt('--rounds', '5'));
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');

/** CPU milliseconds so far of the main thread and of all the others (clock ticks of 10 ms). */
function threadTimes(): [number, number] {
  let main = 0;
  let others = 0;
  for (const tid of readdirSync('/proc/self/task')) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // a thread that ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * 10;
    if (Number(tid) === process.pid) main += ms;
    else others += ms;
  }
  return [main, others];
}

const pauses: [number, number][] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push([e.startTime, e.duration]);
}).observe({ entryTypes: ['gc'] });
const pausedIn = (from: number, to: number): number =>
  pauses.reduce((sum, [at, ms]) => (at >= from && at <= to ? sum + ms : sum), 0);

const mod = (await import(pathToFileURL(resolve(file)).href)) as {
  ModelRecogniser: typeof ModelRecogniser;
  NerModel: typeof NerModel;
};
const bytes = new Uint8Array(readFileSync(resolve(opt('--model', 'models/ner.bin'))));
const recogniser = mod.ModelRecogniser.fromModel(mod.NerModel.fromBytes(bytes));
const texts = readFileSync(resolve(corpus, 'ner', 'conll2003-dev.detok.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

const lines: string[] = [];
for (let r = 0; r <= rounds; r++) {
  // Let the observer hand over the pauses so far, then time the round.
  await new Promise((done) => setTimeout(done, 0));
  console.log(`ROUND ${r}`);
  const [main0, others0] = threadTimes();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const text of texts) recogniser.recognise([{ id: 0, kind: 'paragraph', text }]);
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const [main1, others1] = threadTimes();
  await new Promise((done) => setTimeout(done, 0));
  lines.push(
    `round ${r}: ${(t1 - t0).toFixed(0)} ms elapsed, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU ` +
      `(main thread ${main1 - main0}, other threads ${others1 - others0}); collector's pauses ${pausedIn(t0, t1).toFixed(0)} ms`,
  );
  if (args.includes('--compromise'))
    for (const text of texts) {
      const doc = nlp(text);
      doc.people().json();
      doc.places().json();
      doc.organizations().json();
    }
}
console.log(`CoNLL-2003 dev: ${texts.length} documents a round; round 0 warms up (the bench drops it)`);
console.log(lines.join('\n'));
