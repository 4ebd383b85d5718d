/**
 * Names that run through an inner possessive "'s" (English; issue 15, names.md: "A brand whose
 * name ends in "'s" keeps it", and a longer name is marked whole). The tagger reads "'s" as the
 * end of a name, as CoNLL's tokens have it, and cuts "Alzheimer's Association" into
 * "Alzheimer" and "Association", "St Mary's Hospital" into "St Mary". The name runs through
 * the possessive when what follows is the name's own head word and the word before it is no
 * name of its own that owns something ("Britain's National Physical Laboratory", "Intel's Core
 * Ultra" stay two names):
 * - a common word as the owner ("King's College", "Women's Correctional Centre", "Children's
 *   Hospital"), a saint ("St Mary's Hospital", "St Aidan's" alone), a disease's eponym
 *   ("Alzheimer's Association", "Parkinson's Foundation"), or a given name alone before a
 *   restaurant's or shop's head ("Dee's Crab House", "Tom's Hardware"): the whole name, typed by
 *   its head word ("King's Cross" a place, en-train8);
 * - an office before "Office" or "Department" ("the District Attorney's Office", "Harris
 *   County Sheriff's Office"): one organisation, and an office before a lower-case noun ("the
 *   District Attorney's cold-case unit") an organisation, not a place;
 * - observances named by a parent ("Father's Day", "Mother's Day": lang-news.md, seventh
 *   English set) are OTHER names. "New Year's Eve" is left alone: the gold leaves it unmarked
 *   on eight pages of nine.
 * - a place named for an owner, the tagger's one-word place before "'s" and its one-word place
 *   after, a place's head word ("Hawke's Bay" read as "Hawke" and "Bay", names45a): one place.
 * Brands that end in "'s" ("Macy's", "Standard & Poor's") are name-heads.ts's.
 * A name the tagger already runs through the possessive ("Queen's Park") is left as it is.
 * Precondition: the block holds "'s" or "’s"; each test reads a few words on either side.
 */
import { charAt } from './chars';
import type { EntityMention, EntityType } from '../types';
import { mentionsByBlock, retype, unchanged } from './by-block';
import { lastSpace } from './last-space';

/** Common words that own a name's head ("King's College", "Children's Hospital"). */
const COMMON_OWNERS = new Set(
  'King|Queen|Women|Children|Men|People|Veterans|Philosopher|Fishermen|Bishop|Traveller|Sailor|Soldier|Farmer'.split(
    '|',
  ),
);

/** Eponyms of diseases before a body's head ("Alzheimer's Association"). */
const EPONYMS = new Set('Alzheimer|Parkinson|Crohn|Huntington'.split('|'));

/** Offices before "Office" / "Department" ("District Attorney's Office"). */
const OFFICES = new Set(
  'Attorney|Sheriff|Examiner|Coroner|Marshal|Prosecutor|Clerk|Assessor|Treasurer|Controller|Comptroller|Auditor|Recorder|Solicitor|Defender|Advocate'.split(
    '|',
  ),
);

/** Heads of a body after an office's possessive. */
const OFFICE_HEADS = new Set(['Office', 'Department', 'Bureau']);

/** Saints' abbreviations before a name ("St Mary's"). */
const SAINTS = new Set(['St', 'St.', 'Saint']);

/** Observances named by a possessive (the day or eve of `owner`). */
const OBSERVANCES = new Set(['Father', 'Mother']);

/** The type a name takes from its last word. */
const HEAD_TYPES = new Map<string, EntityType>();
for (const [type, words] of [
  [
    'ORG',
    'Association|Society|Foundation|College|University|School|Academy|Hospital|Hospitals|Office|Department|Bureau|' +
      'Fund|Trust|Institute|Council|Club|Union|League|Party|Army|Service|Services|Charity|Hospice|Clinic|' +
      'House|Kitchen|Diner|Grill|Bar|Pub|Tavern|Cafe|Café|Restaurant|Pizza|Pizzeria|Bakery|Deli|Steakhouse|Bistro|' +
      'Saloon|Shack|Store|Stores|Hardware',
  ],
  [
    'OTHER',
    'Conference|Parade|Day|Eve|Festival|Award|Awards|Prize|Cup|Trophy|Fair|Show|Marathon|Games|Championship|' +
      'Championships|Open|Tournament|Classic|Week',
  ],
  [
    'PLACE',
    'Path|Way|Road|Street|Avenue|Lane|Square|Park|Bridge|Cathedral|Church|Chapel|Abbey|Centre|Center|Island|Bay|' +
      'Green|Hill|Wharf|Gate|Field|Common|Walk|Quay|Row|Close|Court|Creek|Point|Cross',
  ],
] as const)
  for (const w of words.split('|')) HEAD_TYPES.set(w, type);

/** The heads of a restaurant or shop named by its owner's given name ("Dee's Crab House"). */
const SHOP_HEADS = new Set(
  'House|Kitchen|Diner|Grill|Bar|Pub|Tavern|Cafe|Café|Restaurant|Pizza|Pizzeria|Bakery|Deli|Steakhouse|Bistro|Saloon|Shack|Hardware'.split(
    '|',
  ),
);

