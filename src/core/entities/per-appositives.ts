/**
 * Persons the tagger types as places or others by the words beside them (English; issue 15,
 * names.md: people are PER; lang-news.md, seventh English set: degrees after a name are no
 * names):
 * - a name after a kinship noun and a comma ("her son, Mateo, died", "His wife, Lorraine, ran
 *   the bar") is a person's;
 * - a name of two words or more that opens with a given name, before a comma and a degree
 *   ("Ingrid Halvorsen, MD, PhD, of ..."), is a person's, and the degrees after a person are no
 *   names ("MD" is not Maryland there). A single word before a degree is left alone
 *   ("Frederick, MD" is the town in Maryland).
 * Precondition: the block holds ", " (each test reads the few characters beside a mention).
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mentionsByBlock, retype, unchanged } from './by-block';

/** Kinship nouns before an appositive person's name. */
const KIN = new Set(
  'son|daughter|wife|husband|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|partner|widow|widower|nephew|niece|cousin|stepson|stepdaughter|boyfriend|girlfriend|fiancé|fiancée|fiance|fiancee|twin'.split(
    '|',
  ),
);

/** Degrees written after a person's name ("MD", "PhD"); not "MS", "MA" (states as well). */
const DEGREES = new Set('MD|PhD|MPH|MBBS|DPhil|DDS|DVM|DNP|PharmD|FRCP|FACC|FACS|MBA|RN|MSN|MSc'.split('|'));

/** The word that ends just before ", " at `start` (letters only, at most 20), lower case, or ''. */
function wordBeforeComma(block: string, start: number): string {
  if (!commaBefore(block, start)) return '';
  const end = start - 2;
  let k = end;
  while (k > Math.max(0, end - 20) && /\p{L}/u.test(charAt(block, k - 1))) k--;
  return block.slice(k, end).toLowerCase();
}

/** The degree after ", " at `end`, or '' ("MD" of ", MD, PhD"). */
/** Whether ", " stands right before `start` (no copy of the two characters: this is asked of most mentions). */
function commaBefore(block: string, start: number): boolean {
  return start >= 2 && block.startsWith(', ', start - 2);
}

function degreeAfter(block: string, end: number): string {
  if (!block.startsWith(', ', end)) return '';
  let k = end + 2;
  while (k < Math.min(block.length, end + 12) && /[\p{L}.]/u.test(charAt(block, k))) k++;
  const word = block.slice(end + 2, k).replace(/\./gu, '');
  return DEGREES.has(word) && !/\p{L}/u.test(charAt(block, k)) ? word : '';
}

/** Whether the text after `end` closes an appositive: a comma, a full stop, a bracket, " and", or the end. */
function closes(block: string, end: number): boolean {
  const c = charAt(block, end);
  return c === '' || c === ',' || c === '.' || c === ')' || c === ';' || block.startsWith(' and ', end);
}

function inBlock(
  block: string,
  mentions: readonly EntityMention[],
  isGivenName: (w: string) => boolean,
): EntityMention[] {
  const out: EntityMention[] = [];
  let lastPerson: EntityMention | undefined;
  for (const m of mentions) {
    let read = m;
    if (m.type !== 'PERSON') {
      const space = m.text.indexOf(' ');
      if (KIN.has(wordBeforeComma(block, m.start)) && closes(block, m.end) && /^\p{Lu}\p{Ll}/u.test(m.text))
        read = retype(m, 'PERSON');
      // (The comma first: most mentions have none after them, and need no look-up.)
      else if (
        space > 0 &&
        block.startsWith(', ', m.end) &&
        isGivenName(m.text.slice(0, space)) &&
        degreeAfter(block, m.end) !== ''
      )
        read = retype(m, 'PERSON');
      // A degree after a person of two words or more, or after another degree ("Ingrid Halvorsen, MD, PhD").
      else if (lastPerson && commaBefore(block, m.start) && DEGREES.has(m.text.replace(/\./gu, ''))) {
        const between = block.slice(lastPerson.end, m.start);
        if (between === ', ' || /^(?:, [\p{L}.]{2,8})+, $/u.test(between)) continue;
      }
    }
    if (read.type === 'PERSON' && read.text.includes(' ')) lastPerson = read;
    out.push(read);
  }
  return out;
}

/** The mentions with the persons named beside a kinship noun or before a degree typed PERSON (English). */
export function withAppositivePersons(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isGivenName: (word: string) => boolean,
): EntityMention[] {
  const byBlock = mentionsByBlock(mentions);
  let changed = false;
  for (const [blockId, own] of byBlock) {
    const block = text.get(blockId) ?? '';
    if (!block.includes(', ')) continue;
    const read = inBlock(block, own, isGivenName);
    if (read.length === own.length && read.every((m, i) => m === own[i])) continue;
    byBlock.set(blockId, read);
    changed = true;
  }
  return changed ? [...byBlock.values()].flat() : unchanged(mentions);
}
