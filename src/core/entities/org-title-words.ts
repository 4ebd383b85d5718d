/**
 * The capitalised words of an office's title are no organisation (English, issue 15; names
 * guidelines: titles are outside names, and a portfolio word before an office is no name):
 * "the Minister for [Transport] said", "The [Minister for Education] has promised", "said
 * [Council] Member Dana Frost". The tagger reads a capitalised portfolio word as a ministry's
 * name, and "Council" before "Member" as the council. After tagging: a mention typed ORG is
 * dropped when it is
 * - one word right after "Minister for " or "Minister of " (the portfolio; a ministry's own name,
 *   "Ministry of Transport", stays);
 * - "Minister for ..." or "Minister of ..." itself, with or without "The" (the office);
 * - "Council" right before " Member " (a council member's title);
 * - a member's title by its letters ("the former MP", "an MEP", "MSPs"; not "TD", also a bank).
 * Per ORG mention, a look at its text and at most the 13 characters before it.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { kept } from './by-block';

/** A member's title by its letters: no organisation. */
const MEMBER_TITLES = new Set(['MP', 'MPs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'MLA', 'MLAs']);

/** Whether `block` has "Minister for " or "Minister of " (any case of its "M") ending at `at`. */
function afterMinister(block: string, at: number): boolean {
  const of = block.startsWith(' of ', at - 4) ? at - 4 : block.startsWith(' for ', at - 5) ? at - 5 : -1;
  return (
    of >= 8 && block.startsWith('inister', of - 7) && (charAt(block, of - 8) === 'M' || charAt(block, of - 8) === 'm')
  );
}

/** Whether a mention is a title's words rather than an organisation. */
function isTitleWords(m: EntityMention, block: string): boolean {
  const t = m.text;
  if (t.startsWith('Minister for ') || t.startsWith('Minister of ')) return true;
  if (t.startsWith('The Minister for ') || t.startsWith('The Minister of ')) return true;
  if (t === 'Council') return block.startsWith(' Member ', m.end);
  if (MEMBER_TITLES.has(t)) return true;
  return !t.includes(' ') && afterMinister(block, m.start);
}

/** The mentions without the title's words typed ORG. */
export function withoutTitleWords(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return kept(mentions, (m) => !(m.type === 'ORG' && isTitleWords(m, text.get(m.blockId) ?? '')));
}
