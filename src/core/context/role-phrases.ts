/**
 * The phrases "who is who" reads around a name (roles.ts): role nouns, the head of a phrase,
 * a description before a name set off by a comma ("The company that runs the AMAs, Dick
 * Clark Productions"), and the names of a list a role is shared by.
 */
import {
  CLAUSE_OPENERS,
  FINITE,
  HONORIFICS,
  NOT_ROLE_HEADS,
  PREPOSITIONS,
  ROLE_HEADS,
  TITLES,
  cueLemma,
} from './lexicon';
import type { MentionRef, Para, Tok } from './paragraphs';
import { isPossessive } from './phrases';

/** Members of a party: a role, though written as a name ("Jones, a Democrat from Ohio"). */
export const PARTY_MEMBERS = new Set(['democrat', 'republican', 'democrats', 'republicans', 'tory', 'tories']);

/** The most names a shared role is given to ("founding members A, B, C and D"). */
export const MAX_LIST = 12;

/** A role noun: a title, a role head, or a hyphenated one ("singer-keyboardist"). */
export function isRoleHead(lower: string): boolean {
  if (HONORIFICS.has(lower) || NOT_ROLE_HEADS.has(lower)) return false;
  if (TITLES.has(lower) || ROLE_HEADS.has(lower) || PARTY_MEMBERS.has(lower)) return true;
  const dash = lower.lastIndexOf('-');
  return dash > 0 && ROLE_HEADS.has(lower.slice(dash + 1)) && !/\d/u.test(lower);
}

export const isPlural = (lower: string): boolean =>
  (lower.endsWith('s') && !lower.endsWith('ss') && lower !== 'hosts') || ['duo', 'trio', 'pair'].includes(lower);

/** The word before the first preposition of [a, e), lower case ("officer" of "… officer of SpaceX"). */
export function headBeforePreposition(p: Para, a: number, e: number): string {
  let h = a;
  for (let k = a; k < e; k++) {
    const t = p.toks[k] as Tok;
    // "PG&E's principal meteorologist": past the parts of an owner's name and its possessive.
    if (t.lower === '&' || isPossessive(t)) continue;
    if (k > a && (PREPOSITIONS.has(t.lower) || CLAUSE_OPENERS.has(t.lower) || !t.word)) break;
    h = k;
  }
  return (p.toks[h] as Tok).lower;
}

export function hasRoleHead(p: Para, a: number, e: number): boolean {
  for (let k = a; k < e; k++) {
    const lower = (p.toks[k] as Tok).lower;
    if ((p.mentionOf[k] === -1 || PARTY_MEMBERS.has(lower)) && isRoleHead(lower)) return true;
  }
  return false;
}

/** "a producer on Star Trek Beyond, and will…": the role ends before a clause joined by "and". */
export function cutAtAnd(p: Para, a: number, e: number): number {
  for (let k = a; k < e; k++)
    if ((p.toks[k] as Tok).lower === 'and' && FINITE.has(p.toks[k + 1]?.lower ?? '')) return k;
  return e;
}

/** Determiners a description before a name opens with ("the company's founder", "another witness"). */
const DESCRIPTION_OPENERS = new Set(['the', 'his', 'her', 'its', 'their', 'one', 'a', 'an', 'another']);

/**
 * Where the description that ends at `e` opens, no further back than `b`: the leftmost
 * determiner or owner ("Carlineo's attorney", "Mr. Trump's personal lawyer") that no clause
 * opener or verb separates from `e` ("whether WeWork's founder"), or -1.
 */
function openerOf(p: Para, b: number, e: number): number {
  const toks = p.toks;
  let d = -1;
  for (let k = e; k >= b; k--) {
    const t = toks[k] as Tok;
    const lower = t.lower;
    if (FINITE.has(lower) || t.cue) break;
    // "and" joins two roles ("founder and former CEO"), not a phrase and a name's ("Trump and his lawyer").
    // A relative clause after the role noun belongs to it ("The company that runs the AMAs").
    const relative = (lower === 'that' || lower === 'who') && isRoleHead(toks[k - 1]?.lower ?? '');
    if (
      CLAUSE_OPENERS.has(lower) &&
      !relative &&
      !(lower === 'and' && !DESCRIPTION_OPENERS.has(toks[k + 1]?.lower ?? ''))
    )
      break;
    // "the judgment of another witness": the description is the witness's, after the preposition.
    if (PREPOSITIONS.has(lower) && d === k + 1 && hasRoleHead(p, d, e + 1) && !isRoleHead(toks[k - 1]?.lower ?? ''))
      break;
    if (DESCRIPTION_OPENERS.has(lower)) d = k;
    else if (isPossessive(toks[k + 1]) && k < e && (t.cap || p.mentionOf[k] !== -1)) {
      // The owner's whole name, with an honorific ("Mr. Trump's").
      let o = k;
      const m = p.mentionOf[k] as number;
      if (m >= 0) o = Math.max(b, (p.mentions[m] as MentionRef).t0);
      if (HONORIFICS.has(toks[o - 1]?.lower ?? '') && o - 1 >= b) o--;
      d = o;
      k = o;
    }
  }
  return d;
}

function hasPreposition(p: Para, d: number, e: number): boolean {
  for (let k = d + 1; k < e; k++) if (PREPOSITIONS.has((p.toks[k] as Tok).lower)) return true;
  return false;
}

/** The name ends its phrase: a comma, a stop, a dash or "who" follows it. */
export function isClosedName(p: Para, ref: MentionRef): boolean {
  const n = p.toks[ref.t1];
  return !n || [',', '.', '—', '–', 'who', ')', ':'].includes(n.lower);
}

