/**
 * Who is who, by stand-in: a description that takes the place of a name already given and
 * says what the entity is ("The Portuguese boss had been out of work" for Mourinho, "the
 * London side" for Tottenham, "The Chinese e-commerce giant" for Alibaba), as
 * `eval/gold/guidelines/quotes-roles.md` counts it. The description is "the", one to four
 * modifiers and a singular role noun, with no name after it; it belongs to the nearest name
 * before it of the kind the noun fits (a person's noun to a person, an organisation's to an
 * organisation, a team's to a club or a country), at the start of its sentence. A noun alone
 * ("the boss"), with an age alone ("the 56-year-old manager"), or a loose noun with one word
 * ("the Chinese company") says nothing new and is left out.
 */
import type { Entity } from '../types';
import { DETERMINERS, FINITE, HONORIFICS, NOT_MODIFIERS, NOT_ROLE_HEADS, PREPOSITIONS, ROLE_HEADS } from './lexicon';
import type { Para, Tok } from './paragraphs';
import { isPossessive } from './phrases';
import type { FoundRole } from './roles';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/u));

/** Role nouns of an organisation or a team (the others are a person's). */
const ORG_NOUNS = words(
  `company firm maker manufacturer giant group conglomerate corporation startup start-up retailer carrier airline bank lender insurer broker brokerage agency authority ministry department regulator organisation organization charity foundation institute university college school hospital clinic network broadcaster publisher newspaper magazine outlet platform app provider operator supplier distributor studio label band club franchise league association federation union party coalition alliance movement militia faction bourse exchange fund subsidiary chain brand watchdog`,
);
const TEAM_NOUNS = words('side team hosts champions holders');
/** Nouns too loose to stand in for a name, whatever their modifiers. */
const LOOSE_NOUNS = words(
  'company firm group party side union movement department office authority service partner member official officials star player unit division arm head chief owner winner exchange network paper site app fund chain brand',
);
/** Modifiers that say nothing of what the entity is: ages, evaluations, time, size of a share. */
const EMPTY_MODIFIERS = words(
  'same other former latter then current new old young older younger late first second third last next whole entire real so-called alleged apparent only main key top big biggest largest great greatest little small good bad best worst',
);
const MAX_MODIFIERS = 4;
/** The fitting names a stand-in may point back to, nearest first. */
const CANDIDATES = 3;
/** Role nouns that only stand in for a name, never stand before one as a title. */
const STAND_IN_NOUNS = words('boss');
const isHead = (lower: string): boolean =>
  (ROLE_HEADS.has(lower) || STAND_IN_NOUNS.has(lower)) && !NOT_ROLE_HEADS.has(lower);

/** The person or organisation kinds a role noun fits. */
function fits(e: Entity, head: string): boolean {
  if (TEAM_NOUNS.has(head)) return e.type === 'ORG' || e.type === 'PLACE';
  // "The video shows officers …": many people are no one name.
  if (isPlural(head)) return false;
  if (ORG_NOUNS.has(head)) return e.type === 'ORG';
  return e.type === 'PERSON';
}

/** "37-year-old", "former", a number: no description alone ("the Portuguese boss" is one). */
function isEmptyModifier(p: Para, k: number): boolean {
  const t = p.toks[k] as Tok;
  return EMPTY_MODIFIERS.has(t.lower) || /\d/u.test(t.lower) || t.lower.endsWith('-old');
}

/**
 * The stand-in descriptions of one paragraph, each given to the nearest fitting name before it.
 * `recent` holds the names of the paragraphs before, last seen last; it is updated with this
 * paragraph's names as they are passed.
 */