// An ASCII character is read by its code (speed, issue 15: most of a page's are), with the same
// answers as the case test or the pattern each other character takes.
const isUpper = (c: string): boolean => {
  const k = c.charCodeAt(0);
  if (k < 128 && c.length === 1) return k >= 65 && k <= 90;
  return c !== '' && c !== c.toLowerCase() && c === c.toUpperCase();
};
const isWordChar = (c: string): boolean => {
  const k = c.charCodeAt(0);
  if (k < 128 && c.length === 1) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || (k >= 48 && k <= 57);
  return c !== '' && /[\p{L}\p{N}]/u.test(c);
};

interface Word {
  start: number;
  end: number;
  text: string;
}

/** The word that ends at `end` (letters, digits, dots, at most 30 characters), or undefined. */
function wordBefore(block: string, end: number): Word | undefined {
  let k = end;
  const stop = Math.max(0, end - 30);
  while (k > stop && (isWordChar(charAt(block, k - 1)) || charAt(block, k - 1) === '.')) k--;
  if (k === end || (k > 0 && isWordChar(charAt(block, k - 1)))) return undefined;
  return { start: k, end, text: block.slice(k, end) };
}

/** The word before `w` when a single space parts them. */
function previousWord(block: string, w: Word): Word | undefined {
  return charAt(block, w.start - 1) === ' ' ? wordBefore(block, w.start - 1) : undefined;
}

/** The capitalised words from `start` on (single spaces between them, at most five): the head of a name. */
function headWords(block: string, start: number): Word[] {
  const words: Word[] = [];
  let k = start;
  while (words.length < 5 && isUpper(charAt(block, k))) {
    let e = k;
    const stop = Math.min(block.length, k + 30);
    while (e < stop && (isWordChar(charAt(block, e)) || charAt(block, e) === '-')) e++;
    if (e < block.length && isWordChar(charAt(block, e))) break;
    words.push({ start: k, end: e, text: block.slice(k, e) });
    if (charAt(block, e) !== ' ') break;
    k = e + 1;
  }
  return words;
}

/** Capitalised words that open a sentence and are no name ("At King's College"). */
const OPENERS = new Set(
  'The|A|An|At|In|On|For|By|From|To|With|And|But|Or|His|Her|Their|Our|My|Its|This|That|Near|Outside|Inside|Behind|Across|Since|After|Before|When|While|Then|Now|Only|Even|Like|Via'.split(
    '|',
  ),
);

/** Whether a capitalised word stands just before `owner`, making it part of a longer name ("Stephen King's"). */
function namesBefore(block: string, owner: Word): boolean {
  const before = previousWord(block, owner);
  return before !== undefined && isUpper(before.text.charAt(0)) && !OPENERS.has(before.text);
}

/** The name that runs through the possessive at `at` (the apostrophe), or undefined. */
function possessiveName(
  block: string,
  at: number,
  isGivenName: (word: string) => boolean,
  isPlace: (name: string) => boolean,
): { start: number; end: number; type: EntityType } | undefined {
  const owner = wordBefore(block, at);
  if (!owner || !isUpper(owner.text.charAt(0))) return undefined;
  const after = at + 2;
  const heads = charAt(block, after) === ' ' ? headWords(block, after + 1) : [];
  const first = heads[0];
  const last = heads[heads.length - 1];
  const headType = last ? HEAD_TYPES.get(last.text) : undefined;
  const before = previousWord(block, owner);
  // "Father's Day", "Mother's Day".
  if (OBSERVANCES.has(owner.text) && first?.text === 'Day' && !namesBefore(block, owner))
    return { start: owner.start, end: first.end, type: 'OTHER' };
  // "St Mary's Hospital", "St Aidan's".
  // A city named after its saint owns what follows ("St. Paul's program").
  const city = (saint: string): boolean => isPlace(`${saint} ${owner.text}`);
  if (before && SAINTS.has(before.text) && owner.text.length > 1 && !['St.', 'St', 'Saint'].some(city)) {
    if (last && headType) return { start: before.start, end: last.end, type: headType };
    return heads.length === 0 ? { start: before.start, end: after, type: 'PLACE' } : undefined;
  }
  if (!last || !headType) return undefined;
  // "King's College", "Alzheimer's Association International Conference".
  if ((COMMON_OWNERS.has(owner.text) || EPONYMS.has(owner.text)) && !namesBefore(block, owner))
    return { start: owner.start, end: last.end, type: headType };
  // "Dee's Crab House".
  if (SHOP_HEADS.has(last.text) && isGivenName(owner.text) && !namesBefore(block, owner))
    return { start: owner.start, end: last.end, type: 'ORG' };
  // "the District Attorney's Office", "Harris County Sheriff's Office".
  if (OFFICES.has(owner.text) && first && OFFICE_HEADS.has(first.text)) {
    let start = owner.start;
    for (
      let w = previousWord(block, owner), n = 0;
      w && n < 4 && isUpper(w.text.charAt(0));
      w = previousWord(block, w), n++
    ) {
      if (w.text === 'The' || w.text === 'A') break;
      start = w.start;
    }
    return { start, end: first.end, type: 'ORG' };
  }
  return undefined;
}

