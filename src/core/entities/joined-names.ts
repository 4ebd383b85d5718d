/**
 * Names the tagger cut at "of", joined after tagging (English; applied by
 * `MentionRules`):
 *
 * a head word and "of" (or "of the") before a name make one name with it: "University of
 * York" (tagged "University" and "York"), "Department of Homeland Security", "Army of the
 * Potomac", "Battle of Britain", "Isle of Man", "Hall of Fame"; the head says the type (an
 * organisation, a place or an event). A joining "and" was tried and left out ("Customs and
 * Border Protection" also joined "Wistron and Global Lighting Technologies").
 *
 * Each mention looks only a few words around itself, so the rule is linear in the text.
 */
import { charAt } from './chars';
import type { EntityMention, EntityType } from '../types';
import { isCapitalisedWord, lastWordIn, wordAt, type Word } from './text-words';
import { mapped, respan, unchanged } from './by-block';
import { lastSpace } from './last-space';

/** Words that head a name going on with "of", and the type of the whole name. */
const OF_HEADS = new Map<string, EntityType>([
  ...(
    'university college school institute institution ministry department office bank army navy society ' +
    'association federation council board bureau commission committee court government house museum academy ' +
    'church union league organization organisation centre center centers centres chamber corps division fund ' +
    'foundation agency authority service party assembly parliament directorate hall knights brotherhood ' +
    'coalition alliance conference secretariat tribunal'
  )
    .split(' ')
    .map((w): [string, EntityType] => [w, 'ORG']),
  ...'republic kingdom dominion province city county isle island islands gulf bay sea lake mount strait straits cape port principality emirate duchy valley palace tower cathedral statue'
    .split(' ')
    .map((w): [string, EntityType] => [w, 'PLACE']),
  ...'battle battles siege treaty war wars declaration festival'
    .split(' ')
    .map((w): [string, EntityType] => [w, 'OTHER']),
]);

/** Words that end a name's run after "of" without a tagged name ("Hall of Fame"). */
const RUN_END = /^[\p{Lu}][\p{L}'’-]*$/u;

/** The mentions (in text order) with names cut at "of" joined. */
export function joinedNames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const prev = out[out.length - 1];
    // An untagged head before "of" and this name ("Department of" Homeland Security), with the
    // name just before the head ("Rock and Roll" Hall of Fame).
    const before = untaggedHead(text, m.start, prev);
    if (before) {
      const type = OF_HEADS.get(before.text.toLowerCase()) as EntityType;
      let start = before.start;
      if (prev && prev.end === start - 1 && prev.type !== 'PERSON') {
        start = prev.start;
        out.pop();
      }
      out.push({ blockId: m.blockId, start, end: m.end, text: text.slice(start, m.end), type });
      continue;
    }
    // A mention ending in a head word, "of" and the name after it.
    const next = mentions[i + 1];
    const joined = headOf(text, m, next);
    if (joined) {
      out.push(joined);
      if (next && next.start < joined.end) i++;
    } else out.push(m);
  }
  return out;
}

/**
 * Names of the "Office of the Inspector General" kind that the tagger left out altogether: a
 * capitalised organisation head inside a sentence, "of" (or "of the") and one to three
 * capitalised words ending there, with no mention over any of it, is an organisation. Looks
 * only at each " of " of the text: linear.
 */
