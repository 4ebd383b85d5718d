// Lede's own gold sets (eval/gold/) as the scorers' input: each record joins our offsets
// with the corpus text they point into (read from ../shared at evaluation time, never
// stored in the project). See eval/gold/README.md.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { corpusDoc } from './corpus-docs.mjs';

const CONLL = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

/**
 * The gold records of one set and split, with their corpus text (scripts/eval/corpus-docs.mjs:
 * ids `sh-*`/`rd-*` from ../shared/corpus/articles, `pl-*` as Readability reads them from
 * ../shared/corpus/metadata); throws if the corpus changed.
 */
export function goldRecords(root, corpus, set, split) {
  const dir = join(root, 'eval', 'gold', set);
  if (!existsSync(dir)) return [];
  const out = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (split && gold.split !== split) continue;
    const { text, url, file, folder } = corpusDoc(corpus, gold.id);
    if (gold.sha256 && createHash('sha256').update(text).digest('hex') !== gold.sha256)
      throw new Error(`eval/gold/${set}/${f}: the corpus text has changed`);
    out.push({ gold, text, url, file, folder });
  }
  return out;
}

/** Names gold as the shared NER scorer reads it: {id, text, entities: [{start, end, type}]}. */
export function namesJsonl(records) {
  return records
    .map(({ gold, text }) =>
      JSON.stringify({
        id: gold.id,
        text,
        entities: gold.entities.map(([start, end, type]) => ({ start, end, type: CONLL[type] })),
      }),
    )
    .join('\n');
}
