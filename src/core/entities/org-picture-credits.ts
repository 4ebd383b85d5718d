/**
 * Credit lines: the agencies and outlets of photo credits are organisations (English, issue 15;
 * names.md "Decisions of the sixth round": "Picture agencies and stock brands in credits are ORG
 * (`Getty Images`, `iStock`)"). (The chains' pass withPictureCredits, "Mark Stout/iStock/Getty
 * Images", was retired in the thirty-ninth session: names.md, "Passes that fire on one page".)
 *
 * `withCreditLines`: a credit closes a caption: "Photo: RNZ / Nate McKinnon", "Photo by Jason
 * Payne / PNG", "Photo: Mark Dwyer for STAT", "Photograph: Getty", "Picture: Motorsport Images",
 * "(Photo: Gallo Images / Brenton Geach)", "© Tom Harlow/FT". The tagger leaves the short ones
 * out (one word, often letters: "PNG", "RNZ", "Stuff") and reads an agency of two words as a
 * person ("Gallo Images", "Sansad TV"). This reads the credit after its cue word, when the
 * credit runs to the end of its caption (the block's end, a closing bracket or a line's end).
 * After tagging, the credit is cut into its parts at "/", "|", " for " and " via "; a part of
 * capitalised words is one ORG name, in place of the tagger's mentions inside it, when it is
 * - one word ("PNG", "Stuff", "Getty"), but not a word of the credit's kind ("Supplied", "File");
 * - ended by an agency's word ("Gallo Images", "Sansad TV", "Nation Media Group");
 * - the part after " for " or " via " (the outlet the photographer worked for: "for STAT").
 * A part of two or more words otherwise is the photographer's name, as the tagger read it.
 * Cheap: no work in a text without a cue word (by the text's index of words); then one linear
 * pattern over the blocks that hold one, and a bounded read of each credit.
 *
 * names44a (held-out captions of en-train15-17): the credit's parts are cut at ", " too ("Map:
 * Ana Ruiz/The Ledger, from NASA data"), and "Map:" is a cue. A part is the outlet, ORG, too when
 * - it starts with "The" ("Photograph: Ana Ruiz/The Ledger");
 * - it is the other part of a credit of two whose one part the tagger read as one person, and its
 *   first word is no first name ("© Ana Ruiz / Harbour Planet").
 * Three more cues: an outlet's short capitals before "PHOTO:" ("KT PHOTO: ANA RUIZ": "KT" is
 * ORG); a slash before "The" or "THE" whose credit runs to the caption's end ("ANA RUIZ/THE
 * DAILY LEDGER"); a dash before a credit of a slash that runs to the caption's end ("— KTA/File").
 * After an outlet's capitals, a credit of two or three words in capitals alone is the photographer,
 * a person, whole ("ST PHOTO: ANA RUIZ", where the tagger read "ANA" alone or nothing: en-488,
 * en-576; names47b); so is a credit's first part of two or three words in title case before " for "
 * and the outlet ("Photograph by Ana Ruiz-Vale for The Ledger": en-541, en-370).
 */
import type { EntityMention } from '../types';
import { mayHold } from './cue-index';
import { alreadyHeld, unchanged, withReplacing } from './by-block';
import { lastSpace } from './last-space';

/** A credit's cue: "Photo:", "Photograph:", "Picture:", "Image:", "Credit:", "PHOTO:", "Photo credit:", "Photo by". */
const CUE =
  /\b(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?|PHOTOS?|Maps?)(?: credits?)?:|\bPhoto(?:graph)?s? by\b/gu;

/** An outlet's short capitals before "PHOTO:" ("KT PHOTO:"), at the caption's start or after a space. */
const OUTLET_BEFORE_CUE = /(?:^|[ (])(\p{Lu}{2,6}) PHOTOS?:$/u;

/** A photographer's name in title case, two or three words, before " for " and the outlet ("Ana Ruiz-Vale"). */
const PHOTOGRAPHER = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}$/u;

/** A photographer's name in capitals, two or three words, the whole credit ("ANA RUIZ", "LIM YAO HUI"). */
const CAPITALS_PERSON = /^ ?\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,2} ?$/u;

/** The credits with no cue word: a slash before "The" ("ANA RUIZ/THE DAILY LEDGER"), a dash ("— KTA/File"). */
const BARE_CUES = ['/The ', '/THE ', '— '];

/** The longest credit read after a dash. */
const MAX_DASH_CREDIT = 40;

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

/** The last words of a credit's part that names the photographer's role ("Staff Photographer"). */
const CREDIT_ROLES = new Set(['Photographer', 'Photographers', 'Staff', 'Contributor', 'Correspondent', 'Reporter']);

/** The joints between a credit's parts, with whether the part after one is the outlet. */
const JOINTS: readonly (readonly [string, boolean])[] = [
  ['/', false],
  [', ', false],
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

/** The parts [start, end) of the credit [start, end) of `block`, each with whether it follows " for " or " via ". */
function creditParts(block: string, start: number, end: number): Array<[number, number, boolean]> {
  const parts: Array<[number, number, boolean]> = [];
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
    parts.push([s, e, outlet]);
    if (next >= end) break;
    at = next + width;
    outlet = nextOutlet;
  }
  return parts;
}