/** The possessive names of one block, with the mentions they hold or cut replaced. */
function inBlock(
  block: string,
  blockId: number,
  mentions: readonly EntityMention[],
  isGivenName: (word: string) => boolean,
  isPlace: (name: string) => boolean,
): EntityMention[] {
  // The block's mentions themselves until a possessive changes them (most blocks: none), then a
  // copy of them (speed, issue 15).
  let out: EntityMention[] | null = null;
  // Each "'s" and "’s" in the block, in order (two searches for the two apostrophes, merged).
  let straight = block.indexOf("'s");
  let curly = block.indexOf('’s');
  while (straight >= 0 || curly >= 0) {
    let p: number;
    if (curly < 0 || (straight >= 0 && straight < curly)) {
      p = straight;
      straight = block.indexOf("'s", straight + 1);
    } else {
      p = curly;
      curly = block.indexOf('’s', curly + 1);
    }
    const at = p + 1;
    if (isWordChar(charAt(block, at + 1))) continue;
    const now: readonly EntityMention[] = out ?? mentions;
    // A name the tagger already runs through the possessive ("Queen's Park") stays as it is; in
    // the same look, whether a name ends at it (the owners below: most possessives have none).
    let through = false;
    let owned = false;
    for (const m of now) {
      if (m.start < p && m.end > at) {
        through = true;
        break;
      }
      if (m.end === p) owned = true;
    }
    if (through) continue;
    const found = possessiveName(block, p, isGivenName, isPlace);
    if (found) {
      const { start, end } = found;
      const cut = now.filter((m) => m.end > start && m.start < end);
      // A place's head on a name the tagger read as an organisation only ("Queen's Park" the club).
      const type =
        found.type === 'PLACE' && cut.some((m) => m.type === 'ORG') && !cut.some((m) => m.type === 'PLACE')
          ? 'ORG'
          : found.type;
      out = now.filter((m) => m.end <= start || m.start >= end);
      out.push({ blockId, start, end, text: block.slice(start, end), type });
      continue;
    }
    // Both rules below read a name that ends at the possessive.
    if (!owned) continue;
    // Copied only where a rule below changes a mention (most owners: none).
    const all: readonly EntityMention[] = out ?? mentions;
    // A place's name over its owner's possessive ("Hawke's Bay", "Walton's Point"): the
    // tagger's one-word place before "'s" and its one-word place after, a place's head.
    const owner = all.findIndex((m) => m.end === p && m.type === 'PLACE' && !m.text.includes(' '));
    const head = all.findIndex(
      (m) =>
        m.start === at + 2 && m.type === 'PLACE' && HEAD_TYPES.get(m.text) === 'PLACE' && charAt(block, at + 1) === ' ',
    );
    const [o, h] = [all[owner], all[head]];
    if (o && h) {
      out = all.filter((m) => m !== o && m !== h);
      out.push({ blockId, start: o.start, end: h.end, text: block.slice(o.start, h.end), type: 'PLACE' });
      continue;
    }
    // "the District Attorney's cold-case unit": the office is a body, not a place.
    const office = all.findIndex(
      (m) =>
        m.end === p && m.type === 'PLACE' && m.text.includes(' ') && OFFICES.has(m.text.slice(lastSpace(m.text) + 1)),
    );
    const held = all[office];
    if (held) (out ??= [...mentions])[office] = retype(held, 'ORG');
  }
  if (out !== null) return out.sort((a, b) => a.start - b.start);
  // Unchanged: the mentions themselves when in text order (as sorting a copy keeps them).
  for (let i = 1; i < mentions.length; i++)
    if ((mentions[i] as EntityMention).start < (mentions[i - 1] as EntityMention).start)
      return [...mentions].sort((a, b) => a.start - b.start);
  return mentions as EntityMention[];
}

/** The mentions with the names that run through an inner possessive whole (English). */
export function withPossessiveNames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isGivenName: (word: string) => boolean = () => false,
  isPlace: (name: string) => boolean = () => false,
): EntityMention[] {
  // Grouped at the first block with a possessive (a text may have none).
  let byBlock: Map<number, EntityMention[]> | null = null;
  let changed = false;
  for (const [blockId, block] of text) {
    if (!block.includes("'s") && !block.includes('’s')) continue;
    byBlock ??= mentionsByBlock(mentions);
    const own = byBlock.get(blockId) ?? [];
    const read = inBlock(block, blockId, own, isGivenName, isPlace);
    if (read.length === own.length && read.every((m, i) => m === own[i])) continue;
    byBlock.set(blockId, read);
    changed = true;
  }
  if (!changed || byBlock === null) return unchanged(mentions);
  // Blocks in the order the text gives them, then any block it does not hold.
  const groups = byBlock;
  const ids = [...new Set([...text.keys(), ...groups.keys()])];
  return ids.flatMap((id) => groups.get(id) ?? []);
}
