/**
 * The context of a plain text, as `lede ner` reports it: the text's lines are its paragraphs
 * (a line break separates them), the recogniser's mentions are grouped into entities, and the
 * quotes and roles come back with offsets into the whole text and their speaker or person as
 * a name (the fullest the text uses) or a description.
 */
import { groupMentions } from '../entities/group';
import type { Block, EntityMention, QuoteKind } from '../types';
import { readContext } from './read-context';

export interface TextQuote {
  kind: QuoteKind;
  text: string;
  start: number;
  end: number;
  speaker: string;
  cue: string | null;
}

export interface TextRole {
  person: string;
  role: string;
  start: number;
  end: number;
}

/** `mentions` are the recogniser's on the whole text (one block, id 0). */
export function readTextContext(
  text: string,
  mentions: readonly EntityMention[],
): { quotes: TextQuote[]; roles: TextRole[] } {
  const blocks: Block[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      offsets.push(at);
      blocks.push({ id: blocks.length, kind: 'paragraph', text: line });
    }
    at += line.length + 1;
  }
  // Each mention moves into the line that holds it (mentions never cross a line break).
  const lineOf = (pos: number): number => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((offsets[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const moved: EntityMention[] = [];
  for (const m of mentions) {
    if (!blocks.length) break;
    const line = lineOf(m.start);
    const base = offsets[line] ?? 0;
    const block = blocks[line] as Block;
    if (m.end - base > block.text.length) continue;
    moved.push({ ...m, blockId: line, start: m.start - base, end: m.end - base });
  }
  const entities = groupMentions(moved, { blockCount: blocks.length });
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const context = readContext(blocks, entities);
  const quotes = context.quotes.map((q) => {
    const base = offsets[q.blockId] ?? 0;
    return {
      kind: q.kind,
      text: q.text,
      start: base + q.start,
      end: base + q.end,
      // The article's words, as the gold writes an unnamed source ("its hydrologists").
      speaker: q.speaker.written ?? q.speaker.name,
      cue: q.cue?.text ?? null,
    };
  });
  const roles: TextRole[] = [];
  for (const [id, list] of context.roles)
    for (const r of list) {
      const base = offsets[r.blockId] ?? 0;
      roles.push({ person: names.get(id) ?? '', role: r.text, start: base + r.start, end: base + r.end });
    }
  roles.sort((a, b) => a.start - b.start || a.person.localeCompare(b.person));
  return { quotes, roles };
}
