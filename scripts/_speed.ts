import { readFileSync } from 'node:fs';
import { NerModel } from '../src/core/entities/model/model';
import { ModelRecogniser } from '../src/core/entities/model-recogniser';
const model = NerModel.fromBytes(readFileSync(process.argv[2] ?? '/tmp/ner-test.bin'));
const rec = ModelRecogniser.fromModel(model);
const docs = readFileSync('/work/shared/corpus/ner/conll2003-dev.detok.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const tokens = docs.reduce((n, d) => n + d.tokens, 0);
const rates: number[] = [];
for (let r = 0; r < 8; r++) {
  const t0 = performance.now();
  for (const d of docs) rec.recognise([{ id: 0, kind: 'paragraph', text: d.text }]);
  rates.push(tokens / ((performance.now() - t0) / 1000));
}
rates.sort((a, b) => a - b);
console.log('tokens/s median', Math.round(rates[4]!), 'best', Math.round(rates[7]!), 'worst', Math.round(rates[0]!));
