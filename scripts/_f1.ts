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
let tp = 0,
  np = 0,
  ng = 0;
for (const d of docs) {
  const g = new Set(d.entities.map((e: any) => `${e.start}:${e.end}:${e.type}`));
  ng += g.size;
  for (const m of rec.recognise([{ id: 0, kind: 'paragraph', text: d.text }])) {
    np++;
    if (g.has(`${m.start}:${m.end}:${to[m.type]}`)) tp++;
  }
}
const p = tp / np,
  r = tp / ng;
console.log('F1', ((2 * p * r) / (p + r)).toFixed(4));
