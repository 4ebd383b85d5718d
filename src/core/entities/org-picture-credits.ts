/**
 * Picture agencies inside a photo credit are organisations (issue 15, names29: real pages'
 * captions; names.md "Decisions of the sixth round": "Picture agencies and stock brands in
 * credits are ORG (`Getty Images`, `iStock`)"). A credit chains the photographer, the agency
 * or collection and the distributor with slashes: "Mark Stout/iStock/Getty Images", "Thomas
 * Jackson/Digital Vision/Getty Images", "Mike Watson Images/Moodboard/Getty". The tagger leaves
 * the middle one out or reads a collection named after its photographer as a person. After
 * tagging (English): before each "/Getty", the capitalised segment between two slashes is one
 * ORG name, and a first segment ending in "Images", "Photography" or "Pictures" is one too; the
 * tagger's mentions inside them go. A handle in lower case ("evgenyb") is no name.
 * Cheap: nothing to do in a block without "/Getty"; then a bounded look back per credit.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { unchanged, withReplacing } from './by-block';

/** The distributor that closes a credit chain. */
const DISTRIBUTOR = '/Getty';

/** The longest segment of a credit read. */
const MAX_SEGMENT = 40;

/** A segment that names an agency or collection: capitalised words ("Digital Vision", "iStock"). */
const AGENCY = /^(?:\p{Lu}|i\p{Lu})[\p{L}\d&.'’-]{0,20}(?: \p{Lu}[\p{L}\d&.'’-]{0,20}){0,3}$/u;

/** Words that end a first segment naming a studio rather than a person ("Mike Watson Images"). */
const STUDIO_END = /^\p{Lu}[\p{L}.'’-]{0,20}(?: \p{Lu}[\p{L}.'’-]{0,20}){0,2} (?:Images|Photography|Pictures)$/u;

/**
 * The segment [start, end) of `block` that ends at the slash at `end`: back to a slash, a
 * bracket or a line's start, or MAX_SEGMENT characters (`whole` false).
 */
function segmentBefore(block: string, end: number): { start: number; end: number; whole: boolean } {
  let k = end;
  const stop = Math.max(0, end - MAX_SEGMENT);
  while (k > stop && charAt(block, k - 1) !== '/' && charAt(block, k - 1) !== '\n' && charAt(block, k - 1) !== '(') k--;
  return { start: k, end, whole: k > stop || k === 0 };
}

/** The mentions with the agencies of photo credits made ORG names. */
export function withPictureCredits(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (![...text.values()].some((b) => b.includes(DISTRIBUTOR))) return unchanged(mentions);
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    if (!block.includes(DISTRIBUTOR)) continue;
    for (let at = block.indexOf(DISTRIBUTOR); at >= 0; at = block.indexOf(DISTRIBUTOR, at + 1)) {
      const middle = segmentBefore(block, at);
      if (!middle.whole || charAt(block, middle.start - 1) !== '/') continue;
      const agency = block.slice(middle.start, middle.end);
      if (AGENCY.test(agency)) found.push({ blockId, start: middle.start, end: middle.end, text: agency, type: 'ORG' });
      // The first segment, before the agency's slash: a studio named after its photographer.
      const first = segmentBefore(block, middle.start - 1);
      // The studio's name is the segment's last two to four words ("... splurge. Mike Watson Images").
      const words = block.slice(first.start, first.end).split(' ');
      for (let n = Math.min(4, words.length); n >= 2; n--) {
        const name = words.slice(words.length - n).join(' ');
        if (!STUDIO_END.test(name)) continue;
        found.push({ blockId, start: first.end - name.length, end: first.end, text: name, type: 'ORG' });
        break;
      }
    }
  }
  return withReplacing(mentions, found);
}
