/**
 * Every mention (block, offsets, type, text) Lede finds on the names sets, one line a mention,
 * to check that a change meant to keep outputs (a faster rule) changes none. Run from the
 * repository's root (the models and the gold are read from there), once with the old code (a
 * copy of its tree with this script in it) and once with the new:
 *
 *   git archive OLD_COMMIT src scripts | tar -x -C /tmp/old && ln -s $PWD/node_modules /tmp/old/
 *   cp scripts/ner/dump-mentions.ts /tmp/old/scripts/ner/
 *   node --import tsx /tmp/old/scripts/ner/dump-mentions.ts /tmp/before.txt
 *   node --import tsx scripts/ner/dump-mentions.ts /tmp/after.txt
 *   cmp /tmp/before.txt /tmp/after.txt
 *
 * Sets: CoNLL-2003 dev (detokenised and tokenised) and train, Wikigold, CoNLL-2002 Spanish and
 * Dutch dev (their own models), Lede's modern names
 * gold (dev, train, fresh, fresh2: read as `npm run eval` reads them, one block a text; only
 * compared whole, never looked at row by row) and the demo article (its extracted blocks).
 * Keep the dump outside the repository: it holds corpus text.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NerModel } from '../../src/core/entities/model/model';
import { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import { loadDocument } from '../../src/cli/load-document';
import { extractArticle } from '../../src/article/extract';
import type { Block, EntityMention } from '../../src/core/types';
import { readJsonl } from './training-data';
import { corpusDoc } from '../eval/corpus-docs.mjs';

const out = process.argv[2];
if (!out || out.startsWith('--')) throw new Error('usage: dump-mentions.ts OUT_FILE [--model models/ner.bin]');
const modelAt = process.argv.indexOf('--model');
const file = modelAt >= 0 ? (process.argv[modelAt + 1] ?? '') : 'models/ner.bin';
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');
const recogniser = ModelRecogniser.fromModel(NerModel.fromBytes(new Uint8Array(readFileSync(resolve(file)))));

const lines: string[] = [];
const counts: string[] = [];
const dump = (set: string, id: string, blocks: readonly Block[]): number => {
  const mentions: EntityMention[] = recogniser.recognise(blocks);
  for (const m of mentions) lines.push(`${set}\t${id}\t${m.blockId}\t${m.start}\t${m.end}\t${m.type}\t${m.text}`);
  return mentions.length;
};
const one = (text: string): Block[] => [{ id: 0, kind: 'paragraph', text }];

for (const [set, name] of [
  ['conll-dev', 'conll2003-dev.detok.jsonl'],
  ['conll-dev-tok', 'conll2003-dev.tok.jsonl'],
  ['conll-train', 'conll2003-train.detok.jsonl'],
  ['wikigold', 'wikigold.detok.jsonl'],
] as const) {
  let n = 0;
  readJsonl(resolve(corpus, 'ner', name)).forEach((d, k) => (n += dump(set, d.id || String(k), one(d.text))));
  counts.push(`${set} ${n}`);
}

// The Spanish and Dutch models, whose corrections are the holidays and the particle and quote rules.
for (const lang of ['es', 'nl']) {
  const other = ModelRecogniser.fromModel(
    NerModel.fromBytes(new Uint8Array(readFileSync(resolve('models', `ner-${lang}.bin`)))),
  );
  let n = 0;
  readJsonl(resolve(corpus, 'ner', `conll2002-${lang}-dev.detok.jsonl`)).forEach((d, k) => {
    for (const m of other.recognise(one(d.text)))
      lines.push(`${lang}-dev\t${d.id || String(k)}\t${m.blockId}\t${m.start}\t${m.end}\t${m.type}\t${m.text}`);
    n++;
  });
  counts.push(`${lang}-dev ${n} documents`);
}

const gold = resolve('eval', 'gold', 'names');
const golds = readdirSync(gold)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(resolve(gold, f), 'utf8')) as { id: string; split: string });
for (const split of ['dev', 'train', 'fresh', 'fresh2']) {
  let n = 0;
  for (const g of golds) if (g.split === split) n += dump(`modern-${split}`, g.id, one(corpusDoc(corpus, g.id).text));
  counts.push(`modern-${split} ${n}`);
}

const demo = loadDocument(readFileSync(resolve('demo', 'article.html'), 'utf8'), 'https://example.org/demo');
const { article } = extractArticle(demo, { url: 'https://example.org/demo', force: true });
counts.push(`demo ${dump('demo', 'article', article.blocks)}`);

writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} mentions written to ${out} (${counts.join(', ')})`);
