import { readFileSync } from 'node:fs';
import { NerModel } from '../src/core/entities/model/model';
import { ModelRecogniser } from '../src/core/entities/model-recogniser';
const model = NerModel.fromBytes(readFileSync(process.argv[2] ?? '/tmp/ner-test.bin'));
const rec = ModelRecogniser.fromModel(model);
const docs = readFileSync('/work/shared/corpus/ner/conll2003-dev.detok.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const to = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', OTHER: 'MISC' } as Record<string, string>;
const cats = new Map<string, number>();
const examples = new Map<string, string[]>();
const add = (k: string, ex: string) => {
  cats.set(k, (cats.get(k) ?? 0) + 1);
  const l = examples.get(k) ?? [];
  if (l.length < 12) l.push(ex);
  examples.set(k, l);
};
let tokens = 0;
const t0 = performance.now();
for (const d of docs) {
  const pred = rec
    .recognise([{ id: 0, kind: 'paragraph', text: d.text }])
    .map((m) => ({ start: m.start, end: m.end, type: to[m.type]! }));
  tokens += d.tokens;
  for (const g of d.entities) {
    const exact = pred.find((p) => p.start === g.start && p.end === g.end);
    const over = pred.find((p) => p.start < g.end && g.start < p.end);
    const gt = d.text.slice(g.start, g.end);
    if (exact && exact.type === g.type) continue;
    if (exact) add(`type ${g.type}->${exact.type}`, gt);
    else if (over) add(`boundary ${g.type}`, `${gt} | got: ${d.text.slice(over.start, over.end)}`);
    else add(`missed ${g.type}`, gt);
  }
  for (const p of pred)
    if (!d.entities.some((g: any) => p.start < g.end && g.start < p.end))
      add(`spurious ${p.type}`, d.text.slice(p.start, p.end));
}
console.log('tokens/s', Math.round(tokens / ((performance.now() - t0) / 1000)));
for (const [k, v] of [...cats].sort((a, b) => b[1] - a[1])) console.log(v, k, '::', examples.get(k)!.join(' ; '));
