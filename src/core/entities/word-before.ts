/**
 * What the word just before a name says of it (English; applied by `MentionRules`):
 *
 * - a person's role or position right before a name makes it a person's ("Pittsburgh center
 *   Maurkice Pouncey", "spokesman Farhan Haq") where the tagger read a place or another name;
 * - a kind of organisation right before a name makes it an organisation ("the journal Nature
 *   Astronomy", "the carmaker Rivian") where the tagger read a place or another name;
 * - a listed first name the tagger left outside a person of one or two words is part of the
 *   name ("company CEO [Andy] Vesey", "[Jason] La Canfora"), and a role word alone just
 *   before a person is no name ("NFL [Insider] Jason La Canfora");
 * - a sports league or association as a body is an organisation (`NFL`, `National Football
 *   League`, `Major League Baseball`: the names guidelines); competitions (`Premier League`,
 *   `Champions League`) are left to the tagger; and capitals joined by "&" are a company
 *   (`AT&T`, `PG&E`, `H&M`; not `R&D`, `Q&A`).
 */
import { codeAt } from './chars';
import type { EntityMention, EntityType } from '../types';
import { GAZ } from './model/gazetteers';
import { ROLE_WORDS } from './offices';
import { typeOfLastWord } from './name-spellings';
import {
  bare,
  isAmpersandAcronym,
  isCapitalisedWord,
  isLettersOrHyphens,
  isTitleCaseWord,
  lastWordIn,
  sentenceStart,
  type Word,
  wordsIn,
} from './text-words';
import { kept, mapped, respan, retype, unchanged } from './by-block';
import { keptByName } from './kept-by-name';

/** Roles and positions written right before a person's name, beside offices.ts's ROLE_WORDS. */
const PERSON_ROLES = new Set(
  (
    'center centre quarterback linebacker receiver cornerback safety tackle lineman guard forward rusher ' +
    'kicker punter pitcher catcher shortstop outfielder infielder striker midfielder defender goalkeeper ' +
    'goalie winger fullback halfback playmaker captain rookie teammate player actor actress singer rapper ' +
    'songwriter musician comedian author writer novelist poet artist designer photographer filmmaker ' +
    'lawmaker congressman congresswoman economist scientist researcher astronomer physicist biologist ' +
    'lawyer prosecutor officer nominee candidate activist astronaut'
  ).split(' '),
);

/** Kinds of organisation written right before its name ("the journal Nature"). */
const ORG_KINDS = new Set(
  (
    'journal newspaper magazine tabloid broadcaster publisher company firm startup start-up carmaker ' +
    'automaker retailer airline lender insurer chipmaker conglomerate charity nonprofit non-profit agency'
  ).split(' '),
);

/** League acronyms: bodies in the news ("the NFL suspended him"). */
const LEAGUE_ACRONYMS = new Set('NFL NBA MLB NHL MLS WNBA NCAA NASCAR AFC NFC'.split(' '));
/**
 * A sport and a body's word in one name make a league or association ("National Football
 * League", "Major League Baseball"), unless its last word makes it a contest ("... Cup").
 */
const SPORTS = new Set(
  'football basketball baseball hockey soccer lacrosse rugby cricket softball volleyball'.split(' '),
);
const BODIES = new Set('league association federation union conference'.split(' '));

/** Word-list bits of a word (the model's gazetteers, through `MentionRules`' cache). */
type Bits = (word: string) => number;

const PLACE_BITS = GAZ.COUNTRY | GAZ.CITY | GAZ.REGION;

/** The word just before `at` when one space parts them (no punctuation after it). */
function wordBefore(text: string, at: number): Word | undefined {
  if (codeAt(text, at - 1) !== 32) return undefined;
  const w = lastWordIn(text, Math.max(0, at - 40), at - 1);
  return w && w.end === at - 1 && isLettersOrHyphens(w.text) ? w : undefined;
}

/** The mentions of one block (in text order) typed by the word before them; leagues as bodies. */
export function typedByWordBefore(
  text: string,
  mentions: readonly EntityMention[],
  bits: Bits,
  isOrgWord: (word: string) => boolean,
): EntityMention[] {
  // The mentions themselves until one is retyped (most texts: none), then a copy.
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    // The one before as this step gave it.
    const prev = i > 0 ? ((out ?? mentions)[i - 1] as EntityMention) : undefined;
    // Only places, other names and organisations are retyped by the word before them.
    const before = m.type === 'PLACE' || m.type === 'OTHER' || m.type === 'ORG' ? wordBefore(text, m.start) : undefined;
    // The word before must stand outside every name (not "Pittsburgh" of a name before).
    const free = before && !(prev && prev.end > before.start);
    const type = free ? typeAfter(text, m, bare(before.text), bits, isOrgWord) : m.type;
    const n = league(type === m.type ? m : retype(m, type));
    if (out === null && n !== m) out = mentions.slice(0, i);
    if (out !== null) out.push(n);
  }
  return withoutLoneTitles(withFirstNames(text, out ?? unchanged(mentions), bits));
}

