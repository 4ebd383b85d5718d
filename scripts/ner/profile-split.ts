/**
 * Where the whole English recognise path spends its time, step by step, on CoNLL-2003 dev's
 * documents read as one block each (as `npm run bench` reads them), in CPU time (median of
 * the rounds after two warm-ups): cutting the text into sentences and tokens (`sentencesOf`),
 * the token texts, preparing the document (`prepareDoc`: the words, runs, phrases, clues),
 * the beam, `tagged` whole (the three before and the beam, and the mentions made of its
 * labels), the corrections (`corrections` on `tagged`'s mentions) and `recognise` whole.
 * Run it bundled, as `npm run bench` runs (tsx wraps every function for its names):
 *
 *   npx esbuild scripts/ner/profile-split.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/lede-prof/split.mjs
 *   node /tmp/lede-prof/split.mjs [--rounds 16] [--model models/ner.bin]
 *
 * (The steps are timed one after another over all the documents, so a step's share is
 * roughly its time over `recognise`'s; on a shared machine run it twice or more. `tagged` is
 * its parts and the mentions made of the labels: the parts' arrays are let go before it, since
 * a live heap of every document's prepared words made it read twice its parts.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NerModel } from '../../src/core/entities/model/model';
import { ModelRecogniser, sentencesOf } from '../../src/core/entities/model-recogniser';
import { prepareDoc, type PreparedDoc } from '../../src/core/entities/model/document';
import { tagDocumentBeam } from '../../src/core/entities/model/beam';
import type { Block, EntityMention } from '../../src/core/types';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const rounds = Number(opt('--rounds', '16'));
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');
const model = NerModel.fromBytes(new Uint8Array(readFileSync(resolve(opt('--model', 'models/ner.bin')))));
const recogniser = ModelRecogniser.fromModel(model);
if (!model.header.beam) throw new Error('profile-split: the model asks for no beam');
const beam = { ...model.header.beam, unit: model.header.scale };
const docs: Block[][] = readFileSync(resolve(corpus, 'ner', 'conll2003-dev.detok.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => [{ id: 0, kind: 'paragraph', text: (JSON.parse(l) as { text: string }).text }]);

/** CPU time (user + system) of `fn`, in milliseconds. */
function cpu(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

const steps = ['cut', 'token texts', 'prepare', 'beam', 'tagged', 'corrections', 'recognise'] as const;
const times = new Map<string, number[]>(steps.map((s) => [s, []]));
const tagged: EntityMention[][] = docs.map((d) => recogniser.tagged(d));
let sentences: ReturnType<typeof sentencesOf>[] = [];
let texts: string[][][] = [];
let prepared: PreparedDoc[] = [];
for (let r = 0; r < rounds + 2; r++) {
  const t = new Map<string, number>();
  t.set(
    'cut',
    cpu(() => (sentences = docs.map((d) => sentencesOf(d)))),
  );
  t.set(
    'token texts',
    cpu(() => (texts = sentences.map((ss) => ss.map((s) => s.tokens.map((k) => k.text))))),
  );
  t.set(
    'prepare',
    cpu(
      () =>
        (prepared = texts.map((tx, k) =>
          prepareDoc(
            tx,
            model.gazetteers,
            (sentences[k] ?? []).map(() => false),
            'en',
          ),
        )),
    ),
  );
  t.set(
    'beam',
    cpu(() => prepared.forEach((p) => tagDocumentBeam(p, model, beam))),
  );
  // The steps' own arrays go before `tagged` and the rest are timed: kept, the 216 documents'
  // sentences, tokens and prepared words (tens of MB) stay live through the rounds, every
  // collection after has them to mark, and `tagged` read 158-181 ms against 84 without them
  // (2026-12-04, speed34): the whole of the gap between `tagged` and its parts.
  sentences = [];
  texts = [];
  prepared = [];
  t.set(
    'tagged',
    cpu(() => docs.forEach((d) => recogniser.tagged(d))),
  );
  t.set(
    'corrections',
    cpu(() => docs.forEach((d, k) => recogniser.corrections(d, tagged[k] ?? []))),
  );
  t.set(
    'recognise',
    cpu(() => docs.forEach((d) => recogniser.recognise(d))),
  );
  if (r >= 2) for (const [s, ms] of t) times.get(s)?.push(ms);
}
const whole = median(times.get('recognise') ?? []);
console.log(`CoNLL-2003 dev: ${docs.length} documents; CPU time, median of ${rounds} rounds (two warm-ups)`);
for (const s of steps) {
  const ms = median(times.get(s) ?? []);
  console.log(`  ${s.padEnd(12)} ${ms.toFixed(1).padStart(7)} ms  ${((100 * ms) / whole).toFixed(0).padStart(3)}%`);
}
