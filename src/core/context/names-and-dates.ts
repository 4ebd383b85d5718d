/**
 * Names and dates together: each entity knows the dates of the sentences it is named in, and
 * each timeline entry the entities of its sentence. Sentences are cut as the timeline cuts
 * them (`splitSentences` on each block); every mention and date finds its sentence by
 * bisection, so the whole costs O(n log n) in the article's length.
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
  // Each block is split once, however many names and dates it holds.
  const spans = new Map<number, SentenceSpan[]>();
  const blockById = new Map(blocks.map((b) => [b.id, b]));
  const sentenceKey = (blockId: number, at: number): string => {
    let s = spans.get(blockId);
    if (!s) {
      const block = blockById.get(blockId);
      s = block ? splitSentences(block.text) : [];
      spans.set(blockId, s);
    }
    return `${blockId}:${sentenceIndex(s, at)}`;
  };

  const datesIn = new Map<string, DateMention[]>();
  const dateKey = new Map<number, string>();
  for (const d of dates) {
    const key = sentenceKey(d.blockId, d.start);
    dateKey.set(d.id, key);
    const list = datesIn.get(key);
    if (list) list.push(d);
    else datesIn.set(key, [d]);
  }
  const entitiesIn = new Map<string, Set<number>>();
  const datesOf = new Map<number, number[]>();
  for (const e of entities) {
    const found: number[] = [];
    const seen = new Set<number>();
    for (const m of e.mentions) {
      const key = sentenceKey(m.blockId, m.start);
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
      return key ? [...(entitiesIn.get(key) ?? [])].sort((a, b) => a - b) : [];
    },
  };
}
