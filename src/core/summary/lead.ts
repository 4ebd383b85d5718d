/**
 * The lead baseline: an article's first sentences, as a reader skimming the opening gets
 * them. The evaluation sets Lede's summary beside it (the same number of sentences), and
 * the summary must carry more of the story than this does.
 */
import { splitSentences } from '../segment/sentences';
import type { Block, SummarySentence } from '../types';

const BODY_KINDS = new Set(['paragraph', 'list-item', 'quote']);

export function leadSentences(blocks: readonly Block[], n: number, lang = 'en'): SummarySentence[] {
  const out: SummarySentence[] = [];
  for (const block of blocks) {
    if (!BODY_KINDS.has(block.kind)) continue;
    for (const s of splitSentences(block.text, lang)) {
      if (out.length >= n) return out;
      out.push({ blockId: block.id, start: s.start, end: s.end, text: block.text.slice(s.start, s.end), score: 0 });
    }
  }
  return out;
}
