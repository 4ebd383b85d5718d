/**
 * A US state written as the AP abbreviates it after its town ("Woods Hole, Mass.", "RANSOM
 * FALLS, N.C. (AP)") and "D.C." are places, with their period (English, issue 15; names
 * guidelines: cities, states and regions are LOC; the gold writes `Mass.`, `N.C.`, `D.C.`). The
 * tagger leaves them out: a capital, a period and often the sentence's end. After tagging, one
 * pass of one pattern over each block that holds ", " and a period after a capital:
 *
 * - an abbreviation of the list after a capitalised word and a comma ("Springfield, Mass.") is a
 *   place; "D.C." is one wherever it stands;
 * - a place the tagger cut before its period ("Calif" of "Calif.") takes the period in.
 *
 * An abbreviation inside a name the tagger made ("Washington, D.C." as one place) is left as it is.
 *
 * names48a (en-538, en-598, en-600: two sets): a town before its state written out is a place too
 * ("the company's Goodyear, Arizona, factory", "the levee at Mounds Landing, Mississippi, gave
 * way", "over Eagle Pass, Texas, at 12:10"), where the tagger read the town as an organisation or
 * an other-name: a mention typed ORG or OTHER, then ", ", then a state typed PLACE that a comma,
 * a full stop, a semicolon, a colon or a bracket closes (not "Texas Instruments", not
 * "California's"). A person before a state stays ("Ted Pell, Texas, said": a senator's state).
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { inTextOrder, mentionsByBlock, respan, retype, unchanged } from './by-block';
import { mayHold } from './cue-index';
import { US_STATES } from './us-states';

/** The AP's state abbreviations (and D.C.), each with its period; two-letter postal codes are left out. */
const STATE =
  /(?<![\p{L}\p{N}.])(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|N\.[CDHJMY]|S\.[CD]|R\.I|W\.Va|D\.C)\./gu;

/** The US states written out, after a town and a comma ("Eagle Pass, Texas,"). */
const STATES = new Set(US_STATES);

/** What may close a state after its town ("Eagle Pass, Texas, at ..."). */
const STATE_CLOSERS = new Set([',', '.', ';', ':', ')']);

/** `mentions` with a town typed ORG or OTHER before ", <state>," made a place (`text`: each block's text by id). */
function withTownsBeforeStates(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const next = mentions[i + 1];
    let place = false;
    if ((m.type === 'ORG' || m.type === 'OTHER') && next !== undefined && next.type === 'PLACE') {
      if (next.blockId === m.blockId && next.start === m.end + 2 && STATES.has(next.text)) {
        const block = text.get(m.blockId) ?? '';
        const close = charAt(block, next.end);
        place = block.startsWith(', ', m.end) && (close === '' || STATE_CLOSERS.has(close));
      }
    }
    if (place) out ??= mentions.slice(0, i);
    out?.push(place ? retype(m, 'PLACE') : m);
  }
  return out ?? unchanged(mentions);
}

/** The characters of a town's word before an abbreviation's comma. */
const TOWN_CHAR = /[\p{L}.'’-]/u;

/**
 * Whether `before` ends in a capitalised word and a comma ("Springfield, ", "FALLS, "): a
 * capital in the run of letters, dots, apostrophes and hyphens before ", " (read backwards).
 */
function townBefore(before: string): boolean {
  if (!before.endsWith(', ')) return false;
  for (let i = before.length - 3; i >= 0; i--) {
    const c = charAt(before, i);
    if (!TOWN_CHAR.test(c)) return false;
    if (c !== c.toLowerCase() && /\p{Lu}/u.test(c)) return true;
  }
  return false;
}

/**
 * The mentions (in text order) with the states the AP abbreviates named as places, and the towns before a state written out; `text` holds
 * each block's text by its id.
 */
export function withStateAbbreviations(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return withTownsBeforeStates(text, withAbbreviations(text, mentions));
}

/** The mentions with the AP's state abbreviations after their towns made places. */
function withAbbreviations(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  // No abbreviation when the text's index of words has none of their letters (cue-index.ts).
  if (!mayHold(text, STATE)) return unchanged(mentions);
  let byBlock: Map<number, EntityMention[]> | undefined;
  let changed = false;
  for (const [blockId, block] of text) {
    // Most blocks hold no abbreviation: one cheap look before the pattern.
    if (!block.includes('.') || !(block.includes(', ') || block.includes('D.C.'))) continue;
    byBlock ??= mentionsByBlock(mentions);
    const own = byBlock.get(blockId) ?? [];
    const next: EntityMention[] = [];
    let i = 0;
    let blockChanged = false;
    for (const match of block.matchAll(STATE)) {
      const start = match.index;
      const end = start + match[0].length;
      while (i < own.length && (own[i] as EntityMention).end <= start) next.push(own[i++] as EntityMention);
      const m = own[i];
      if (m && m.start < end) {
        // Cut before its period ("Calif"): the period goes in.
        if (m.start === start && m.end === end - 1 && m.type === 'PLACE') {
          next.push(respan(m, m.start, end, block.slice(start, end)));
          i++;
          blockChanged = true;
        }
        continue;
      }
      if (match[0] !== 'D.C.' && !townBefore(block.slice(Math.max(0, start - 30), start))) continue;
      next.push({ blockId, start, end, text: match[0], type: 'PLACE' });
      blockChanged = true;
    }
    if (!blockChanged) continue;
    while (i < own.length) next.push(own[i++] as EntityMention);
    byBlock.set(blockId, next);
    changed = true;
  }
  if (!changed || !byBlock) return unchanged(mentions);
  return inTextOrder(text, byBlock);
}
