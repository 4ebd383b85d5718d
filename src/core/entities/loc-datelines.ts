/**
 * A dateline's town in capitals is a place (English, issue 15; names guidelines: cities are LOC;
 * the gold types `COLUMBUS` of "COLUMBUS, Ohio (AP) —" LOC). In a sports story the tagger reads
 * "DETROIT (AP) —" as the club the story is about, and it leaves a town out when nothing but a
 * dash follows it ("KYOTO – The ..."). After tagging, for each block or line that opens with
 * words in capitals:
 *
 * - the town before a news agency in brackets and a dash ("DETROIT (AP) —", "NEW ORLEANS
 *   (Reuters) -"), or before a comma, a state or country and then the agency or a dash
 *   ("RANSOM FALLS, N.C. (AP) —"), is a place, whatever the tagger typed it;
 * - a town before a dash alone ("KYOTO –") is a place when it is a listed city, region or
 *   country;

 * A town the tagger left out is not named here: the card groups it with the same name in lower
 * case, whose type it would take.
 *
 * Reads at most 60 characters at the start of each line; a block whose first letters are not
 * capitals costs one test.
 */
import { codeAt } from './chars';
import type { EntityMention } from '../types';
import { inTextOrder, mentionsByBlock, retype, unchanged } from './by-block';

/** A line's opening town in capitals ("NEW ORLEANS", "WINSTON-SALEM", "ST. LOUIS"). */
const TOWN = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3}/u;

/** After the town: a comma and a state or country ("Ohio", "N.C.", "New South Wales"), optional. */
const STATE_AFTER = /^, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}/u;

/** A news agency in brackets, then a dash: " (AP) —", " (Reuters) -". */
const AGENCY_DASH = /^ \(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2}\) ?(?:—|–|--|-|―)/u;

/** A dash alone after the town: " —", " – ", " -". */
const DASH = /^ (?:—|–|--|-|―) /u;

/**
 * Whether the line at `from` may open with TOWN: a capital, then a capital, a period, an
 * apostrophe or a hyphen (ASCII letters read by their codes; any other letter is left to TOWN).
 */
function mayOpenTown(block: string, from: number): boolean {
  const first = codeAt(block, from);
  const second = codeAt(block, from + 1);
  return (
    ((first >= 65 && first <= 90) || first > 127) &&
    ((second >= 65 && second <= 90) || second > 127 || second === 46 || second === 39 || second === 45)
  );
}

/** Where the dateline's town ends at `from` in `block`, and whether an agency follows; null when it is no dateline. */
function datelineTown(block: string, from: number): { end: number; agency: boolean } | null {
  const head = block.slice(from, from + 60);
  const town = TOWN.exec(head);
  // At least three letters: "A", "I" and "US" open sentences.
  if (!town || town[0].length < 3) return null;
  let rest = head.slice(town[0].length);
  const state = STATE_AFTER.exec(rest);
  if (state) rest = rest.slice(state[0].length);
  if (AGENCY_DASH.test(rest)) return { end: from + town[0].length, agency: true };
  if (DASH.test(rest)) return { end: from + town[0].length, agency: false };
  return null;
}

/**
 * The mentions (in text order) with each dateline's town typed as a place;
 * `isListedPlace` tells a listed city's, region's or country's name.
 */
export function withDatelineTowns(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isListedPlace: (name: string) => boolean,
): EntityMention[] {
  let byBlock: Map<number, EntityMention[]> | undefined;
  let changed = false;
  for (const [blockId, block] of text) {
    let from = 0;
    while (from >= 0 && from < block.length) {
      // Most lines open with a capital and a lower-case letter, or no letter: no dateline.
      if (mayOpenTown(block, from)) {
        const town = datelineTown(block, from);
        const name = town ? block.slice(from, town.end) : '';
        if (town && (town.agency || isListedPlace(name))) {
          byBlock ??= mentionsByBlock(mentions);
          const own = byBlock.get(blockId) ?? [];
          const at = own.findIndex((m) => m.start < town.end && m.end > from);
          const m = own[at];
          if (m && m.start === from && m.end === town.end && m.type !== 'PLACE') {
            own[at] = retype(m, 'PLACE');
            changed = true;
          }
        }
      }
      const line = block.indexOf('\n', from);
      from = line < 0 ? -1 : line + 1;
    }
  }
  if (!changed || !byBlock) return unchanged(mentions);
  return inTextOrder(text, byBlock);
}
