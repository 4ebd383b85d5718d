/**
 * English corrections of the tagger's mentions that need the whole article or a word's
 * spelling, which the tagger's features do not see (`ModelRecogniser` applies them):
 *
 * - a name covers whole words ("PG&E", "AT&T" where the tagger took only "&E"), without
 *   spaces or quotes at its edges, and a name with "&" in it is not a person;
 * - a title or honorific is outside a person's name and splits the run it sits in ("Mr.
 *   Garrett", "CPUC President Marybel Batjer" → "CPUC", "Marybel Batjer"); an acronym just
 *   before a title is an organisation ("NATO Secretary General Mark Rutte");
 * - a sentence's capitalised first "The" is outside a name that the article never writes
 *   with "The" inside a sentence;
 * - a name joined to a lower-case word by a hyphen is no name ("Texas-based", "U.S.-backed",
 *   "NBA-leading Lakers" → "Lakers"), as the guidelines have it ("pro-Russian", "Trump-era");
 * - a weekday or month at the end of a longer name is not part of it ("House Intelligence
 *   Committee Tuesday");
 * - a first name and a particle before a surname make one person ("Jan de Vries", where
 *   "Jan" also abbreviates January);
 * - a "person" whose last word names a kind of organisation is an organisation ("Vries
 *   Cargo", "Science Mission Directorate");
 * - two names with one capitalised word between them are one ("Dow [Jones] Industrial
 *   Average", "European [Space] Agency"), and so is a name spelled out before its acronym
 *   in brackets ("National Association of Purchasing Management (NAPM)": spelled-out.ts);
 * - a "place" the word lists name as a sports team is the club ("Oklahoma City Thunder",
 *   and then "the Thunder");
 * - an organisation's acronym the article spells out ("Centers for Disease Control (CDC)",
 *   "Maghawir al Thawra, or MaT") is an organisation wherever it appears;
 * - a head word and "of" before a name make one name ("University of York"), a capitalised
 *   "The" inside a sentence and a company suffix after a comma belong to the name
 *   (joined-names.ts); a quoted title is one other name (quoted-titles.ts); brands ending in
 *   "'s", words like "iPhone", names with a slash, and a name's kind by its last word
 *   ("Lincoln Park", "Cotton Bowl") (name-spellings.ts); a role or a kind of organisation
 *   before a name, a first name left outside a person's, and leagues (word-before.ts);
 *   an institution and the place it is in are two names (name-in-place.ts); a product's model
 *   number or letter belongs to it ("Xbox One S", "Intel Core i7": model-numbers.ts); a chamber
 *   and its party's members, and a person and "White House", are two names ("House
 *   Democrats", "the Trump White House": two-names.ts);
 * - then the types the article's evidence gives its names (name-evidence.ts), and last the
 *   towns, postal codes and venues of listings ("PPL Center, Allentown, PA": listings.ts).
 */
import { charAt, codeAt } from './chars';
import type { EntityMention, EntityType } from '../types';
import { GAZ, type Gazetteers } from './model/gazetteers';
import { StringTable } from './model/string-table';
import { NAME_PARTICLES } from './model/word';
import { MONTHS_AND_DAYS } from './word-lists';
import { typedByEvidence } from './name-evidence';
import { spelledOutNames } from './spelled-out';
import { joinedNames, untaggedOfNames, withCapitalThe, withCompanySuffix } from './joined-names';
import { withQuotedTitles } from './quoted-titles';
import { demonymNames, demonymStarts } from './demonyms';
import { typedByWordBefore } from './word-before';
import { splitAtIn } from './name-in-place';
import { isListedAs } from './listed-places';
import { teamNames } from './sports-results';
import { listingPlaces } from './listings';
import { withModelNumbers } from './model-numbers';
import { splitTwoNames } from './two-names';
import { isOffice, ROLE_WORDS } from './offices';
import {
  ampersandCompanies,
  celestialPlaces,
  lowerCaseBrands,
  outsideAddresses,
  possessiveBrands,
  scriptNames,
  splitAtSlashes,
  typedByKind,
} from './name-spellings';
import {
  bare,
  firstWordIn,
  hasSpace,
  inTitleCaseLine,
  isAcronym,
  isCapitalisedWord,
  isGlueAt,
  isLowerAt,
  isTitleCaseWord,
  lastWordIn,
  occurrences,
  sentenceStart,
  type Word,
  wordsIn,
} from './text-words';
import { kept, mapped, retype, unchanged } from './by-block';
import { keptByName } from './kept-by-name';

