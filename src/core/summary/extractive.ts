/**
 * On-device extractive summary: the few sentences that best cover what the article is
 * about. A sentence scores by the salience of the entities it mentions, its position (news
 * puts the point first) and a length fit; a sentence too similar to one already chosen is
 * skipped. The chosen sentences come back in reading order. Deterministic.
 */
import { splitSentences } from '../segment/sentences';
import { countWords } from '../segment/tokens';
import type { Block, Entity, SummarySentence } from '../types';

/**
 * A dateline opening a story: a place in capitals, maybe a region, then an agency and any
 * dash, or a long dash ("LONDON (Reuters) -", "COLOGNE, Germany —"; not "US - China talks").
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s{0,3}[\p{L} .'’-]{1,40})?(?:\s{0,3}\([^)]{1,40}\)\s{0,3}[—–-]{1,3}|\s{0,3}[—–])\s*/u;

export interface SummaryOptions {
  /** By default 2 for a short article, 3 up to 1,500 words, 4 beyond. */
  maxSentences?: number;
}

export function summarise(
  blocks: readonly Block[],
  entities: readonly Entity[],
  options: SummaryOptions = {},
): SummarySentence[] {
  const words = blocks.reduce((n, b) => n + countWords(b.text), 0);
  const max = options.maxSentences ?? (words < 400 ? 2 : words < 1500 ? 3 : 4);
  const mentionsByBlock = new Map<number, { start: number; salience: number }[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = mentionsByBlock.get(m.blockId) ?? [];
      list.push({ start: m.start, salience: e.salience });
      mentionsByBlock.set(m.blockId, list);
    }
  }

  const candidates: SummarySentence[] = [];
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'quote');
  let index = 0;
  for (const block of paragraphs) {
    for (const sentence of splitSentences(block.text)) {
      // A dateline ("COLOGNE, Germany (Reuters) — ") is not part of what the sentence says.
      const s = {
        ...sentence,
        start: sentence.start + (DATELINE.exec(block.text.slice(sentence.start, sentence.end))?.[0].length ?? 0),
      };
      const text = block.text.slice(s.start, s.end);
      const words = countWords(text);
      index++;
      if (words < 6 || words > 60) continue;
      const mentions = (mentionsByBlock.get(block.id) ?? []).filter((m) => m.start >= s.start && m.start < s.end);
      const entityScore = mentions.reduce((sum, m) => sum + m.salience, 0);
      const position = 1 / Math.sqrt(index);
      const lengthFit = words >= 12 && words <= 40 ? 1 : 0.6;
      const score = (entityScore + 2 * position) * lengthFit;
      candidates.push({ blockId: block.id, start: s.start, end: s.end, text, score: Math.round(score * 1000) / 1000 });
    }
  }

  const chosen: SummarySentence[] = [];
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.blockId - b.blockId || a.start - b.start);
  for (const c of ranked) {
    if (chosen.length >= max) break;
    if (chosen.some((s) => similarity(s.text, c.text) > 0.5)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.blockId - b.blockId || a.start - b.start);
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function similarity(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size));
}
