/**
 * The types the article's own evidence gives its names, after tagging (English; applied by
 * `MentionRules`):
 *
 * - abbreviations of common nouns and technical standards ("SUV", "GW", "IPO", "HDMI",
 *   "USB-C": abbreviations.ts) are no names;
 * - an organisation's named thing is no organisation ("NASA's Galileo"); a place before a
 *   player's position is its club ("the Pittsburgh quarterback"), and so are two places with
 *   a result between them ("Winnipeg defeated Nashville": sports-results.ts); a one-word "person" the
 *   article writes as a company ("a WeWork spokesperson", "the founder of Hipcricket") and
 *   never names in full is an organisation, and so is a "place" before a company's officer
 *   ("Amazon founder Jeff Bezos"); the agency after a dateline ("LOS ANGELES (AP) —") is
 *   named; products taken for their makers are other names (products.ts: "the 16-inch
 *   MacBook Pro", "the Stadia port");
 * - a name written alike several times takes the type most of its mentions were given;
 * - a place the tagger typed so after "in", "at" or "from" ("a matchup in Atlanta") is marked
 *   as its own place, which grouping keeps where the name's entity is a club (group.ts).
 */
import { charAt, codeAt } from './chars';
import type { EntityMention, EntityType } from '../types';
import { isCommonAbbreviation } from './abbreviations';
import { products } from './products';
import { resultClubs } from './sports-results';
import { mapped, retype } from './by-block';
import {
  bare,
  firstLetters,
  firstWordIn,
  forEachOccurrence,
  lastWordIn,
  mayStartWordOf,
  withoutStop,
} from './text-words';
import { lastSpace } from './last-space';

/**
 * The mentions of one block (in text order) retyped, or dropped, by the article's evidence.
 * Each step hands on the array it was given when it changes none of its mentions (`mapped`):
 * most change none, and this runs on every block (speed, issue 15).
 */
export function typedByEvidence(
  text: string,
  mentions: EntityMention[],
  isCountry: (name: string) => boolean = () => false,
): EntityMention[] {
  let out = mentions.some((m) => isCommonAbbreviation(m.text))
    ? mentions.filter((m) => !isCommonAbbreviation(m.text))
    : mentions;
  out = possessed(text, out);
  // The types before the clubs: the mentions themselves (no step edits one in place).
  const before = out;
  out = resultClubs(
    text,
    mapped(out, (m) => club(text, m, isCountry)),
    isCountry,
  );
  out = companies(text, out);
  // A place that is once a club ("the Pittsburgh quarterback") is the club throughout.
  if (out !== before) {
    const clubs = new Set<string>();
    out.forEach((m, i) => {
      if (m.type === 'ORG' && (before[i] as EntityMention).type === 'PLACE') clubs.add(m.text);
    });
    if (clubs.size > 0) out = mapped(out, (m) => (m.type === 'PLACE' && clubs.has(m.text) ? retype(m, 'ORG') : m));
  }
  out = products(text, out);
  out = agencies(text, out);
  out = mapped(out, (m) => founded(text, m));
  return mapped(majorityTypes(out), (m) => placedByWordBefore(text, m));
}

/**
 * A mention whose own words make it a place, which grouping keeps however the name's other
 * mentions are typed (`group.ts`): "in Atlanta" where the article's other "Atlanta"s are the club.
 */
export interface OwnPlace extends EntityMention {
  ownPlace?: true;
}

/** Words before a place that read as one ("in Atlanta", "from Cornwall"). */
const PLACE_BEFORE = new Set('in at from'.split(' '));

/** A place the tagger typed so after "in", "at" or "from" ("a matchup in Atlanta") is marked as its own place. */
function placedByWordBefore(text: string, m: EntityMention): EntityMention {
  if (m.type !== 'PLACE' || codeAt(text, m.start - 1) !== 32) return m;
  // "in", "at" and "from" end in "n", "t" or "m": most words before a place do not, and are not cut out.
  const c = codeAt(text, m.start - 2);
  if (c !== 110 && c !== 116 && c !== 109) return m;
  const prevStart = lastSpace(text, m.start - 2) + 1;
  if (!PLACE_BEFORE.has(text.slice(prevStart, m.start - 1))) return m;
  // Written out, not spread ({ ...m, ownPlace: true }): V8's optimised code gives each object
  // spread with a new property a hidden class of its own (hundreds on CoNLL-2003 dev), and the
  // passes after this one read every mention's fields.
  const own: OwnPlace = { blockId: m.blockId, start: m.start, end: m.end, text: m.text, type: m.type, ownPlace: true };
  return own;
}