/**
 * Honorifics: the name after one is a person's whatever the tagger said. British and Irish
 * councillors' titles ("Cllr Orla Keane", "Coun Pauline Tindall"), the West African "Alhaji", "Hajiya" and "Comrade" and the Kenyan and Nigerian engineer's "Eng", "Engr" are honorifics too.
 */
const HONORIFICS = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col capt sgt adm sir dame cllr coun councillor alhaji alhaja hajiya hajia comrade eng engr'.split(
    ' ',
  ),
);

/** The lower-case particles inside an Arabic name ("Meshal al-Ahmad al-Jaber al-Sabah", "Mohammed bin Salman"). */
const NAME_PARTICLE = /^(?:(?:al|el)-\p{Lu}|(?:bin|bint|ibn)$)/u;

/** Last words of organisation names beside the word lists' ORG_WORD ("Vries Cargo"; stock indexes). */
const ORG_ENDINGS = new Set(
  'cargo logistics directorate panel agency institute ministry railway railroad airlines airways inc corp ltd llc plc gmbh ag sa nv bv average composite'.split(
    ' ',
  ),
);

const EDGE = /[\s"“”‘’'«»()[\]{}]/u;

/** Whether `c` is an ASCII letter or digit. */
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Whether the character at `i` is a space, a quote or a bracket (`EDGE`; never an ASCII letter or digit). */
const isEdgeAt = (text: string, i: number): boolean => !isAsciiAlnum(codeAt(text, i)) && EDGE.test(charAt(text, i));

/** A word ending in a hyphen and a lower-case word ("Texas-based", "NBA-leading"). */
const COMPOUND = /-\p{Ll}+$/u;

/** Entries each of MentionRules' word caches keeps at most. */
const CACHE_LIMIT = 50_000;

/**
 * What the rules work out of a name's own words, which are the same wherever the name stands
 * (`MentionRules.facts`; only a name of several words is looked up): each -1 until a rule
 * first asks.
 */
interface NameFacts {
  /** How many words from its end the last title inside it stands (`titleTail`; 0: none). */
  tail: number;
  /** 1 when its last word is a weekday or month (`withoutTrailingDate`), else 0. */
  date: number;
  /** 1 when it is a listed first name, particles and a surname (`isParticleName`), else 0. */
  particle: number;
  /** 1 when it is two words or more ending in an organisation word (`retyped`), else 0. */
  orgEnd: number;
  /** 1 when, as a person's name of several words, it ends in an office (`isOffice`), else 0. */
  office: number;
}

export class MentionRules {
  constructor(private readonly gaz: Gazetteers) {}

  /**
   * What the rules have worked out of each name's own text (`NameFacts`), by the name's text:
   * a text repeats its names, and texts repeat each other's. Emptied past CACHE_LIMIT.
   */
  private readonly names = new StringTable<NameFacts>();

  /** The facts of the name `m` (its text is the block's text from `m.start` to `m.end`). */
  private facts(m: EntityMention): NameFacts {
    let facts = this.names.get(m.text);
    if (facts === undefined) {
      facts = { tail: -1, date: -1, particle: -1, orgEnd: -1, office: -1 };
      if (this.names.size >= CACHE_LIMIT) this.names.clear();
      this.names.set(m.text, facts);
    }
    return facts;
  }

  /**
   * A word's word-list bits, by word: the rules ask again and again, text after text (the
   * recogniser keeps one MentionRules). Emptied when it grows past CACHE_LIMIT.
   */
  private readonly wordBits = new StringTable<number>();

  private bits(word: string): number {
    let bits = this.wordBits.get(word);
    if (bits === undefined) {
      bits = this.gaz.wordBits(word.toLowerCase().replace(/\.$/u, ''));
      if (this.wordBits.size >= CACHE_LIMIT) this.wordBits.clear();
      this.wordBits.set(word, bits);
    }
    return bits;
  }

  /** The pairs of letters the word lists' nationalities begin with (`demonymStarts`), made at the first text. */
  private demonymPairs: Uint8Array | undefined;

  /** What the word lists say of places as teams, by the place's name (`teamNames`' `known`). */
  private readonly teams = new Map<string, number>();

  /** Whether a word is a title or honorific, by word (kept as `wordBits` is). */
  private readonly titles = new StringTable<boolean>();

  private isTitle(word: string): boolean {
    const known = this.titles.get(word);
    if (known !== undefined) return known;
    if (this.titles.size >= CACHE_LIMIT) this.titles.clear();
    const w = bare(word);
    const title =
      w !== 'st' && w !== 'saint' && (HONORIFICS.has(w) || ROLE_WORDS.has(w) || (this.bits(w) & GAZ.TITLE) !== 0);
    this.titles.set(word, title);
    return title;
  }

  /** Whether the word lists list a name as a country, by name (kept as `wordBits` is). */
  private readonly isCountry = keptByName(
    (name) => isListedAs(name.toLowerCase().split(' '), this.gaz, GAZ.COUNTRY),
    CACHE_LIMIT,
  );

  private isOrgWord(word: string): boolean {
    const w = bare(word);
    return ORG_ENDINGS.has(w) || (this.bits(w) & GAZ.ORG_WORD) !== 0;
  }

  private isPlace(word: string): boolean {
    return (this.bits(word) & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION)) !== 0;
  }

  /** The corrected mentions of one block (`text` is the block's text), in text order. */
  apply(text: string, mentions: readonly EntityMention[], blockId = mentions[0]?.blockId ?? 0): EntityMention[] {
    // Names the tagger cannot see (quoted titles, "iPhone") are looked for in every block.
    if (mentions.length === 0) return celestialPlaces(text, this.unseen(text, [], blockId), blockId);
    let out = this.wholeWords(text, mentions);
    out = this.splitAtTitles(text, out);
    out = this.withoutLeadingThe(text, out);
    out = mapped(out, (m) => this.withoutTrailingDate(text, m));
    out = this.particleNames(text, out);
    out = this.withoutCompounds(text, out);
    const isTitle = (w: string): boolean => this.isTitle(w);
    out = kept(
      mapped(out, (m) => this.retyped(text, m)),
      (m) => !this.isOfficeName(text, m, isTitle),
    );
    out = demonymNames(
      text,
      inOrder(out),
      (w) => this.bits(w),
      (w) => this.isOrgWord(w),
      (this.demonymPairs ??= demonymStarts(this.gaz.tables.words)),
    );
    out = this.joinedAcrossOneWord(text, inOrder(out));
    out = withCompanySuffix(text, withCapitalThe(text, untaggedOfNames(text, joinedNames(text, out), blockId)));
    out = teamNames(
      text,
      out,
      (words) =>
        words.length === 1 ? (this.bits(words[0] ?? '') & GAZ.TEAM) !== 0 : isListedAs(words, this.gaz, GAZ.TEAM),
      this.teams,
    );
    out = spelledOutNames(text, out, (w) => this.isOrgWord(w));
    out = this.spelledOutAcronyms(text, out);
    const isOrgWord = (w: string): boolean => this.isOrgWord(w);
    out = typedByKind(possessiveBrands(text, splitAtSlashes(text, splitAtIn(text, out, isOrgWord))));
    out = typedByWordBefore(text, inOrder(out), (w) => this.bits(w), isOrgWord);
    out = this.unseen(text, inOrder(out), blockId);
    out = outsideAddresses(text, celestialPlaces(text, out, blockId));
    out = splitTwoNames(text, out, (w) => (this.bits(w) & (GAZ.FIRST_NAME | GAZ.SURNAME)) !== 0);
    out = withModelNumbers(text, inOrder(out));
    out = typedByEvidence(text, inOrder(out), this.isCountry);
    return listingPlaces(text, inOrder(out), blockId);
  }

  /** Quoted titles, names written with a lower-case first letter, "PG&E" and "Node.js" (`mentions` in text order). */
  private unseen(text: string, mentions: readonly EntityMention[], blockId: number): EntityMention[] {
    const titled = withQuotedTitles(text, mentions, blockId);
    const brands = lowerCaseBrands(text, titled, (w) => (this.bits(w) & GAZ.ORG_NAME) !== 0, blockId);
    return scriptNames(text, ampersandCompanies(text, brands, blockId), blockId);
  }

  private make(m: EntityMention, text: string, start: number, end: number, type: EntityType): EntityMention {
    return { blockId: m.blockId, start, end, text: text.slice(start, end), type };
  }

  /** Mentions grown to whole words and trimmed of spaces and quotes; overlapping ones joined. */
  private wholeWords(text: string, mentions: readonly EntityMention[]): EntityMention[] {
    const grown: EntityMention[] = [];
    // The tagger's mentions come in text order: sorted (a copy) only when they do not.
    for (const m of isInOrder(mentions) ? mentions : [...mentions].sort((a, b) => a.start - b.start)) {
      let { start, end } = m;
      while (start < end && isEdgeAt(text, start)) start++;
      // A final apostrophe may end a word ("Runnin’"): only quotes and brackets go.
      while (end > start && isEdgeAt(text, end - 1) && !/['’]/u.test(charAt(text, end - 1))) end--;
      if (end <= start) continue;
      while (start > 0 && isGlueAt(text, start - 1) && isGlueAt(text, start)) start--;
      while (end < text.length && isGlueAt(text, end) && isGlueAt(text, end - 1)) end++;
      // "&" alone at an edge was glued to nothing: a lone "&" is no name.
      if (!isAsciiAlnum(codeAt(text, start)) && !/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
      const last = grown[grown.length - 1];
      if (last && start < last.end) {
        const type = hasAmpersand(text, last.start, Math.max(end, last.end)) ? 'ORG' : last.type;
        grown[grown.length - 1] = this.make(last, text, last.start, Math.max(end, last.end), type);
        continue;
      }
      const type = m.type === 'PERSON' && hasAmpersand(text, start, end) ? 'ORG' : m.type;
      // The tagger's mention as it was (most are whole words already): no copy of it.
      if (
        start === m.start &&
        end === m.end &&
        type === m.type &&
        m.text.length === end - start &&
        text.startsWith(m.text, start)
      )
        grown.push(m);
      else grown.push(this.make(m, text, start, end, type));
    }
    return grown;
  }

  /**
   * `mentions` with each split at its titles (`splitAtTitle`): the same array when none is
   * (most texts), no array made for each mention.
   */
  private splitAtTitles(text: string, mentions: readonly EntityMention[]): EntityMention[] {
    let out: EntityMention[] | null = null;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i] as EntityMention;
      // One word has no title inside it (most names: no need to cut them into words, nor to
      // look their facts up).
      const split = hasSpace(m.text) ? this.splitAtTitle(text, m) : null;
      if (split === null) {
        if (out !== null) out.push(m);
        continue;
      }
      out ??= mentions.slice(0, i);
      for (const n of split) out.push(n);
    }
    return out ?? unchanged(mentions);
  }

  /**
   * A title inside a mention is outside the person's name after it; what stands before the
   * title is kept when it is one word that is a place or an acronym (or an organisation's
   * name ending in an organisation word), and dropped otherwise ("National Security Adviser").
   * Null when `m` stays as it is.
   */
  private splitAtTitle(text: string, m: EntityMention): EntityMention[] | null {
    const facts = this.facts(m);
    if (facts.tail < 0) facts.tail = this.titleTail(text, m);
    const n = facts.tail;
    if (n === 0) return null;
    const words = wordsIn(text, m.start, m.end);
    // The title's place among the words: `n` words from the end.
    const t = words.length - 1 - n;
    const tail = words.slice(t + 1);
    const first = tail[0] as Word;
    const lastWord = tail[tail.length - 1] as Word;
    if (this.isOrgWord(lastWord.text) || this.isPlace(lastWord.text)) return null;
    // "General" between a name and a common noun is the adjective of an organisation's name,
    // no general's rank ("Leeds General Infirmary", "Portland General Electric"; names46a).
    if (
      m.type === 'ORG' &&
      tail.length === 1 &&
      t > 0 &&
      (words[t] as Word).text === 'General' &&
      (this.bits(lastWord.text) & GAZ.COMMON) !== 0
    )
      return null;
    let ts = t;
    while (ts > 0 && this.isTitle((words[ts - 1] as Word).text)) ts--;
    const honorific = words.slice(ts, t + 1).some((w) => HONORIFICS.has(bare(w.text)));
    const person =
      honorific ||
      m.type === 'PERSON' ||
      tail.length >= 2 ||
      (this.bits(first.text) & GAZ.FIRST_NAME) !== 0 ||
      // A name after a title that follows another name ("CPUC President Batjer").
      ts > 0;
    if (!person || (m.type === 'PLACE' && !honorific)) return null;
    const out: EntityMention[] = [];
    const head = words.slice(0, ts);
    if (head.length > 0) {
      const headStart = (head[0] as Word).start;
      const headEnd = (head[head.length - 1] as Word).end;
      const one = head.length === 1 ? (head[0] as Word).text : '';
      if (one && this.isPlace(one)) out.push(this.make(m, text, headStart, headEnd, 'PLACE'));
      else if (one && isAcronym(one)) out.push(this.make(m, text, headStart, headEnd, 'ORG'));
      else if (this.isOrgWord((head[head.length - 1] as Word).text))
        out.push(this.make(m, text, headStart, headEnd, 'ORG'));
    }
    out.push(this.make(m, text, first.start, lastWord.end, 'PERSON'));
    return out;
  }

  /**
   * How many words from the end of `m` (of several words) the last title inside it stands
   * with one to four capitalised words after it, none of them a title; 0 when none does.
   */
  private titleTail(text: string, m: EntityMention): number {
    // The words read backwards from the end (most names have no title: no need to cut them all).
    let after = lastWordIn(text, m.start, m.end);
    for (let k = 1; after && k <= 4; k++) {
      const w = lastWordIn(text, m.start, after.start);
      if (!w) break;
      // The words after this one: each capitalised and no title (checked as they join the tail).
      if (!(isCapitalisedWord(after.text) || NAME_PARTICLE.test(after.text)) || this.isTitle(after.text)) break;
      if (this.isTitle(w.text)) return k;
      after = w;
    }
    return 0;
  }

  /** "The" first in a sentence is outside a name the article never writes with "The" mid-sentence. */
  private withoutLeadingThe(text: string, mentions: EntityMention[]): EntityMention[] {
    // Most texts have no name starting with "The": nothing to look at then.
    if (!mentions.some((m) => m.text.startsWith('The '))) return mentions;
    // The names the article writes with "The" inside a sentence (as the tagger found them).
    const withThe = new Set<string>();
    for (const m of mentions) if (m.text.startsWith('The ') && !sentenceStart(text, m.start)) withThe.add(m.text);
    return mapped(mentions, (m) =>
      m.text.startsWith('The ') && !withThe.has(m.text) && sentenceStart(text, m.start)
        ? this.make(m, text, m.start + 4, m.end, m.type)
        : m,
    );
  }

  /** `mentions` without the compounds (`withoutCompound`): the same array when there are none. */
  private withoutCompounds(text: string, mentions: readonly EntityMention[]): EntityMention[] {
    let out: EntityMention[] | null = null;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i] as EntityMention;
      const n = this.withoutCompound(text, m);
      if (out === null && n !== m) out = mentions.slice(0, i);
      if (out !== null && n !== null) out.push(n);
    }
    return out ?? unchanged(mentions);
  }

  /**
   * "Texas-based", "U.S.-controlled", "NBA-leading Lakers": a name joined to a lower-case word by
   * a hyphen is no name (null), and a name's first word so joined is cut off it.
   */
  private withoutCompound(text: string, m: EntityMention): EntityMention | null {
    if (charAt(text, m.end) === '-' && /\p{Ll}/u.test(charAt(text, m.end + 1))) return null;
    if (!m.text.includes('-')) return m;
    const words = wordsIn(text, m.start, m.end);
    const first = words[0] as Word;
    if (!COMPOUND.test(first.text)) return m;
    if (words.length === 1) return null;
    return this.make(m, text, (words[1] as Word).start, m.end, m.type);
  }

  /** A weekday or month ending a longer name is not part of it. */
  private withoutTrailingDate(text: string, m: EntityMention): EntityMention {
    // One word (most names): nothing to look up.
    if (!hasSpace(m.text)) return m;
    const facts = this.facts(m);
    // The last word first: most names end in no weekday or month.
    if (facts.date < 0) {
      const lastWord = lastWordIn(text, m.start, m.end);
      facts.date = lastWord && MONTHS_AND_DAYS.has(bare(lastWord.text)) ? 1 : 0;
    }
    if (facts.date === 0) return m;
    const words = wordsIn(text, m.start, m.end);
    if (words.length < 2) return m;
    // And the small words before it ("Senate on Monday").
    let k = words.length - 2;
    while (k > 0 && /^\p{Ll}+$/u.test((words[k] as Word).text)) k--;
    return this.make(m, text, m.start, (words[k] as Word).end, m.type);
  }

  /**
   * "Jan de Vries": a capitalised word and a particle just before a mention that starts with a
   * capital make one person with it (the tagger may read "Jan" as January).
   */
  private particleNames(text: string, mentions: EntityMention[]): EntityMention[] {
    const out: EntityMention[] = [];
    // Whether any name changed: most texts' do not, and keep their array.
    let changed = false;
    for (const m of mentions) {
      if (m.type !== 'PERSON' && this.isParticleName(text, m)) {
        out.push(retype(m, 'PERSON'));
        changed = true;
        continue;
      }
      // Only after a space and a lower-case letter (a particle) is there anything to look at.
      if (codeAt(text, m.start - 1) !== 32 || !isLowerAt(text, m.start - 2)) {
        out.push(m);
        continue;
      }
      const from = Math.max(0, m.start - 40);
      const particle = lastWordIn(text, from, m.start);
      const given = particle && lastWordIn(text, from, particle.start);
      const prev = out[out.length - 1];
      if (
        particle &&
        given &&
        particle.end === m.start - 1 &&
        given.end === particle.start - 1 &&
        NAME_PARTICLES.has(particle.text) &&
        isTitleCaseWord(given.text) &&
        /^\p{Lu}/u.test(m.text) &&
        !(prev && prev.end > given.start && prev.start < given.start) &&
        (m.type === 'PERSON' || (this.bits(given.text) & (GAZ.FIRST_NAME | GAZ.MONTH_DAY)) !== 0)
      ) {
        if (prev && prev.start === given.start) out.pop();
        out.push(this.make(m, text, given.start, m.end, 'PERSON'));
        changed = true;
      } else out.push(m);
    }
    return changed ? out : mentions;
  }

  /**
   * Whether `m` is a listed first name, particles and a capitalised surname ("Jan de Vries",
   * "Ana van der Berg"), not ending in an organisation word: a person, whatever type the
   * tagger gave it (the surname may name a firm elsewhere in the text: "Vries Cargo").
   */
  private isParticleName(text: string, m: EntityMention): boolean {
    if (!m.text.includes(' ')) return false;
    const facts = this.facts(m);
    if (facts.particle < 0) facts.particle = this.particleNameOf(text, m) ? 1 : 0;
    return facts.particle === 1;
  }

  /** `isParticleName` worked out (`m` of two words or more). */
  private particleNameOf(text: string, m: EntityMention): boolean {
    // Its second word is a particle (most names of several words have none: no need to cut them all).
    const first = firstWordIn(text, m.start, m.end);
    if (!first || !NAME_PARTICLES.has(firstWordIn(text, first.end, m.end)?.text ?? '')) return false;
    const words = wordsIn(text, m.start, m.end);
    const given = words[0];
    const last = words[words.length - 1];
    if (!given || !last || words.length < 3 || words.length > 5) return false;
    return (
      isTitleCaseWord(given.text) &&
      (this.bits(given.text) & GAZ.FIRST_NAME) !== 0 &&
      words.slice(1, -1).every((w) => NAME_PARTICLES.has(w.text)) &&
      /^\p{Lu}\p{Ll}/u.test(last.text) &&
      !this.isOrgWord(last.text)
    );
  }

  /**
   * A "person" ending in an organisation word is an organisation; an acronym taken for
   * another name just before a title is an organisation ("NATO Secretary General ...").
   */
  private retyped(text: string, m: EntityMention): EntityMention {
    if (m.type !== 'PERSON' && m.type !== 'OTHER') return m;
    // One word (no space) or several: only a person of several words is cut into them.
    const spaced = hasSpace(m.text);
    if (spaced && m.type === 'PERSON') {
      const facts = this.facts(m);
      if (facts.orgEnd < 0) {
        // Its last word, when a word stands before it (two words or more): no need to cut them all.
        const last = lastWordIn(text, m.start, m.end);
        facts.orgEnd = last && firstWordIn(text, m.start, last.start) && this.isOrgWord(last.text) ? 1 : 0;
      }
      if (facts.orgEnd === 1) return retype(m, 'ORG');
    }
    if (!spaced && m.text.length > 0 && isAcronym(m.text)) {
      const next = wordsIn(text, m.end, Math.min(text.length, m.end + 30))[0];
      if (next && next.start === m.end + 1 && isCapitalisedWord(next.text) && this.isTitle(next.text))
        return retype(m, this.isPlace(m.text) ? 'PLACE' : 'ORG');
    }
    return m;
  }

  /**
   * `isOffice`: a person's name of several words is one by its own words alone (its last
   * word an office), kept by the name's text.
   */
  private isOfficeName(text: string, m: EntityMention, isTitle: (word: string) => boolean): boolean {
    if (m.type !== 'PERSON' || !hasSpace(m.text)) return isOffice(text, m, isTitle);
    const facts = this.facts(m);
    if (facts.office < 0) facts.office = isOffice(text, m, isTitle) ? 1 : 0;
    return facts.office === 1;
  }

  /**
   * "Dow [Jones] Industrial Average", "National [Football] League": two names with one
   * capitalised word between them, and nothing else, are one name (not a person's: a title
   * stands between names there; in a Title Case line only after a lone "The"). It is an organisation when its last part is one or ends in
   * an organisation word; else it takes the longer part's type.
   */
  private joinedAcrossOneWord(text: string, mentions: EntityMention[]): EntityMention[] {
    const out: EntityMention[] = [];
    // Whether two names were joined: most texts' are not, and keep their array.
    let changed = false;
    for (const m of mentions) {
      const prev = out[out.length - 1];
      if (prev && prev.type !== 'PERSON' && m.type !== 'PERSON' && m.start - prev.end <= 40) {
        const gap = text.slice(prev.end, m.start);
        const w = gap.slice(1, -1);
        if (
          gap === ` ${w} ` &&
          isTitleCaseWord(w) &&
          !MONTHS_AND_DAYS.has(w.toLowerCase()) &&
          !this.isTitle(w) &&
          // A lone "The" is no name: it starts the one after ("The [New] York Times").
          (prev.text === 'The' || !inTitleCaseLine(text, prev.start, m.end))
        ) {
          const last = lastWordIn(text, m.start, m.end);
          const type =
            m.type === 'ORG' || (last && this.isOrgWord(last.text))
              ? 'ORG'
              : m.end - m.start >= prev.end - prev.start
                ? m.type
                : prev.type;
          out[out.length - 1] = this.make(m, text, prev.start, m.end, type);
          changed = true;
          continue;
        }
      }
      out.push(m);
    }
    return changed ? out : mentions;
  }

  /**
   * An acronym spelled out just before it ("Centers for Disease Control (CDC)", "Maghawir
   * al Thawra, or MaT") has the spelled-out name's type everywhere in the text, and is a
   * name wherever it stands as a word.
   */
  private spelledOutAcronyms(text: string, mentions: EntityMention[]): EntityMention[] {
    const types = new Map<string, EntityType>();
    for (const m of mentions) {
      // Only a name followed by " (" or ", or " (most are not: no slice of the text).
      const c = codeAt(text, m.end);
      if (!(c === 32 && codeAt(text, m.end + 1) === 40) && !(c === 44 && text.startsWith(', or ', m.end))) continue;
      const after = text.slice(m.end, m.end + 16);
      const acronym = after.startsWith(' (')
        ? after.slice(2).split(')')[0]
        : after.startsWith(', or ')
          ? (after.slice(5).split(/[\s,.;:)]/u)[0] ?? '')
          : '';
      if (!acronym || this.isPlace(acronym)) continue;
      const initial = m.text.replace(/^The /u, '').charAt(0);
      if (initial !== charAt(acronym, 0) || m.text === acronym) continue;
      // An organisation's acronym; a law's or a scheme's, and one written as a word ("Knut"),
      // only when its letters are the name's initials, each in turn ("Personal Data
      // Protection Act (PDPA)", "Kenya National Union of Teachers (Knut)").
      // An OTHER name only when it ends in a law's or a scheme's word (the tagger's OTHER on
      // a body, "Industrial Light & Magic", is no type to copy).
      const initials = isInitialsOf(acronym, m.text);
      if (!initials && !(m.type === 'ORG' && isAcronym(acronym))) continue;
      if (m.type === 'OTHER' && !(initials && LAW_LAST_WORD.test(m.text))) continue;
      if ((m.type === 'ORG' || m.type === 'OTHER') && !types.has(acronym)) types.set(acronym, m.type);
    }
    if (types.size === 0) return mentions;
    // A new array, pushed to (not `mentions.map`: optimised, that gives a holey array, and the
    // passes after this one, compiled for the packed arrays the others give, deoptimise on it).
    const out: EntityMention[] = [];
    for (const m of mentions) {
      const type = types.get(m.text);
      out.push(type ? retype(m, type) : m);
    }
    const blockId = mentions[0]?.blockId ?? 0;
    // Where names are already (one pass over the text for all the acronyms, a few of them).
    const covered = new Uint8Array(text.length + 1);
    for (const m of out) covered.fill(1, m.start, m.end);
    for (const w of occurrences(text, new Set(types.keys()))) {
      if (covered[w.start]) continue;
      out.push({ blockId, start: w.start, end: w.end, text: w.text, type: types.get(w.text) ?? 'ORG' });
    }
    return out;
  }
}

