/**
 * Two names the tagger reads as one (English; applied by `MentionRules`), split as the names
 * guidelines (and CoNLL-2003's train file) mark them:
 *
 * - a chamber before its party's members: "House Democrats", "Senate Republicans" are the
 *   chamber (ORG) and the members (OTHER, as party members are);
 * - a person's name before "White House": "the Trump White House" is the person (PERSON) and
 *   the building standing for the government (PLACE), not one person ("Trump White House").
 *
 * Per mention, a look at its own words.
 */
import type { EntityMention } from '../types';
import { unchanged } from './by-block';
import { wordsIn, type Word } from './text-words';
import { lastSpace } from './last-space';

/** Chambers and bodies that stand before their party's members. */
const CHAMBERS = new Set(['House', 'Senate', 'Assembly', 'Parliament']);

/** Party members, as the guidelines type them (OTHER): "Democrats", "a Republican". */
const MEMBERS = new Set(
  'Democrat Democrats Republican Republicans Conservative Conservatives Tory Tories Liberal Liberals'.split(' '),
);

/**
 * The mentions of one block with chambers and their members, and people and "White House",
 * split; `isPersonWord` tells a word the word lists know as a first name or a surname.
 */
export function splitTwoNames(
  text: string,
  mentions: readonly EntityMention[],
  isPersonWord: (word: string) => boolean,
): EntityMention[] {
  // The mentions themselves until a name is split (most texts: none), then a copy.
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    // Only a name ending in "House" or in a party's members can be two (most names: no words to
    // read; a name of one word, no copy of its last word).
    const space = lastSpace(m.text);
    const tail = space < 0 ? '' : m.text.slice(space + 1);
    if (space < 0 || !(tail === 'House' || MEMBERS.has(tail))) {
      if (out !== null) out.push(m);
      continue;
    }
    const words = wordsIn(text, m.start, m.end);
    const first = words[0] as Word;
    const last = words[words.length - 1] as Word;
    if (words.length === 2 && CHAMBERS.has(first.text) && MEMBERS.has(last.text)) {
      out ??= mentions.slice(0, i);
      out.push(part(m, text, first, first, 'ORG'), part(m, text, last, last, 'OTHER'));
      continue;
    }
    const n = words.length;
    if (
      n >= 3 &&
      n <= 4 &&
      (words[n - 2] as Word).text === 'White' &&
      last.text === 'House' &&
      (m.type === 'PERSON' || words.slice(0, n - 2).every((w) => isPersonWord(w.text)))
    ) {
      out ??= mentions.slice(0, i);
      out.push(part(m, text, first, words[n - 3] as Word, 'PERSON'));
      out.push(part(m, text, words[n - 2] as Word, last, 'PLACE'));
      continue;
    }
    if (out !== null) out.push(m);
  }
  return out ?? unchanged(mentions);
}

function part(m: EntityMention, text: string, from: Word, to: Word, type: EntityMention['type']): EntityMention {
  return { blockId: m.blockId, start: from.start, end: to.end, text: text.slice(from.start, to.end), type };
}
