/**
 * Charities and campaign groups named by common words are organisations (issue 15; names.md:
 * ORG). The tagger leaves "Doctors Without Borders" out altogether: every word of it is a common
 * word it reads in lower case elsewhere (names49a, en-560 and en-613, two sets of world news).
 *
 * After tagging (English): each listed name, written as listed with no letter or digit on either
 * side, is an ORG mention where no mention overlaps it (a name the tagger found, in whole or in
 * part, is left to it). Per block, one search for each listed name.
 */
import type { EntityMention } from '../types';
import { unchanged, withFound } from './by-block';

/** The names, as written. */
const NAMES = [
  'Doctors Without Borders',
  'Reporters Without Borders',
  'Engineers Without Borders',
  'Save the Children',
  'Habitat for Humanity',
  'Meals on Wheels',
  'Friends of the Earth',
  'Citizens Advice',
];

/** Whether a letter or digit is at `i` of `block`. */
function wordAt(block: string, i: number): boolean {
  return /[\p{L}\p{N}]/u.test(block.charAt(i));
}

/** `mentions` with the listed names the tagger left out added as ORG. */
export function withCommonWordNames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const found: EntityMention[] = [];
  for (const [blockId, block] of text)
    for (const name of NAMES)
      for (let at = block.indexOf(name); at >= 0; at = block.indexOf(name, at + 1))
        if (!wordAt(block, at - 1) && !wordAt(block, at + name.length))
          found.push({ blockId, start: at, end: at + name.length, text: name, type: 'ORG' });
  return found.length === 0 ? unchanged(mentions) : withFound(mentions, found);
}
