/**
 * Persons named straight after a kinship noun (English; issue 15, names.md: people are PER): an
 * obituary's "survived by her son Pádraig, her daughters Máire and Eilís", "his wife Bridget (née
 * Considine)". The tagger reads unfamiliar given names as organisations or places. The commas of
 * "her son, Mateo," are per-appositives.ts's; this pass reads the names with no comma.
 *
 * After tagging: a mention not typed PERSON, that opens with a capital and a small letter, written
 * just after "his", "her", "their", "my", "our" or "your" and a kinship noun ("her daughters
 * Máire"), or just after "née", is a person's; so is a mention joined by " and " or ", " to such a
 * person ("and Eilís"). Per mention, a look at the thirty characters before it (chars.ts).
 */
import type { EntityMention } from '../types';
import { retype, unchanged } from './by-block';
import { codeAt } from './chars';

/** Kinship nouns, singular and plural, before a person's name. */
const KIN = new Set(
  'son|sons|daughter|daughters|wife|husband|mother|father|brother|brothers|sister|sisters|grandson|grandsons|granddaughter|granddaughters|grandmother|grandfather|nephew|nephews|niece|nieces|cousin|cousins|stepson|stepdaughter|widow|widower|twin|fiancé|fiancée|children|grandchildren|stepmother|stepfather|uncle|aunt'.split(
    '|',
  ),
);

/** The words before a kinship noun that make it a person's own kin. */
const OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

/** Whether the code is a letter (ASCII, or any letter past U+00BF). */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 0xbf && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** The word that ends at `end` (one space before `end` skipped), lower case, and where it starts. */
function wordBefore(block: string, end: number): [string, number] {
  if (codeAt(block, end - 1) !== 32) return ['', end];
  let k = end - 1;
  while (k > Math.max(0, end - 20) && isLetter(codeAt(block, k - 1))) k--;
  return [block.slice(k, end - 1).toLowerCase(), k];
}

/** Whether `m` is written after a person's kinship noun ("her daughters ") or after "née ". */
function afterKin(block: string, m: EntityMention): boolean {
  const [noun, at] = wordBefore(block, m.start);
  if (noun === 'née') return true;
  if (!KIN.has(noun)) return false;
  return OWNERS.has(wordBefore(block, at)[0]);
}

/** Whether `m` follows `prev` in one list (" and " or ", " between them). */
function listedAfter(block: string, prev: EntityMention | undefined, m: EntityMention): boolean {
  if (prev === undefined || prev.blockId !== m.blockId) return false;
  const gap = m.start - prev.end;
  if (gap === 5) return block.startsWith(' and ', prev.end);
  return gap === 2 && block.startsWith(', ', prev.end);
}

/** The mentions with the persons named after a kinship noun typed PERSON. */
export function withKinPersons(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  let kin: EntityMention | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    let read = m;
    const c0 = codeAt(m.text, 0);
    const c1 = codeAt(m.text, 1);
    if (((c0 >= 65 && c0 <= 90) || (c0 >= 0xc0 && c0 <= 0xde)) && !(c1 >= 65 && c1 <= 90)) {
      const block = text.get(m.blockId) ?? '';
      const person = afterKin(block, m) || listedAfter(block, kin, m);
      kin = person ? m : undefined;
      if (person && m.type !== 'PERSON') read = retype(m, 'PERSON');
    } else kin = undefined;
    if (read !== m && out === null) out = mentions.slice(0, i);
    if (out !== null) out.push(read);
  }
  return out ?? unchanged(mentions);
}
