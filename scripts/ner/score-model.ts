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

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--sets') ?? 'models/ner.bin';
const setsAt = args.indexOf('--sets');
const sets = (setsAt >= 0 ? (args[setsAt + 1] ?? '') : 'conll,modern').split(',');
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');
const model = NerModel.fromBytes(new Uint8Array(readFileSync(resolve(file))));
const score = (name: string, docs: Parameters<typeof evaluate>[2]): void =>
  console.log(`${name.padEnd(14)} ${show(evaluate(model, model.gazetteers, docs, model.header.passes))}`);
if (sets.includes('conll')) score('conll-dev', readJsonl(resolve(corpus, 'ner', 'conll2003-dev.detok.jsonl')));
if (sets.includes('wikigold')) score('wikigold', readJsonl(resolve(corpus, 'ner', 'wikigold.detok.jsonl')));
if (sets.includes('modern')) {
  const gold = resolve('eval', 'gold', 'names');
  const articles = resolve(corpus, 'articles');
  score('modern-dev', modernGold(gold, articles, 'dev'));
  score('modern-train', modernGold(gold, articles, 'train'));
}
