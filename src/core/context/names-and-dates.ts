/**
 * Names and dates together: each entity knows the dates of the sentences it is named in, and
 * each timeline entry the entities of its sentence. Sentences are cut as the timeline cuts
 * them (`splitSentences` on each block that has a date); every mention and date finds its
 * sentence by bisection, so the whole costs O(n log n) in the article's length.
 */
import { splitSentences, type SentenceSpan } from '../segment/sentences';
import type { Block, DateMention, Entity, TimelineEntry } from '../types';
import { lastStartingBy } from '../segment/bisect';

export interface NamesAndDates {
  /** Entity id -> the date ids of its sentences, in text order. */
  datesOf: Map<number, number[]>;
  /** The entity ids named in the sentence of a timeline entry, in id order. */
  entitiesOf: (entry: TimelineEntry) => number[];
}

const sentenceIndex = (spans: readonly SentenceSpan[], at: number): number => lastStartingBy(spans, at);

export function linkNamesAndDates(
  blocks: readonly Block[],
  entities: readonly Entity[],
  dates: readonly DateMention[],
): NamesAndDates {
  // Only blocks with a date can tie a name to one: each is split once, however many names and
  // dates it holds; a sentence's key is its number in the article.
  const dated = new Set<number>();
  for (const d of dates) dated.add(d.blockId);
  const spans = new Map<number, { base: number; spans: SentenceSpan[] }>();
  let count = 0;
  for (const b of blocks) {
    if (!dated.has(b.id)) continue;
    const s = splitSentences(b.text);
    spans.set(b.id, { base: count, spans: s });
    count += Math.max(1, s.length);
  }
  const sentenceKey = (blockId: number, at: number): number => {
    const b = spans.get(blockId);
    return b ? b.base + sentenceIndex(b.spans, at) : -1;
  };

  const datesIn = new Map<number, DateMention[]>();
  const dateKey = new Map<number, number>();
  for (const d of dates) {
    const key = sentenceKey(d.blockId, d.start);
    dateKey.set(d.id, key);
    const list = datesIn.get(key);
    if (list) list.push(d);
    else datesIn.set(key, [d]);
  }
  const entitiesIn = new Map<number, Set<number>>();
  const datesOf = new Map<number, number[]>();
  for (const e of entities) {
    const found: number[] = [];
    const seen = new Set<number>();
    for (const m of e.mentions) {
      const key = sentenceKey(m.blockId, m.start);
      if (key < 0) continue;
      let set = entitiesIn.get(key);
      if (!set) entitiesIn.set(key, (set = new Set()));
      set.add(e.id);
      for (const d of datesIn.get(key) ?? [])
        if (!seen.has(d.id)) {
          seen.add(d.id);
          found.push(d.id);
        }
    }
    if (found.length) datesOf.set(e.id, found);
  }
  return {
    datesOf,
    entitiesOf: (entry) => {
      const key = dateKey.get(entry.mentionId);
      return key === undefined ? [] : [...(entitiesIn.get(key) ?? [])].sort((a, b) => a - b);
    },
  };
}