/** "NFL [Insider] Jason La Canfora", "[Queen] Elizabeth II": a lone role word just before a person is no name. */
function withoutLoneTitles(mentions: EntityMention[]): EntityMention[] {
  return kept(mentions, (m, i) => {
    const next = mentions[i + 1];
    if (m.type === 'PERSON' || !next || next.type !== 'PERSON' || next.start !== m.end + 1) return true;
    return !ROLE_WORDS.has(bare(m.text));
  });
}

function typeAfter(
  text: string,
  m: EntityMention,
  word: string,
  bits: Bits,
  isOrgWord: (word: string) => boolean,
): EntityType {
  if (m.type !== 'PLACE' && m.type !== 'OTHER' && m.type !== 'ORG') return m.type;
  // Most words before a name are none of these: no need to cut the name into words.
  if (!ORG_KINDS.has(word) && !PERSON_ROLES.has(word) && !ROLE_WORDS.has(word)) return m.type;
  const words = wordsIn(text, m.start, m.end);
  if (words.length > 3 || !words.every((w) => isCapitalisedWord(w.text))) return m.type;
  const first = (words[0] as Word).text;
  const last = (words[words.length - 1] as Word).text;
  if (ORG_KINDS.has(word)) return m.type === 'ORG' ? m.type : 'ORG';
  if (!PERSON_ROLES.has(word) && !ROLE_WORDS.has(word)) return m.type;
  // Not a place, a firm or a nationality the role goes with ("spokesman" after "Texas" ...).
  if (isOrgWord(last) || typeOfLastWord(last) || bits(bare(last)) & (PLACE_BITS | GAZ.ORG_NAME | GAZ.TEAM))
    return m.type;
  const firstBits = bits(bare(first));
  if (firstBits & GAZ.DEMONYM) return m.type;
  if (m.type === 'ORG' && !(firstBits & GAZ.FIRST_NAME)) return m.type;
  return 'PERSON';
}

/** `NFL`, `National Football League`: a sports league or association as a body; `AT&T`, `PG&E`: a company. */
function league(m: EntityMention): EntityMention {
  if (m.type === 'ORG' || m.type === 'PERSON') return m;
  if (LEAGUE_ACRONYMS.has(m.text) || isAmpersandAcronym(m.text)) return retype(m, 'ORG');
  // One word is no league's name ("National Football League").
  if (!m.text.includes(' ')) return m;
  return isLeagueName(m.text) ? retype(m, 'ORG') : m;
}

/** Names (of two words or more) `isLeagueName` keeps at most. */
const LEAGUES_LIMIT = 10_000;

/** Whether a name of several words is a league's ("National Football League"), kept by name. */
const isLeagueName = keptByName((name) => {
  const ws = name.toLowerCase().split(' ');
  if (ws.length < 2 || ws.length > 5 || typeOfLastWord(ws[ws.length - 1] as string)) return false;
  return ws.some((w) => SPORTS.has(w)) && ws.some((w) => BODIES.has(w));
}, LEAGUES_LIMIT);

/**
 * "company CEO [Andy] Vesey", "NFL Insider [Jason] La Canfora": a capitalised word just before
 * a person of one or two words, outside any
 * name, that the word lists know as a first name is part of the name; not a word English
 * writes in lower case at a sentence's start ("Will Smith said?"), nor a title or a month.
 */
/** Whether `name` has more than two words (more than one space; `split(' ').length > 2`). */
function moreThanTwoWords(name: string): boolean {
  const first = name.indexOf(' ');
  return first >= 0 && name.indexOf(' ', first + 1) >= 0;
}

function withFirstNames(text: string, mentions: EntityMention[], bits: Bits): EntityMention[] {
  return mapped(mentions, (m, i) => {
    if (m.type !== 'PERSON' || moreThanTwoWords(m.text)) return m;
    const given = wordBefore(text, m.start);
    if (!given || !isTitleCaseWord(given.text)) return m;
    const prev = mentions[i - 1];
    if (prev && prev.end > given.start) return m;
    const b = bits(given.text.toLowerCase());
    if (!(b & GAZ.FIRST_NAME) || b & (GAZ.TITLE | GAZ.MONTH_DAY | GAZ.FUNCTION_WORD | PLACE_BITS)) return m;
    if (b & GAZ.COMMON && sentenceStart(text, given.start)) return m;
    return respan(m, given.start, m.end, text.slice(given.start, m.end));
  });
}