/**
 * Whether `acronym` (2 to 8 letters, the first a capital: "PDPA", "Knut") is the initials of
 * `name`'s capitalised words in turn, a leading "The" left out ("Kenya National Union of
 * Teachers" → KNUT; "Atacama Large Millimeter/submillimeter Array" → ALMA).
 */
export function isInitialsOf(acronym: string, name: string): boolean {
  if (acronym.length < 2 || acronym.length > 8) return false;
  let k = 0;
  let word = true;
  for (let i = name.startsWith('The ') ? 4 : 0; i < name.length; i++) {
    const c = charAt(name, i);
    if (c === ' ') {
      word = true;
      continue;
    }
    if (!word) continue;
    word = false;
    // A lower-case word ("of", "and") has no letter in the acronym.
    if (c === c.toLowerCase()) continue;
    if (k >= acronym.length || charAt(acronym, k).toUpperCase() !== c) return false;
    k++;
  }
  if (k !== acronym.length) return false;
  // Letters only, the first a capital, the rest all capitals or all lower case.
  return INITIALS_WORD.test(acronym);
}

/** The last word of a law's, a treaty's or a public scheme's name ("Personal Data Protection Act"). */
const LAW_LAST_WORD =
  / (?:Act|Bill|Law|Code|Regulations?|Treaty|Agreement|Accord|Convention|Compact|Scheme|Programme|Program|Policy|Plan|Strategy|Initiative)$/u;

/** An acronym as initials: a capital, then capitals only or lower-case letters only. */
const INITIALS_WORD = /^\p{Lu}(?:\p{Lu}+|\p{Ll}+)$/u;

/** Whether `mentions` are in text order (by start). */
function isInOrder(mentions: readonly EntityMention[]): boolean {
  for (let i = 1; i < mentions.length; i++)
    if ((mentions[i] as EntityMention).start < (mentions[i - 1] as EntityMention).start) return false;
  return true;
}

/** Whether `text` has an "&" between `start` and `end` (`text.slice(start, end).includes('&')`, without the copy). */
function hasAmpersand(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (codeAt(text, i) === 38) return true;
  return false;
}

/**
 * `mentions` sorted in text order (in place): most often they are in order already, which one
 * look tells (a stable sort would leave them as they are).
 */
function inOrder(mentions: EntityMention[]): EntityMention[] {
  for (let i = 1; i < mentions.length; i++)
    if ((mentions[i] as EntityMention).start < (mentions[i - 1] as EntityMention).start)
      return mentions.sort((a, b) => a.start - b.start);
  return mentions;
}
