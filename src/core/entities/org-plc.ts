/**
 * A company's suffix bounds its name (eval/gold/guidelines/names.md: "Formal names are whole").
 * (The pass that ran a name over a lower-case "plc" after it, withPlc, was retired in the
 * thirty-ninth session: names.md, "Passes that fire on one page".)
 *
 * `withCompanyBounds` (names44a, held-out pages of en-train15-17): the tagger's other slips at a
 * company's suffix, after tagging (English), per ORG mention:
 * - a South African or Asian company's "(Pty) Ltd" ("(Pvt) Ltd", "(Pte) Ltd") is inside its
 *   name: the name before it runs over it, in place of the tagger's pieces ("Pty", "Ltd");
 * - a sentence's full stop after "Ltd", "Inc", "Corp" or "Co" ends the name, and the next
 *   sentence's first word is outside it ("Kestrel Capital Ltd. She said": "Kestrel Capital Ltd");
 * - two companies joined by "and" are two names when the first closes on a company's suffix
 *   or a body's noun ("Ranleigh Bank Plc and Corvel Holdings Plc", "Tarn Consultancy Services and
 *   Velsys"), or when the second, after a first of two words or more, starts with a listed
 *   place and ends on a body's noun ("National Roads and East Dunmore Council"); not a name
 *   with "and" inside ("Parks and Wildlife Service", "Humber and North Yorkshire Care Board").
 */
import type { EntityMention } from '../types';
import { respan, someBlock, unchanged } from './by-block';
import { charAt } from './chars';

/** The bracketed forms before "Ltd" that belong to a company's name. */
const BRACKETED = [' (Pty) Ltd', ' (Pvt) Ltd', ' (Pte) Ltd', ' (Pty) Limited', ' (Pvt) Limited'];

/** Suffixes whose full stop may end a sentence. */
const STOP_SUFFIXES = ['Ltd', 'Inc', 'Corp', 'Co'];

/** The last words of a company or body that close its name before "and". */
const CLOSING = new Set(
  // Networks, railways and airlines (names49a, en-train22: "competes with CrowdStrike, Palo Alto Networks
  // and Wiz", "Central Japan Railway and West Japan Railway say").
  'Plc PLC plc Ltd Limited Inc LLC LLP Corp Corporation Group Holdings Services Bank Networks Railway Railways Airlines Airways'.split(
    ' ',
  ),
);

/** Closing words read only in a name without a lower-case link before them. */
const LINKED_CLOSING = new Set('Networks Railway Railways Airlines Airways'.split(' '));

/** The last words of one company's name that has "and" inside ("… Railway and Navigation Company"). */
const ONE_NAME_ENDS = new Set('Company Companies Co Co. Trust Navigation Canal'.split(' '));

/** The nouns that end a body's name ("East Dunmore Council"). */
const BODY_ENDS = new Set('Council Board Authority Commission Agency Service Trust'.split(' '));

/**
 * The cheap check: a suffix or a body's noun that a bound or a split above needs (the words of
 * the lists above, and the bracketed forms' own words), as a word.
 */
export const ANY_SUFFIX = new RegExp(
  `\\b(?:${[
    ...new Set([
      ...BRACKETED.flatMap((b) => b.replace(/[()]/gu, '').trim().split(' ')),
      ...STOP_SUFFIXES,
      ...CLOSING,
      ...BODY_ENDS,
    ]),
  ].join('|')})\\b`,
  'u',
);

/** The two names of an ORG mention joined by " and ", or null. */
function splitAtAnd(m: EntityMention, isPlace: (name: string) => boolean): [EntityMention, EntityMention] | null {
  const at = m.text.indexOf(' and ');
  if (at < 0 || m.text.indexOf(' and ', at + 1) >= 0) return null;
  const left = m.text.slice(0, at).split(' ');
  const right = m.text.slice(at + 5).split(' ');
  const first = right[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || right.length > 4 || left.length < 2) return null;
  const closing = left[left.length - 1] ?? '';
  // A body's name with a link inside runs through its "and" ("Community of European Railway and
  // Infrastructure Companies").
  const closes = CLOSING.has(closing) && !(LINKED_CLOSING.has(closing) && left.some((w) => /^\p{Ll}/u.test(w)));
  const placeLed =
    BODY_ENDS.has(right[right.length - 1] ?? '') &&
    right.length >= 2 &&
    (isPlace(first) || isPlace(right.slice(0, 2).join(' '))) &&
    !isPlace(left[left.length - 1] ?? '');
  if ((!closes || ONE_NAME_ENDS.has(right[right.length - 1] ?? '')) && !placeLed) return null;
  const rightStart = m.start + at + 5;
  return [respan(m, m.start, m.start + at, m.text.slice(0, at)), respan(m, rightStart, m.end, m.text.slice(at + 5))];
}

/** Where an ORG mention's name ends when a sentence's stop after its suffix is inside it, or -1. */
function stopInside(m: EntityMention): number {
  for (const suffix of STOP_SUFFIXES) {
    const k = m.text.lastIndexOf(` ${suffix}. `);
    if (k < 0) continue;
    const rest = m.text.slice(k + suffix.length + 3);
    // One capitalised word after the stop, to the mention's end ("She", "The").
    if (/^\p{Lu}\p{Ll}+$/u.test(rest)) return k + 1 + suffix.length;
  }
  return -1;
}

/** `mentions` with companies' suffixes read as the names' bounds (see above). */
export function withCompanyBounds(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean,
): EntityMention[] {
  if (!mentions.some((m) => m.type === 'ORG') || !someBlock(text, ANY_SUFFIX)) return unchanged(mentions);
  const out: EntityMention[] = [];
  let changed = false;
  let skipTo: { blockId: number; end: number } | null = null;
  for (const m of mentions) {
    if (skipTo && m.blockId === skipTo.blockId && m.start < skipTo.end) {
      changed = true;
      continue;
    }
    skipTo = null;
    if (m.type !== 'ORG') {
      out.push(m);
      continue;
    }
    const block = text.get(m.blockId) ?? '';
    const bracketed = BRACKETED.find((b) => block.startsWith(b, m.end));
    if (bracketed && !/\p{L}/u.test(charAt(block, m.end + bracketed.length))) {
      const end = m.end + bracketed.length;
      out.push(respan(m, m.start, end, block.slice(m.start, end)));
      skipTo = { blockId: m.blockId, end };
      changed = true;
      continue;
    }
    const stop = stopInside(m);
    if (stop > 0) {
      out.push(respan(m, m.start, m.start + stop, m.text.slice(0, stop)));
      changed = true;
      continue;
    }
    const two = splitAtAnd(m, isPlace);
    if (two) {
      out.push(two[0], two[1]);
      changed = true;
      continue;
    }
    out.push(m);
  }
  return changed ? out : unchanged(mentions);
}
