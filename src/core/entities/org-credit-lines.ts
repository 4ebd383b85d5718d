/**
 * The outlet or agency in a caption's credit line is an organisation (English, issue 15; names.md
 * "Decisions of the sixth round": picture agencies and stock brands in credits are ORG). A
 * credit closes a caption: "Photo: RNZ / Nate McKinnon", "Photo by Jason Payne / PNG", "Photo:
 * Mark Dwyer for STAT", "Photograph: Getty", "Picture: Motorsport Images", "(Photo: Gallo
 * Images / Brenton Geach)", "© Tom Harlow/FT". The tagger leaves the short ones out (one word,
 * often letters: "PNG", "RNZ", "Stuff") and reads an agency of two words as a person ("Gallo
 * Images", "Sansad TV"). org-picture-credits.ts reads the chains that end in "/Getty"; this reads
 * the credit after its cue word, when the credit runs to the end of its caption (the block's
 * end, a closing bracket or a line's end). After tagging, the credit is cut into its parts at
 * "/", "|", " for " and " via "; a part of capitalised words is one ORG name, in place of the
 * tagger's mentions inside it, when it is
 * - one word ("PNG", "Stuff", "Getty"), but not a word of the credit's kind ("Supplied", "File");
 * - ended by an agency's word ("Gallo Images", "Sansad TV", "Nation Media Group");
 * - the part after " for " or " via " (the outlet the photographer worked for: "for STAT").
 * A part of two or more words otherwise is the photographer's name, as the tagger read it.
 * Cheap: no work in a text without a cue word (by the text's index of words); then one linear
 * pattern over the blocks that hold one, and a bounded read of each credit.
 */
import type { EntityMention } from '../types';
import { mayHold } from './cue-index';
import { alreadyHeld, unchanged, withReplacing } from './by-block';

/** A credit's cue: "Photo:", "Photograph:", "Picture:", "Image:", "Credit:", "PHOTO:", "Photo credit:", "Photo by". */
const CUE = /\b(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?|PHOTOS?)(?: credits?)?:|\bPhoto(?:graph)?s? by\b/gu;

/** The longest credit read after its cue. */
const MAX_CREDIT = 80;

/** A part that reads as a name: one to four capitalised words ("The Verge", "iStock", "RNZ"). */
const NAME_PART = /^(?:\p{Lu}|i\p{Lu})[\p{L}\d&.'’+-]{0,24}(?: [\p{Lu}\d][\p{L}\d&.'’+-]{0,24}){0,3}$/u;

/** The last words of an agency, studio or outlet ("Gallo Images", "Sansad TV"). */
const AGENCY_ENDS = new Set([
  'Images',
  'Pictures',
  'Photography',
  'Photos',
  'TV',
  'News',
  'Media',
  'Press',
  'Agency',
  'Group',
  'Studio',
  'Studios',
  'Wire',
]);

/** Single words of a credit that name no one ("Photo: Supplied"). */
const CREDIT_WORDS = new Set([
  'Supplied',
  'File',
  'Handout',
  'Screenshot',
  'Screengrab',
  'Courtesy',
  'Provided',
  'Archive',
  'Archives',
  'Pool',
  'Illustration',
  'Unknown',
  'Submitted',
  'Contributed',
  'Stock',
]);

/** The joints between a credit's parts, with whether the part after one is the outlet. */
const JOINTS: readonly (readonly [string, boolean])[] = [
  ['/', false],
  ['|', false],
  [' for ', true],
  [' via ', true],
];

/** Where the credit that starts at `from` ends: a closing bracket, a line's end or the block's; -1 if none within reach. */
function creditEnd(block: string, from: number): number {
  const stop = Math.min(block.length, from + MAX_CREDIT);
  for (let k = from; k < stop; k++) {
    const c = block[k];
    if (c === ')' || c === ']' || c === '\n') return k;
  }
  return stop === block.length ? stop : -1;
}

/** The ORG names of the credit [start, end) of `block`. */
function creditNames(block: string, start: number, end: number, blockId: number, found: EntityMention[]): void {
  let at = start;
  let outlet = false;
  while (at < end) {
    // The next joint.
    let next = end;
    let nextOutlet = false;
    let width = 0;
    for (const [joint, isOutlet] of JOINTS) {
      const k = block.indexOf(joint, at);
      if (k >= 0 && k < next) {
        next = k;
        nextOutlet = isOutlet;
        width = joint.length;
      }
    }
    let s = at;
    let e = next;
    while (s < e && block[s] === ' ') s++;
    while (e > s && block[e - 1] === ' ') e--;
    const part = block.slice(s, e);
    if (part.length >= 2 && NAME_PART.test(part)) {
      const space = part.lastIndexOf(' ');
      const last = space < 0 ? part : part.slice(space + 1);
      const one = space < 0 && !CREDIT_WORDS.has(part);
      if (one || AGENCY_ENDS.has(last) || outlet) found.push({ blockId, start: s, end: e, text: part, type: 'ORG' });
    }
    if (next >= end) break;
    at = next + width;
    outlet = nextOutlet;
  }
}

/** The mentions with the outlets and agencies of caption credits made ORG names. */
export function withCreditLines(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const copyright = [...text.values()].some((b) => b.includes('©'));
  if (!copyright && !mayHold(text, CUE)) return unchanged(mentions);
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    const starts: number[] = [];
    CUE.lastIndex = 0;
    for (let m = CUE.exec(block); m !== null; m = CUE.exec(block)) starts.push(m.index + m[0].length);
    if (copyright) for (let k = block.indexOf('©'); k >= 0; k = block.indexOf('©', k + 1)) starts.push(k + 1);
    for (const from of starts) {
      const end = creditEnd(block, from);
      if (end > from) creditNames(block, from, end, blockId, found);
    }
  }
  // A name the tagger already read so is no change (the same array back, as by-block.ts asks).
  return withReplacing(
    mentions,
    found.filter((f) => !alreadyHeld(mentions, f)),
  );
}
