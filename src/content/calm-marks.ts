/**
 * Which mentions are marked, and how: calm by default. In each paragraph the first mention
 * of a name is marked in full and its later mentions there are drawn lighter (the reader has
 * just met the name); headings are left unmarked (a mark per word of a headline crowds it);
 * "now", "today" and "currently" are not marked as dates. With "mark every mention" on,
 * every mention is marked in full, as before. Pure: no DOM, tested in Node.
 */
import type { Analysis, BlockKind, Span } from '../core/types';
import { AGAIN_NAMES, HIGHLIGHT_NAMES, type HighlightName } from './highlight-names';

export interface Mark {
  name: HighlightName;
  span: Span;
}

/** Words that point at the present: true of every news story, so not worth a mark. */
const PRESENT_WORDS: ReadonlySet<string> = new Set([
  'now',
  'today',
  'currently',
  'right now',
  'nowadays',
  'at present',
  'presently',
  'at the moment',
  'these days',
]);

/** Whether a date mention only says "now". */
export function isPresentWord(text: string, value: string): boolean {
  return value === 'PRESENT_REF' || PRESENT_WORDS.has(text.trim().toLowerCase());
}

/** A mention's place, as one key. */
export const spanKey = (s: Pick<Span, 'blockId' | 'start' | 'end'>): string => `${s.blockId}:${s.start}:${s.end}`;

export function marksOf(
  analysis: Pick<Analysis, 'entities' | 'dates'> & { blocks?: Analysis['blocks'] },
  every: boolean,
): Mark[] {
  const kinds = new Map<number, BlockKind>((analysis.blocks ?? []).map((b) => [b.id, b.kind]));
  const quiet = (s: Span): boolean => !every && kinds.get(s.blockId) === 'heading';
  const out: Mark[] = [];
  for (const entity of analysis.entities) {
    const full = HIGHLIGHT_NAMES[entity.type];
    const again = every ? full : AGAIN_NAMES[entity.type];
    // The first mention in each block, by position (mentions may come in any order).
    const firstIn = new Map<number, number>();
    for (const m of entity.mentions) {
      if (quiet(m)) continue;
      const seen = firstIn.get(m.blockId);
      if (seen === undefined || m.start < seen) firstIn.set(m.blockId, m.start);
    }
    for (const m of entity.mentions) {
      if (quiet(m)) continue;
      out.push({ name: firstIn.get(m.blockId) === m.start ? full : again, span: m });
    }
  }
  for (const d of analysis.dates) {
    if (quiet(d) || (!every && (d.present || isPresentWord(d.text, d.value)))) continue;
    out.push({ name: d.type === 'DURATION' || d.type === 'SET' ? 'lede-date-span' : HIGHLIGHT_NAMES.DATE, span: d });
  }
  return out;
}
