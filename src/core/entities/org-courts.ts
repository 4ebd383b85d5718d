/**
 * A court's whole name is one organisation (English, issue 15; names.md "Boundaries": mark the
 * longest name). The tagger cuts an appeals court's circuit off ("U.S. Court of Appeals" of "the
 * U.S. Court of Appeals for the 9th Circuit"; "Court of Appeals" of "the 9th U.S. Circuit Court of
 * Appeals") and leaves out a court named just before its judge's title ("before Common Pleas
 * Court Judge Anita Brennan", "Ontario Superior Court Justice Marion Aldous"). After tagging:
 * - "Court of Appeals for the <ordinal or word> Circuit": the name runs to "Circuit";
 * - "<ordinal> (U.S. )Circuit Court of Appeals": the name starts at the ordinal;
 * - one to four capitalised words and "Court" right before "Judge" or "Justice" and a
 *   capitalised word, where the tagger found nothing there: one ORG name ending at "Court".
 * The span (with the tagger's court that runs into it from before: "U.S. Court of Appeals") is
 * one ORG name in place of the mentions inside it (none a person's, none reaching out of it).
 * Cheap: nothing to do in a text without "Court " (by the text's index of words), then linear
 * patterns over the blocks that hold it.
 */
import type { EntityMention } from '../types';
import { alreadyHeld, someBlock, unchanged, withReplacing } from './by-block';

/** The cheap check: a court's word before a space. */
const ANY_COURT = /\bCourt /u;

/** An appeals court with its circuit after it, or its circuit before it. */
const APPEALS =
  /\b(?:(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|D\.C\.) (?:U\.S\. )?Circuit Court of Appeals|Court of Appeals for the (?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|D\.C\.) Circuit)\b/gu;

/** "Court" before a judge's title and a name ("Court Judge Anita"). */
const BEFORE_TITLE = /\bCourt (?:Judge|Justice) \p{Lu}/gu;

/** A capitalised word of a court's name ("Common", "Pleas", "Superior", "Ontario"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** Capitalised words that start a sentence or a clause, not a court's name. */
const OPENERS = new Set(['The', 'A', 'An', 'In', 'At', 'Before', 'After', 'On', 'When', 'But', 'And', 'Then']);

/** Where a court's name that ends with "Court" at `court` starts: up to four capitalised words back, or -1. */
function courtStart(block: string, court: number): number {
  let start = court;
  for (let n = 0; n < 4; n++) {
    if (start < 2 || block.charAt(start - 1) !== ' ') break;
    let k = start - 1;
    while (k > 0 && start - 1 - k < 20 && /[\p{L}'’-]/u.test(block.charAt(k - 1))) k--;
    const word = block.slice(k, start - 1);
    if (!NAME_WORD.test(word) || OPENERS.has(word)) break;
    start = k;
  }
  return start < court ? start : -1;
}

/** The mentions with courts' names read whole. */
export function withCourts(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!someBlock(text, ANY_COURT)) return unchanged(mentions);
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    if (!block.includes('Court ')) continue;
    const own = mentions.filter((m) => m.blockId === blockId);
    const add = (start: number, end: number, onlyWhereNone: boolean): void => {
      const inside = own.filter((m) => m.start < end && m.end > start);
      if (onlyWhereNone ? inside.length > 0 : inside.some((m) => m.type === 'PERSON' || m.start < start || m.end > end))
        return;
      const court: EntityMention = { blockId, start, end, text: block.slice(start, end), type: 'ORG' };
      if (!alreadyHeld(inside, court)) found.push(court);
    };
    APPEALS.lastIndex = 0;
    for (let m = APPEALS.exec(block); m !== null; m = APPEALS.exec(block)) {
      // The tagger's court that starts before the match runs on into it ("U.S. Court of Appeals").
      const start = m.index;
      const head = own.find((x) => x.type === 'ORG' && x.start < start && x.end > start);
      add(head ? head.start : start, start + m[0].length, false);
    }
    BEFORE_TITLE.lastIndex = 0;
    for (let m = BEFORE_TITLE.exec(block); m !== null; m = BEFORE_TITLE.exec(block)) {
      const start = courtStart(block, m.index);
      if (start >= 0) add(start, m.index + 5, true);
    }
  }
  return withReplacing(mentions, found);
}