/** "NASA's Galileo", "Salesforce's Dreamforce": an organisation's named thing is no organisation. */
function possessed(text: string, mentions: EntityMention[]): EntityMention[] {
  return mapped(mentions, (m, i) => {
    const prev = mentions[i - 1];
    if (m.type !== 'ORG' || !prev || prev.type !== 'ORG') return m;
    const between = text.slice(prev.end, m.start);
    return between === "'s " || between === '’s ' ? retype(m, 'OTHER') : m;
  });
}

/** "Amazon founder Jeff Bezos": a place before a company's officer is the company. */
function founded(text: string, m: EntityMention): EntityMention {
  if (m.type !== 'PLACE' || !mayStartWordOf(text, m.end + 1, FOUNDER_FIRST)) return m;
  const next = firstWordIn(text, m.end, Math.min(text.length, m.end + 20));
  if (!next || next.start !== m.end + 1 || !FOUNDER.has(withoutStop(next.text).toLowerCase())) return m;
  return retype(m, 'ORG');
}

/**
 * "the Pittsburgh quarterback": a place before a player's position is its club; so is a place
 * a player scores for ("scored for Ottawa", "two goals for New Jersey") or a result lifts
 * ("to lift Florida.", "to lead Boston past ..."), unless it is a country (a national team
 * is a place).
 */
function club(text: string, m: EntityMention, isCountry: (name: string) => boolean): EntityMention {
  if (m.type !== 'PLACE') return m;
  // The word after is cut out only where it may be a role (by its first letter) or where the
  // word before is one of a result's (below).
  const cut = mayStartWordOf(text, m.end + 1, ROLE_FIRST);
  let after = cut ? firstWordIn(text, m.end, Math.min(text.length, m.end + 20)) : undefined;
  if (after !== undefined && after.start === m.end + 1 && SPORTS_ROLES.has(withoutStop(after.text)))
    return retype(m, 'ORG');
  if (codeAt(text, m.start - 1) !== 32) return m;
  // The word before, read without splitting the text: most places follow neither "for" nor a
  // verb of a result, and need no more.
  const prevStart = lastSpace(text, m.start - 2) + 1;
  const prev = text.slice(prevStart, m.start - 1);
  if (prev !== 'for' && !LIFTING.has(prev)) return m;
  if (!cut) after = firstWordIn(text, m.end, Math.min(text.length, m.end + 20));
  if (isCountry(m.text)) return m;
  const from = Math.max(0, m.start - 30);
  const last = lastWordIn(text, from, m.start);
  const prev2 = (last && lastWordIn(text, from, last.start)?.text) ?? '';
  const scored = prev === 'for' && SCORING.has(prev2);
  const lifted =
    LIFTING.has(prev) &&
    (/^[.,;]/u.test(charAt(text, m.end)) ||
      (after !== undefined && after.start === m.end + 1 && AFTER_LIFT.has(after.text)));
  return scored || lifted ? retype(m, 'ORG') : m;
}

/** Words before "for" and a club ("scored for Ottawa", "two goals for New Jersey"). */
const SCORING = new Set('scored score scores goal goals assist assists saves points'.split(' '));
/** Verbs of a result before a club ("to lift Florida.", "to lead Boston past Tampa Bay"). */
const LIFTING = new Set('lift lifted lifts lead leads led'.split(' '));
const AFTER_LIFT = new Set('past over to into'.split(' '));

const FOUNDER = new Set('ceo founder co-founder spokesperson spokesman spokeswoman'.split(' '));
/** The first letters of FOUNDER's words, in either case (their word is lower-cased before the look-up). */
const FOUNDER_FIRST = firstLetters(FOUNDER, true);

/** A player's position after a place makes the place its club ("the Pittsburgh quarterback"). */
const SPORTS_ROLES = new Set(
  'quarterback quarterbacks linebacker linebackers receiver receivers cornerback safety tackle tight pitcher pitchers catcher shortstop outfielder striker midfielder defender goalkeeper goalie forward guard coach coaches manager fans'.split(
    ' ',
  ),
);
/** The first letters of SPORTS_ROLES (looked up as written: lower case only). */
const ROLE_FIRST = firstLetters(SPORTS_ROLES, false);

/** Words after a company's name ("WeWork spokesperson", "Apple's shares") or before "of" it ("founder of"). */
const COMPANY_AFTER = new Set(
  'spokesperson spokesman spokeswoman shares stock stake employees employs customers headquarters ceo cfo coo founder co-founder board investors subsidiary executives'.split(
    ' ',
  ),
);
const COMPANY_BEFORE = new Set(
  'ceo cfo coo founder co-founder subsidiary shares investors employees acquisition'.split(' '),
);