/**
 * A description that ends at token `e` (just before ", Name"): from its determiner, holding a
 * role noun, and not a fronted phrase of the sentence ("For the company, Smith…").
 */
export function descriptionBefore(p: Para, e: number, sentenceStart: number): { t0: number; t1: number } | null {
  const toks = p.toks;
  const last = toks[e];
  if (!last || !last.word) return null;
  let b = e;
  while (b - 1 >= Math.max(sentenceStart, e - 10)) {
    const t = toks[b - 1] as Tok;
    if (
      !(t.word || isPossessive(t)) ||
      cueLemma(t.lower) ||
      ['is', 'was', 'are', 'were', 'has', 'have', 'had'].includes(t.lower)
    )
      break;
    b--;
  }
  const d = openerOf(p, b, e);
  if (d < 0 || !hasRoleHead(p, d, e + 1)) return null;
  // "to the president in May, Zippy Duvall": the description ends with its noun, or with the
  // relative clause after it ("The company that runs the AMAs, Dick Clark Productions").
  // It ends with its role noun or the noun's complement: not "the band's formation".
  if (!isRoleHead(last.lower) && !relativeAfterHead(p, d, e) && !hasPreposition(p, d, e)) return null;
  if ((last.cap || p.mentionOf[e] !== -1) && !isRoleHead(last.lower) && !relativeAfterHead(p, d, e)) return null;
  const before = toks[d - 1];
  // A fronted prepositional phrase opening the sentence is no description of the name.
  if (before && PREPOSITIONS.has(before.lower) && d - 1 === sentenceStart) return null;
  if (d === sentenceStart && (toks[e + 2] === undefined || p.mentionOf[e + 2] === -1)) return null;
  return { t0: d, t1: e + 1 };
}

export const isPersonAt = (p: Para, k: number): boolean =>
  (p.mentionOf[k] as number) >= 0 && p.mentions[p.mentionOf[k] as number]?.entity.type === 'PERSON';

/** A role noun followed by "that" or "who" in (d, e): a description with its relative clause. */
export function relativeAfterHead(p: Para, d: number, e: number): boolean {
  for (let k = d + 1; k < e; k++) {
    const lower = (p.toks[k] as Tok).lower;
    if ((lower === 'that' || lower === 'who') && isRoleHead((p.toks[k - 1] as Tok).lower)) return true;
  }
  return false;
}

/** The names of the list that ends with `ref` ("Kevin King and Australian Timothy Weeks"). */
export function listBefore(p: Para, ref: MentionRef): MentionRef[] {
  const toks = p.toks;
  const out: MentionRef[] = [];
  let i = ref.t0 - 1;
  // Back over "and", commas and nationalities ("Australian"), name by name.
  while (i >= 0 && out.length < MAX_LIST) {
    const t = toks[i] as Tok;
    if (t.lower === 'and' || t.lower === ',') {
      i--;
      continue;
    }
    const m = p.mentionOf[i] as number;
    const other = m >= 0 ? p.mentions[m] : undefined;
    if (!other || other === ref) break;
    if (other.entity.type !== 'PERSON') {
      // A nationality or a title right before a name belongs to it; anything else ends the list.
      const nextIsName = p.mentions[m + 1]?.entity.type === 'PERSON' && p.mentions[m + 1]?.t0 === other.t1;
      if (!nextIsName) break;
      i = other.t0 - 1;
      continue;
    }
    out.push(other);
    i = other.t0 - 1;
  }
  return out;
}

const STILL = new Set(['still', 'also', 'now', 'currently', 'later', 'then', 'previously', 'once']);
/** Verbs that give someone a role: "was named chief executive", "has been appointed". */
const GIVEN = new Set(['named', 'appointed', 'elected', 'made', 'chosen']);

/**
 * After a name, a verb that says what the entity is: "is", "was", "has been", "became",
 * "serves as", "was named"; the token after it, or -1.
 */
export function copulaAt(p: Para, k: number, contracted = false): number {
  const w = (i: number): string => p.toks[i]?.lower ?? '';
  let i = k;
  while (STILL.has(w(i))) i++;
  const skip = (): void => {
    while (STILL.has(w(i))) i++;
  };
  // "'s" is "is" only after "who" ("Tottenham's manager" is a possessive).
  if (['is', 'was'].includes(w(i)) || (contracted && (w(i) === "'s" || w(i) === '’s'))) {
    i++;
    skip();
    if (GIVEN.has(w(i))) i++;
    return i;
  }
  if (['has', 'had', 'have'].includes(w(i)) && w(i + 1) === 'been') {
    i += 2;
    skip();
    if (GIVEN.has(w(i))) i++;
    return i;
  }
  if (w(i) === 'became' || w(i) === 'becomes') return i + 1;
  if (['serves', 'served', 'serving'].includes(w(i)) && w(i + 1) === 'as') return i + 2;
  return -1;
}

const TIME_WORDS = new Set(['in', 'since', 'until', 'from', 'on']);
/** "chief executive of Acme Corp in 2019": the role ends before a year or a month it was held in. */
export function cutAtTime(p: Para, a: number, e: number): number {
  for (let k = a + 1; k < e - 1; k++) {
    if (!TIME_WORDS.has((p.toks[k] as Tok).lower)) continue;
    const n = (p.toks[k + 1] as Tok).lower;
    if (/^\d{4}$/u.test(n) || MONTH_NAMES.has(n)) return k;
  }
  return e;
}
const MONTH_NAMES = new Set(
  'january february march april may june july august september october november december'.split(' '),
);
