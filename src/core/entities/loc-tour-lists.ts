/**
 * A tour's list of dates names a town and its venue for each date, and both are places
 * (eval/gold/guidelines/names.md: "venues, stadiums, airports, streets and buildings are LOC";
 * lang-news.md, the fourteenth set: a tour list's towns and venues LOC). In "March 5 – Newcastle,
 * Boiler Shop; March 6 – Leeds, O2 Academy" the tagger reads the towns as their football clubs
 * and the venues as bodies, works or people ("Albert Hall", "Rock City"); a venue of made-up
 * words it may miss ("Tramshed"). Issue 15, the families of the en-train pages (NME, Rolling
 * Stone).
 *
 * After tagging (English): a block's entries (cut at ";" and line ends) that open with a date
 * ("March 5", "5 March", "March 20 and 21", a weekday before it) and a dash ("–" or "—") are
 * read as "Town, Venue" or "Town, ST, Venue": the town's and the venue's mentions typed ORG,
 * OTHER or PERSON are made places, and in a "Town, Venue" entry a town or venue written in
 * capitals that no mention covers is added as one (not in "Town, ST, Venue": "London, UK, All
 * Points East" is a festival's slot). An entry whose last part opens in lower case ("home", "away") is
 * left. Nothing to do in a text without a digit, a dash and a capital in a row.
 */
import type { EntityMention } from '../types';
import { mapped, retype, someBlock, unchanged, withFound } from './by-block';

/** The cheap check: a date's digit, a dash, a capital ("5 – N"). */
const CUE = /\d ?[–—] ?\p{Lu}/u;

/**
 * An entry's opening: a weekday, a date ("March 5", "5 March", "Sept. 12th", two days of a
 * month) and a dash.
 */
const OPENING =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?:(?: and| &|,) \d{1,2}(?:st|nd|rd|th)?)? ?[–—] ?/u;

/** A part of an entry that is a name: capitals, at most five words (no sentence). */
const NAME_PART = /^[\p{Lu}\d][\p{L}\d'’&.-]*(?: [\p{L}\d'’&.-]+){0,4}$/u;

/** A town's or a venue's place in a block. */
interface Part {
  start: number;
  end: number;
  /** Whether it is added where no mention covers it ("Town, Venue" only: "London, UK, All Points East" may be a festival). */
  add?: boolean;
}

/** The towns and venues of `block`'s tour-list entries. */
export function tourListParts(block: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  while (from < block.length) {
    let to = block.length;
    for (let i = from; i < block.length; i++) {
      const c = block.charCodeAt(i);
      if (c === 59 /* ; */ || c === 10 /* \n */) {
        to = i;
        break;
      }
    }
    readEntry(block, from, to, parts);
    from = to + 1;
  }
  return parts;
}

/** The parts of the entry `block[from, to)`, pushed onto `parts` when it is a tour date's. */
function readEntry(block: string, from: number, to: number, parts: Part[]): void {
  while (from < to && block.charCodeAt(from) === 32) from++;
  const opening = OPENING.exec(block.slice(from, to));
  if (!opening) return;
  let start = from + opening[0].length;
  let end = to;
  while (end > start && /[\s.]/u.test(block.charAt(end - 1))) end--;
  const pieces: Part[] = [];
  while (start < end) {
    const comma = block.indexOf(', ', start);
    const stop = comma < 0 || comma >= end ? end : comma;
    pieces.push({ start, end: stop });
    start = stop + 2;
  }
  if (pieces.length < 2 || pieces.length > 3) return;
  for (const p of pieces) if (!NAME_PART.test(block.slice(p.start, p.end))) return;
  parts.push(
    { ...(pieces[0] as Part), add: pieces.length === 2 },
    { ...(pieces[pieces.length - 1] as Part), add: pieces.length === 2 },
  );
}

/** `mentions` with the towns and venues of tour lists made places (and added where missed). */
export function withTourLists(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!someBlock(text, CUE)) return unchanged(mentions);
  const exact = new Set<string>();
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    if (!CUE.test(block)) continue;
    for (const p of tourListParts(block)) {
      exact.add(`${blockId}:${p.start}:${p.end}`);
      if (p.add) found.push({ blockId, start: p.start, end: p.end, text: block.slice(p.start, p.end), type: 'PLACE' });
    }
  }
  if (exact.size === 0) return unchanged(mentions);
  const retyped = mapped(mentions, (m) =>
    m.type !== 'PLACE' && exact.has(`${m.blockId}:${m.start}:${m.end}`) ? retype(m, 'PLACE') : m,
  );
  return withFound(retyped, found);
}