export function standInsOfParagraph(p: Para, recent: Entity[]): FoundRole[] {
  const out: FoundRole[] = [];
  const toks = p.toks;
  let nextMention = 0;
  for (let i = 0; i < toks.length; i++) {
    // The names before token i are known.
    while (nextMention < p.mentions.length && (p.mentions[nextMention] as { t1: number }).t1 <= i) {
      const e = (p.mentions[nextMention] as { entity: Entity }).entity;
      const at = recent.indexOf(e);
      if (at >= 0) recent.splice(at, 1);
      recent.push(e);
      if (recent.length > 12) recent.shift();
      nextMention++;
    }
    const t = toks[i] as Tok;
    if (t.lower !== 'the' || p.quoteOf[i] !== -1) continue;
    // The subject of its sentence only: elsewhere "the …" as often introduces someone new.
    if (!opensSentence(p, i)) continue;
    const found = descriptionAt(p, i + 1);
    if (!found) continue;
    const { end, head } = found;
    const entity = pointedTo(recent, head);
    if (!entity) continue;
    out.push({ entity, para: p, start: (toks[i + 1] as Tok).start, end: (toks[end - 1] as Tok).end });
    i = end - 1;
  }
  return out;
}

/** Token i opens its sentence (after a connective such as "But" at most). */
function opensSentence(p: Para, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && ['but', 'and', 'yet', 'so'].includes((p.toks[j] as Tok).lower)) j--;
  if (j < 0) return true;
  const t = p.toks[j] as Tok;
  return t.lower === '.' || t.lower === '!' || t.lower === '?' || p.markOf[j] === 2;
}

/**
 * The name a stand-in points back to: of the last few fitting names, the one the article names
 * most (a description stands in for a name the story is about), the nearest on a tie; a name
 * given once is no one a description stands in for.
 */
function pointedTo(recent: readonly Entity[], head: string): Entity | undefined {
  let best: Entity | undefined;
  let seen = 0;
  for (let i = recent.length - 1; i >= 0 && seen < CANDIDATES; i--) {
    const e = recent[i] as Entity;
    if (!fits(e, head)) continue;
    seen++;
    if (!best || e.mentions.length > best.mentions.length) best = e;
  }
  return best && best.mentions.length >= 2 ? best : undefined;
}

/** Modifiers and a role noun from token `a`, no name after: the end (exclusive) and the noun. */
function descriptionAt(p: Para, a: number): { end: number; head: string } | null {
  const toks = p.toks;
  let k = a;
  let described = 0;
  while (k < toks.length && k - a <= MAX_MODIFIERS) {
    const t = toks[k] as Tok;
    if (!t.word || (p.mentionOf[k] !== -1 && p.mentions[p.mentionOf[k] as number]?.entity.type !== 'OTHER')) {
      // A name inside ("the Tottenham manager") makes it a title of the next name or a
      // description of another entity's: not a stand-in.
      return null;
    }
    const lower = t.lower;
    if (
      DETERMINERS.has(lower) ||
      PREPOSITIONS.has(lower) ||
      FINITE.has(lower) ||
      HONORIFICS.has(lower) ||
      (NOT_MODIFIERS.has(lower) && !EMPTY_MODIFIERS.has(lower)) ||
      t.cue
    )
      return null;
    if (isHead(lower) && k > a) {
      const after = toks[k + 1];
      // Still a modifier: "the band's set", "the group chief executive".
      if (after && after.word && isHead(after.lower)) {
        k++;
        continue;
      }
      if (isPlural(lower) || LOOSE_NOUNS.has(lower)) return described >= 2 ? end(k, lower) : null;
      // A name right after makes it a title ("the Portuguese boss Mourinho"): handled as a title.
      if (after && p.mentionOf[k + 1] !== -1) return null;
      if (after && (after.lower === 'of' || after.lower === 'for' || after.lower === 'at')) return null;
      return described >= 1 ? end(k, lower) : null;
    }
    if (!isEmptyModifier(p, k)) described++;
    // "-ed" and "-ing" words are mostly verbs here ("the company reported").
    if (/(?:ed|ing)$/u.test(lower) && !lower.includes('-') && lower !== 'winning') return null;
    k++;
    if (isPossessive(toks[k])) return null;
  }
  return null;
}

function end(k: number, head: string): { end: number; head: string } {
  return { end: k + 1, head };
}

const isPlural = (lower: string): boolean => lower.endsWith('s') && !lower.endsWith('ss') && lower !== 'hosts';