export function untaggedOfNames(text: string, mentions: readonly EntityMention[], blockId: number): EntityMention[] {
  const added: EntityMention[] = [];
  for (let at = text.indexOf(' of ', 1); at >= 0; at = text.indexOf(' of ', at + 4)) {
    const head = lastWordIn(text, Math.max(0, at - 30), at);
    if (!head || head.end !== at || !isCapitalisedWord(head.text) || !insideSentence(text, head.start)) continue;
    if (OF_HEADS.get(head.text.toLowerCase()) !== 'ORG') continue;
    const pseudo: EntityMention = { blockId, start: head.start, end: head.end, text: head.text, type: 'ORG' };
    const name = headOf(text, pseudo, undefined);
    if (!name || mentions.some((m) => m.start < name.end && m.end > name.start)) continue;
    added.push(name);
  }
  if (added.length === 0) return unchanged(mentions);
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** Punctuation that may end a word of a name's run. */
const TRAILING = new Set('.,;:!?)’\'"”');

/** The word without the punctuation at its end. */
function trimmed(word: string): string {
  let end = word.length;
  while (end > 0 && TRAILING.has(charAt(word, end - 1))) end--;
  return word.slice(0, end);
}

/** The length of " of " or " of the " at `at`, or 0. */
const ofAt = (text: string, at: number): number =>
  text.startsWith(' of the ', at) ? 8 : text.startsWith(' of ', at) ? 4 : 0;

/** The capitalised head word standing before "of" (or "of the") and `start`, outside `prev`. */
function untaggedHead(text: string, start: number, prev: EntityMention | undefined): Word | undefined {
  const of = text.endsWith(' of the ', start) ? 8 : text.endsWith(' of ', start) ? 4 : 0;
  if (of === 0) return undefined;
  const head = lastWordIn(text, Math.max(0, start - of - 30), start - of);
  if (!head || head.end !== start - of || (prev && prev.end > head.start)) return undefined;
  return isCapitalisedWord(head.text) && OF_HEADS.has(head.text.toLowerCase()) ? head : undefined;
}

/** The name made of `m` ending in a head word, "of" and the name (or capitalised words) after it. */
function headOf(text: string, m: EntityMention, next: EntityMention | undefined): EntityMention | undefined {
  // "of" after it first: most names have none, and need no look at their last word.
  const of = ofAt(text, m.end);
  if (of === 0) return undefined;
  const head = m.text.slice(lastSpace(m.text) + 1);
  const type = OF_HEADS.get(head.toLowerCase());
  if (!type || !isCapitalisedWord(head)) return undefined;
  const tailStart = m.end + of;
  let end = -1;
  if (next && next.start === tailStart) end = next.end;
  else {
    // No name after "of": one to three capitalised words, ended by anything else.
    let at = tailStart;
    for (let k = 0; k < 3; k++) {
      const w = wordAt(text, at);
      if (!w || !isCapitalisedWord(w.text)) break;
      const clean = trimmed(w.text);
      if (!RUN_END.test(clean)) break;
      end = w.start + clean.length;
      if (clean.length < w.text.length || charAt(text, w.end) !== ' ') break;
      at = w.end + 1;
    }
    if (end < 0) return undefined;
    // The run must end there: a capitalised word after it means a longer name we cannot read.
    const after = charAt(text, end) === ' ' ? wordAt(text, end + 1) : undefined;
    if (after && isCapitalisedWord(after.text)) return undefined;
  }
  return { blockId: m.blockId, start: m.start, end, text: text.slice(m.start, end), type };
}

/** Whether `at` stands inside a sentence: after a word or a comma (not after a full stop, a dash, a quote or a bracket). */
function insideSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && i > at - 8 && (charAt(text, i) === ' ' || charAt(text, i) === '\u00a0')) i--;
  return i >= 0 && /[\p{L},]/u.test(charAt(text, i));
}

/**
 * "supporting The Triffids", "told The Sunday Times": a capitalised "The" inside a sentence
 * (after a word or a comma) just before a name is part of it, and so it is elsewhere (a
 * sentence's start) before the same name.
 */
export function withCapitalThe(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const withThe = new Set<string>();
  const grown = mapped(mentions, (m) => {
    // A name the tagger took with its "The" inside a sentence counts as grown.
    if (m.text.startsWith('The ') && insideSentence(text, m.start)) withThe.add(m.text.slice(4));
    if (m.start < 4 || !text.startsWith('The ', m.start - 4) || /\p{L}/u.test(charAt(text, m.start - 5))) return m;
    if (!insideSentence(text, m.start - 4)) return m;
    withThe.add(m.text);
    return respan(m, m.start - 4, m.end, text.slice(m.start - 4, m.end));
  });
  if (withThe.size === 0) return grown;
  return mapped(grown, (m) =>
    withThe.has(m.text) && text.slice(m.start - 4, m.start) === 'The ' && !insideSentence(text, m.start - 4)
      ? respan(m, m.start - 4, m.end, text.slice(m.start - 4, m.end))
      : m,
  );
}

/** Company suffixes written after a comma ("Dräger, Inc."). */
const SUFFIXES = new Set(
  'Inc. Inc Ltd. Ltd LLC L.L.C. Corp. Corp Co. plc PLC GmbH AG S.A. N.V. LLP L.P. Pty'.split(' '),
);

/**
 * "U.S. Games Systems, Inc.", "Dräger, Inc.": a company suffix after a name and a comma is
 * part of the name, an organisation's.
 */
export function withCompanySuffix(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const w = text.startsWith(', ', m.end) ? wordAt(text, m.end + 2) : undefined;
    // The suffix, without a comma or a closing bracket after it.
    let end = w ? w.end : -1;
    while (w && end > w.start && /[,;:)]/u.test(charAt(text, end - 1))) end--;
    const next = mentions[i + 1];
    // A name running on past the suffix ("Inc Nintendo") is left as the tagger cut it.
    if (!w || !SUFFIXES.has(text.slice(w.start, end)) || (next && next.start < end && next.end > end)) {
      out.push(m);
      continue;
    }
    out.push({ blockId: m.blockId, start: m.start, end, text: text.slice(m.start, end), type: 'ORG' });
    // The suffix tagged on its own.
    if (next && next.start < end) i++;
  }
  return out;
}
