/**
 * Scores a model file on CoNLL-2003 dev, Wikigold and both halves of Lede's modern-news gold,
 * in process (quicker than `npm run eval`, which scores through the command line):
 *
 *   node --import tsx scripts/ner/score-model.ts [models/ner.bin] [--sets conll,modern,wikigold]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NerModel } from '../../src/core/entities/model/model';
import { evaluate, show } from './evaluate';
import { modernGold, readJsonl } from './training-data';
import { devHalves } from './dev-halves';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--sets') ?? 'models/ner.bin';
const setsAt = args.indexOf('--sets');
const sets = (setsAt >= 0 ? (args[setsAt + 1] ?? '') : 'conll,modern').split(',');
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');
const model = NerModel.fromBytes(new Uint8Array(readFileSync(resolve(file))));
// --beam W [--temperature T]: score with a beam decoder (W 0: greedy), whatever the file asks.
const beamAt = args.indexOf('--beam');
const width = beamAt >= 0 ? Number(args[beamAt + 1]) : (model.header.beam?.width ?? 0);
const temperatureAt = args.indexOf('--temperature');
const temperature =
  temperatureAt >= 0 ? Number(args[temperatureAt + 1]) : beamAt >= 0 ? 0 : (model.header.beam?.temperature ?? 0);
const beam = width > 0 ? { width, temperature, unit: model.header.scale } : null;
const score = (name: string, docs: Parameters<typeof evaluate>[2]): void =>
  console.log(`${name.padEnd(14)} ${show(evaluate(model, model.gazetteers, docs, model.header.passes, 'en', beam))}`);
// es-dev, nl-dev: the whole dev file; es-devB, nl-devB: its second half (dev-halves.ts).
for (const l of ['es', 'nl'])
  for (const half of ['', 'B'])
    if (sets.includes(`${l}-dev${half}`)) {
      const docs = readJsonl(resolve(corpus, 'ner', `conll2002-${l}-dev.detok.jsonl`));
      console.log(
        `${l}-dev${half}`.padEnd(14),
        show(evaluate(model, model.gazetteers, half ? devHalves(docs).b : docs, 1, l, beam)),
      );
    }
if (sets.includes('conll')) score('conll-dev', readJsonl(resolve(corpus, 'ner', 'conll2003-dev.detok.jsonl')));
if (sets.includes('wikigold')) score('wikigold', readJsonl(resolve(corpus, 'ner', 'wikigold.detok.jsonl')));
if (sets.includes('modern')) {
  const gold = resolve('eval', 'gold', 'names');
  score('modern-dev', modernGold(gold, corpus, 'dev'));
  score('modern-train', modernGold(gold, corpus, 'train'));
}