/** Whether one mention of `mentions` in block `blockId` is a person spanning [start, end) exactly. */
function personAt(mentions: readonly EntityMention[], blockId: number, start: number, end: number): boolean {
  return mentions.some((m) => m.blockId === blockId && m.start === start && m.end === end && m.type === 'PERSON');
}

/** The ORG names of the credit [start, end) of `block`. */
function creditNames(
  block: string,
  start: number,
  end: number,
  blockId: number,
  found: EntityMention[],
  mentions: readonly EntityMention[],
  isFirstName: (word: string) => boolean,
): void {
  const parts = creditParts(block, start, end);
  // A credit of two name parts, one the tagger's person: the other is the outlet.
  const named = parts.filter(([s, e]) => e - s >= 2 && NAME_PART.test(block.slice(s, e)));
  const byPerson = named.length === 2 && parts.length <= 3;
  for (let i = 0; i < parts.length; i++) {
    const [s, e, outlet] = parts[i] as [number, number, boolean];
    const part = block.slice(s, e);
    // The photographer before " for " and the outlet, in title case, two or three words ("Ana Ruiz for The Ledger").
    if (
      parts[i + 1]?.[2] === true &&
      i === 0 &&
      PHOTOGRAPHER.test(part) &&
      !AGENCY_ENDS.has(part.slice(lastSpace(part) + 1))
    )
      found.push({ blockId, start: s, end: e, text: part, type: 'PERSON' });
    if (part.length < 2 || !NAME_PART.test(part)) continue;
    const space = part.indexOf(' ');
    const first = space < 0 ? part : part.slice(0, space);
    const last = space < 0 ? part : part.slice(lastSpace(part) + 1);
    const one = space < 0 && !CREDIT_WORDS.has(part);
    const the = space > 0 && (first === 'The' || first === 'THE');
    const other =
      byPerson &&
      !CREDIT_ROLES.has(last) &&
      space > 0 &&
      !isFirstName(first) &&
      !personAt(mentions, blockId, s, e) &&
      named.some(([ps, pe]) => ps !== s && personAt(mentions, blockId, ps, pe));
    if (one || the || other || AGENCY_ENDS.has(last) || outlet)
      found.push({ blockId, start: s, end: e, text: part, type: 'ORG' });
  }
}

/** The credits of `block` without a cue word: their starts, each read to the caption's end. */
function bareCreditStarts(block: string): number[] {
  const starts: number[] = [];
  for (const cue of BARE_CUES) {
    for (let k = block.indexOf(cue); k >= 0; k = block.indexOf(cue, k + 1)) {
      if (cue !== '— ') {
        // The slash's credit: to the caption's end, with no other slash before it in reach.
        starts.push(k + 1);
        continue;
      }
      const from = k + cue.length;
      const tail = block.slice(from, from + MAX_DASH_CREDIT + 1);
      if (tail.length <= MAX_DASH_CREDIT && from + tail.length === block.length && tail.includes('/'))
        starts.push(from);
    }
  }
  return starts;
}

/** The mentions with the outlets and agencies of caption credits made ORG names. */
export function withCreditLines(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isFirstName: (word: string) => boolean = () => false,
): EntityMention[] {
  const copyright = [...text.values()].some((b) => b.includes('©'));
  const bare = [...text.values()].some((b) => BARE_CUES.some((c) => b.includes(c)));
  if (!copyright && !bare && !mayHold(text, CUE)) return unchanged(mentions);
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    const starts: number[] = [];
    CUE.lastIndex = 0;
    for (let m = CUE.exec(block); m !== null; m = CUE.exec(block)) {
      const from = m.index + m[0].length;
      starts.push(from);
      // An outlet's capitals before "PHOTO:" ("KT PHOTO:"), when its credit runs to the caption's end.
      const before = OUTLET_BEFORE_CUE.exec(block.slice(Math.max(0, from - 16), from));
      const outlet = before?.[1];
      const end = outlet === undefined ? -1 : creditEnd(block, from);
      if (outlet !== undefined && end > from) {
        const s = from - m[0].length - 1 - outlet.length;
        found.push({ blockId, start: s, end: s + outlet.length, text: outlet, type: 'ORG' });
        const credit = block.slice(from, end);
        if (CAPITALS_PERSON.test(credit)) {
          const ps = from + (credit.startsWith(' ') ? 1 : 0);
          const pe = end - (credit.endsWith(' ') ? 1 : 0);
          found.push({ blockId, start: ps, end: pe, text: block.slice(ps, pe), type: 'PERSON' });
        }
      }
    }
    if (copyright) for (let k = block.indexOf('©'); k >= 0; k = block.indexOf('©', k + 1)) starts.push(k + 1);
    if (bare) {
      for (const from of bareCreditStarts(block)) {
        // A slash's credit is one part to the caption's end; a dash's is read whole.
        const end = creditEnd(block, from);
        if (end > from && (block[from - 1] !== '/' || !block.slice(from, end).includes('/'))) starts.push(from);
      }
    }
    for (const from of starts) {
      const end = creditEnd(block, from);
      if (end > from) creditNames(block, from, end, blockId, found, mentions, isFirstName);
    }
  }
  // A name the tagger already read so is no change (the same array back, as by-block.ts asks).
  return withReplacing(
    mentions,
    dedupe(found).filter((f) => !alreadyHeld(mentions, f)),
  );
}

/** `found` without a span found twice (a credit read from two cues). */
function dedupe(found: readonly EntityMention[]): EntityMention[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.blockId}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
