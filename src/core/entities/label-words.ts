/**
 * A citation's or a life's label word is no name (English, issue 15, names43a): "Retrieved 1 May
 * 2015", "Archived 3 March 2019", "Accessed on 4 June", "Born in a village near Thanjavur in
 * 1936, he ...". The tagger reads such a capitalised word at a sentence's start as a name (an
 * organisation, a place) where the page never writes it in lower case, which its own check of
 * the page's casing needs (document.ts `isForcedOut`); lists of references repeat it line after
 * line. After tagging: a mention that is one of these words alone, followed by a number, a
 * month or a preposition ("in", "on", "at", "from", "to", "and"), is dropped. Reads the
 * mention's own text and the word after it. A science page's "Journal reference:" line is a label
 * too (names48a: en-551 and en-599, two sets): "Journal" alone before "reference" is dropped.
 */
import type { EntityMention } from '../types';
import { kept } from './by-block';
import { codeAt } from './chars';
import { firstWordIn } from './text-words';
import { MONTHS_AND_DAYS } from './word-lists';

/** Label words of citations and lives. */
const LABELS = new Set(['Retrieved', 'Archived', 'Accessed', 'Born', 'Journal']);

/** Words after a label ("Born in", "Retrieved on"). */
const AFTER = new Set(['in', 'on', 'at', 'from', 'to', 'and']);

/** Whether the label `m` of `block` is followed by a number, a month or a preposition ("Journal": by "reference"). */
function labels(block: string, m: EntityMention): boolean {
  if (codeAt(block, m.end) !== 32) return false;
  if (m.text === 'Journal') return block.startsWith('reference', m.end + 1);
  const c = codeAt(block, m.end + 1);
  if (c >= 48 && c <= 57) return true;
  const next = firstWordIn(block, m.end, Math.min(block.length, m.end + 12))?.text ?? '';
  const word = next.endsWith(',') || next.endsWith('.') ? next.slice(0, -1) : next;
  return AFTER.has(word) || MONTHS_AND_DAYS.has(word.toLowerCase());
}

/** The mentions without the label words of citations and lives (`text`: each block's text by id). */
export function withoutLabelWords(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return kept(mentions, (m) => !LABELS.has(m.text) || !labels(text.get(m.blockId) ?? '', m));
}