/**
 * A one-word "person" that the article never names in full and that it writes as a company
 * ("a WeWork spokesperson", "Apple's shares", "the founder of Hipcricket") is an organisation.
 */
function companies(text: string, mentions: EntityMention[]): EntityMention[] {
  // Only a one-word "person" can be a company: most texts' are all people of several words or none.
  if (!mentions.some((m) => m.type === 'PERSON' && !m.text.includes(' '))) return mentions;
  const inFull = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && m.text.includes(' ')) for (const w of m.text.split(' ')) inFull.add(w);
  const candidates = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && !m.text.includes(' ') && !inFull.has(m.text)) candidates.add(m.text);
  // Each occurrence of a candidate, tagged or not (those `occurrences` finds), name by name:
  // one occurrence written as a company's makes the name a company's.
  const companyNames = new Set<string>();
  forEachOccurrence(text, candidates, (name, start, end) => {
    if (!writtenAsCompany(text, start, end)) return false;
    companyNames.add(name);
    return true;
  });
  if (companyNames.size === 0) return mentions;
  return mapped(mentions, (m) => (m.type === 'PERSON' && companyNames.has(m.text) ? retype(m, 'ORG') : m));
}

/** Whether the name at `start`-`end` is written as a company's ("WeWork spokesperson", "founder of Hipcricket"). */
function writtenAsCompany(text: string, start: number, end: number): boolean {
  const to = Math.min(text.length, end + 30);
  const first = firstWordIn(text, end, to);
  let next = first?.text ?? '';
  if (first && (next === "'s" || next === '’s')) next = firstWordIn(text, first.end, to)?.text ?? '';
  if (COMPANY_AFTER.has(bare(withoutStop(next)))) return true;
  const from = Math.max(0, start - 30);
  const of = lastWordIn(text, from, start);
  if (of?.text !== 'of') return false;
  const role = lastWordIn(text, from, of.start)?.text ?? '';
  return COMPANY_BEFORE.has(bare(role));
}

/** "LOS ANGELES (AP) —": the news agency after a dateline, and the dateline's place as one name. */
function agencies(text: string, mentions: EntityMention[]): EntityMention[] {
  const head = text.slice(0, 200);
  const open = head.indexOf(' (');
  const close = head.indexOf(')', open);
  if (open < 0 || close < 0) return mentions;
  const name = head.slice(open + 2, close);
  const after = head.slice(close + 1, close + 4);
  if (
    !/^\p{Lu}[\p{L}]{1,15}$/u.test(name) ||
    !(after.startsWith(' —') || after.startsWith(' -') || after.startsWith(' –'))
  )
    return mentions;
  const out = [...mentions];
  const blockId = mentions[0]?.blockId ?? 0;
  const start = open + 2;
  if (!out.some((m) => m.start < close && start < m.end))
    out.push({ blockId, start, end: close, text: name, type: 'ORG' });
  // The place before it, in capitals from the line's start ("LOS ANGELES"), is one place.
  const lineStart = head.lastIndexOf('\n', open) + 1;
  const place = head.slice(lineStart, open);
  if (/^\p{Lu}[\p{Lu} .'-]{2,30}$/u.test(place) && !place.endsWith(' ')) {
    const kept = out.filter((m) => m.end <= lineStart || m.start >= open);
    kept.push({ blockId, start: lineStart, end: open, text: place, type: 'PLACE' });
    return kept.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Each name (as written) takes the type most of its mentions have, where one type has most. */
function majorityTypes(mentions: EntityMention[]): EntityMention[] {
  // Most texts name each of their names with one type throughout: nothing to count then.
  const typeOf = new Map<string, EntityType>();
  let mixed = false;
  for (const m of mentions) {
    const t = typeOf.get(m.text);
    if (t === undefined) typeOf.set(m.text, m.type);
    else if (t !== m.type) {
      mixed = true;
      break;
    }
  }
  if (!mixed) return mentions;
  const counts = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const c = counts.get(m.text) ?? new Map<EntityType, number>();
    c.set(m.type, (c.get(m.type) ?? 0) + 1);
    counts.set(m.text, c);
  }
  return mapped(mentions, (m) => {
    const c = counts.get(m.text);
    if (!c || c.size < 2) return m;
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    for (const [type, n] of c) if (n * 2 > total && type !== m.type) return retype(m, type);
    return m;
  });
}
