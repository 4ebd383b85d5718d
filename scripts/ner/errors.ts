/**
 * The errors of a model on one half of Lede's modern-news gold, by family: a name given the
 * wrong type (gold → predicted), a name cut or run on (boundaries), a name missed, a word
 * taken for a name. For finding families of errors on the train half (never tuning on dev
 * one error at a time); the page text is printed, never written into the project:
 *
 *   node --import tsx scripts/ner/errors.ts [models/ner.bin] [--split train|dev|conll-dev|wikigold] [--list]
 *
 * Spanish and Dutch models: `--split es-dev`, `es-train`, `nl-dev`, `nl-train` (CoNLL-2002).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NerModel } from '../../src/core/entities/model/model';
import { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import { modernGold, readJsonl } from './training-data';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--split') ?? 'models/ner.bin';
const split = args.includes('--split') ? (args[args.indexOf('--split') + 1] ?? 'train') : 'train';
const CONLL: Record<string, string> = {
  'conll-dev': 'conll2003-dev',
  wikigold: 'wikigold',
  'es-dev': 'conll2002-es-dev',
  'es-train': 'conll2002-es-train',
  'nl-dev': 'conll2002-nl-dev',
  'nl-train': 'conll2002-nl-train',
};
const list = args.includes('--list');
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');
const model = NerModel.fromBytes(new Uint8Array(readFileSync(resolve(file))));
const recogniser = ModelRecogniser.fromModel(model);
const toConll = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', OTHER: 'MISC' } as const;

const families = new Map<string, string[]>();
const note = (family: string, example: string): void => {
  const xs = families.get(family) ?? [];
  xs.push(example);
  families.set(family, xs);
};
const conll = CONLL[split];
const docs = conll
  ? readJsonl(resolve(corpus, 'ner', `${conll}.detok.jsonl`))
  : modernGold(resolve('eval', 'gold', 'names'), corpus, split === 'dev' ? 'dev' : 'train');
for (const doc of docs) {
  const gold = doc.entities;
  const pred = recogniser
    .recognise([{ id: 0, kind: 'paragraph', text: doc.text }])
    .map((m) => ({ start: m.start, end: m.end, type: toConll[m.type] as string }));
  const key = (e: { start: number; end: number }): string => `${e.start}:${e.end}`;
  const predAt = new Map(pred.map((e) => [key(e), e]));
  const goldAt = new Map(gold.map((e) => [key(e), e]));
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
    a.start < b.end && b.start < a.end;
  const ctx = (e: { start: number; end: number }): string =>
    `${doc.text.slice(Math.max(0, e.start - 30), e.start)}[${doc.text.slice(e.start, e.end)}]${doc.text.slice(e.end, e.end + 30)}`.replace(
      /\s+/gu,
      ' ',
    );
  for (const g of gold) {
    const p = predAt.get(key(g));
    if (p && p.type === g.type) continue;
    if (p) note(`type ${g.type}→${p.type}`, `${doc.id} ${ctx(g)}`);
    else {
      const o = pred.filter((q) => overlaps(q, g));
      if (o.length)
        note(
          `bounds ${g.type}`,
          `${doc.id} ${ctx(g)} pred ${o.map((q) => `${doc.text.slice(q.start, q.end)}/${q.type}`).join(' ')}`,
        );
      else note(`missed ${g.type}`, `${doc.id} ${ctx(g)}`);
    }
  }
  for (const p of pred) {
    if (goldAt.has(key(p))) continue;
    if (!gold.some((g) => overlaps(g, p))) note(`spurious ${p.type}`, `${doc.id} ${ctx(p)}`);
  }
}
for (const [family, xs] of [...families].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(xs.length).padStart(4)} ${family}`);
  if (list) for (const x of xs) console.log(`       ${x}`);
}
