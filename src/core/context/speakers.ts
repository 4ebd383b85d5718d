/**
 * Who a speaker phrase is. A name is the entity it belongs to (by its canonical, fullest name;
 * a surname the recogniser missed is looked up among the article's capitalised names); "he",
 * "she" point back to the nearest fitting person (the subject of the sentence first, then the
 * sentences before, up to a few paragraphs back); "they" and "it" to the last organisation or
 * group that spoke; a definite description ("the company", "the minister", "the doctor", "the
 * 56-year-old") to the entity it stands for when the article makes that plain; any other
 * description ("a spokesperson for the company", "two people familiar with the matter") is the
 * speaker as written.
 */
import type { Entity } from '../types';
import { DETERMINERS, FEMALE_NAMES, MALE_NAMES, NP_PREPOSITIONS, ROLE_HEADS } from './lexicon';
import { sentenceAt, type Para, type Tok } from './paragraphs';
import { isPossessive, phraseText, pronounOf, type Phrase } from './phrases';
import {
  HONORIFIC_GENDER,
  LETTER,
  NAME_JOINERS,
  NOBODY,
  POSSESSIVE_PRONOUNS,
  STATE_NOUNS,
  anchorKey,
  capitalisedBefore,
  headIndex,
  headOf,
  initialsOf,
  lastMentionBefore,
  nameHas,
  pointsAtNoOne,
  antecedentStart,
  undotted,
} from './speaker-words';

/** Nouns of a document or a data source: its owner is the source ("The Wrap’s report"). */
export const DOCUMENT_NOUNS = new Set(
  'data figures report reports statement documents records estimates numbers statistics survey analysis filing filings reporting study'.split(
    ' ',
  ),
);

export interface ResolvedSpeaker {
  name: string;
  entity?: Entity;
  /** A name (an entity, or capitalised words the recogniser missed), not a description. */
  named?: boolean;
  /** The phrase that names the speaker at this quote. */
  para: Para;
  phrase: Phrase;
  /** The head noun the article used, when the phrase is not it ("a report in the Argus Leader"). */
  head?: string;
  /** Whom a possessive determiner points back to: "its hydrologists" after "The Weather Service expects…". */
  owner?: Entity;
}

/** How far back a pronoun looks: paragraphs, and sentences in all. */
const PRONOUN_PARAGRAPHS = 3;
const PRONOUN_SENTENCES = 8;
const PRONOUN_TOKENS = 300;
/** How far back "they", "it" or "the company" look for an organisation that spoke. */
const GROUP_PARAGRAPHS = 6;

const ORG_NOUNS = new Set(
  'company firm group agency label club ministry department organisation organization band team network studio bank office commission authority government administration party union board council university hospital carrier airline retailer maker manufacturer publisher newspaper paper site outlet platform startup league federation association charity foundation institute service utility'.split(
    ' ',
  ),
);

interface Spoken {
  key: string;
  name: string;
  entity?: Entity;
  named: boolean;
  head: string;
  plural: boolean;
  para: number;
}

/**
 * How many paragraphs the resolver keeps: the furthest any lookup reaches back. The article
 * is read paragraph by paragraph and older paragraphs are let go, so their tokens die young.
 */
export const WINDOW = Math.max(PRONOUN_PARAGRAPHS, GROUP_PARAGRAPHS) + 1;

export class SpeakerResolver {
  private readonly recent: Spoken[] = [];
  /** Genders the article gives (by an honorific). */
  private readonly genders = new Map<Entity, 'f' | 'm'>();
  /** The person who speaks in a sentence, by paragraph and sentence. */
  private readonly anchors = new Map<number, Entity>();
  /** The last `WINDOW` paragraphs read, by their index modulo WINDOW. */
  private readonly window: (Para | undefined)[] = new Array<Para | undefined>(WINDOW);
  /** Capitalised names of the article by their last word: a missed surname's full name. */
  private readonly names = new Map<string, { text: string; start: number; length: number }>();
  private readonly byWord = new Map<string, Entity | null>();
  /** The people given a role with each word so far ("suspect" -> Michael Webb). */
  private readonly holders = new Map<string, Set<Entity>>();
  /** Every lower-case word of the entities' names ("ministry" of "Interior Ministry"). */
  private readonly nameWords = new Set<string>();
  /** Organisations by their initials ("World Health Organization" -> WHO); "~" + a run of them. */
  private readonly initials = new Map<string, Entity>();
  /** Capitalised names of the text by their initials, likewise. */
  private readonly nameInitials = new Map<string, { text: string; start: number; length: number }>();

  constructor(
    entities: readonly Entity[],
    private readonly roleOf: (e: Entity) => readonly string[],
  ) {
    for (const e of entities) {
      for (const w of e.name.toLowerCase().split(/\s+/u)) this.nameWords.add(w);
      // "US" of "United States" too: a country speaks through its government.
      if (e.type === 'PLACE') {
        const letters = initialsOf(e.name);
        if (letters.length >= 2 && letters.length <= 4 && !this.initials.has(letters)) this.initials.set(letters, e);
      }
      if (e.type === 'ORG') {
        const letters = initialsOf(e.name);
        if (letters.length >= 2 && letters.length <= 10) {
          if (!this.initials.has(letters)) this.initials.set(letters, e);
          for (let a = 0; a < letters.length; a++)
            for (let b = a + 3; b <= letters.length; b++) {
              const part = `~${letters.slice(a, b)}`;
              if (!this.initials.has(part)) this.initials.set(part, e);
            }
        }
      }
      if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
      for (const w of e.name.toLowerCase().split(/\s+/u)) {
        if (w.length < 2) continue;
        const had = this.byWord.get(w);
        this.byWord.set(w, had === undefined || had === e ? e : null);
      }
    }
  }

  /** "f" or "m" when the article or the first name tells; undefined when neither does. */
  genderOf(e: Entity): 'f' | 'm' | undefined {
    const said = this.genders.get(e);
    if (said) return said;
    const first = e.name.split(' ')[0]?.toLowerCase() ?? '';
    const f = FEMALE_NAMES.has(first);
    const m = MALE_NAMES.has(first);
    return f === m ? undefined : f ? 'f' : 'm';
  }

  /** Takes the next paragraph: it joins the window, and its capitalised names the index. */
  add(p: Para): void {
    this.window[p.index % WINDOW] = p;
    // "Mr. Trump", "Ms. Omar": the honorific tells.
    for (const ref of p.mentions) {
      const before = p.toks[ref.t0 - 1]?.lower;
      const g = before && HONORIFIC_GENDER.get(before.replace(/\.$/u, ''));
      if (g && ref.entity.type === 'PERSON' && !this.genders.has(ref.entity)) this.genders.set(ref.entity, g);
    }
    let i = 0;
    const toks = p.toks;
    while (i < toks.length) {
      if (!(toks[i] as Tok).cap) {
        i++;
        continue;
      }
      // Capitalised words, with "of", "for", "and", "the" between them ("Centers for Disease
      // Control and Prevention").
      let j = i;
      let last = i;
      while (j < toks.length && j - i < 8) {
        const t = toks[j] as Tok;
        if (t.cap && t.word) last = j;
        else if (!(NAME_JOINERS.has(t.lower) && (toks[j + 1] as Tok | undefined)?.cap)) break;
        j++;
      }
      const words = last - i + 1;
      if (words >= 2) {
        const end = toks[last] as Tok;
        const start = (toks[i] as Tok).start;
        const length = end.end - start;
        const had = this.names.get(end.lower);
        // The paragraph's text, not the paragraph: its tokens are let go with it.
        const name = { text: p.text, start, length };
        if (!had || had.length < length) this.names.set(end.lower, name);
        const initials = initialsOf(p.text.slice(start, end.end));
        if (words >= 3) this.addInitials(initials, name);
        // "LN" of "Live Nation": two words give their initials only, never a run of them.
        else if (!this.nameInitials.has(initials)) this.nameInitials.set(initials, name);
      }
      i = Math.max(last + 1, i + 1);
    }
  }

  /** An acronym's full name by its initials, and by runs of three or more of them ("CDC" of CCDCP). */
  private addInitials(initials: string, name: { text: string; start: number; length: number }): void {
    if (initials.length < 2 || initials.length > 10) return;
    if (!this.nameInitials.has(initials)) this.nameInitials.set(initials, name);
    for (let a = 0; a < initials.length; a++)
      for (let b = a + 3; b <= initials.length; b++) {
        const part = initials.slice(a, b);
        if (part !== initials && !this.nameInitials.has(`~${part}`)) this.nameInitials.set(`~${part}`, name);
      }
  }

  /** The longest capitalised name read so far that ends with `word`. */
  private nameEndingIn(word: string): string | undefined {
    const n = this.names.get(word);
    return n ? n.text.slice(n.start, n.start + n.length) : undefined;
  }

  /** Paragraph `k` when it is still in the window. */
  private paraAt(k: number): Para | undefined {
    const p = this.window[k % WINDOW];
    return p && p.index === k ? p : undefined;
  }

  /** Notes who spoke, for later pronouns and descriptions. */
  remember(s: ResolvedSpeaker): void {
    const head = s.head ?? headOf(s.para, s.phrase);
    const key = s.entity ? `e${s.entity.id}` : s.name.toLowerCase();
    const plural = !s.entity && !s.named && head.endsWith('s') && !head.endsWith('ss');
    const spoken: Spoken = { key, name: s.name, head, plural, named: !!s.named, para: s.para.index };
    if (s.entity) spoken.entity = s.entity;
    this.recent.push(spoken);
    if (this.recent.length > 32) this.recent.shift();
    // A person who speaks is the subject of their sentence: "she said … She also accused".
    if (s.entity?.type === 'PERSON') {
      const key2 = anchorKey(s.para.index, sentenceAt(s.para, s.phrase.t0));
      if (!this.anchors.has(key2)) this.anchors.set(key2, s.entity);
    }
  }

  /** The speaker a phrase names, or null when it names none that Lede can tell. */
  resolve(p: Para, ph: Phrase): ResolvedSpeaker | null {
    const toks = p.toks;
    const first = toks[ph.t0] as Tok;
    const pronoun = ph.t1 - ph.t0 === 1 ? pronounOf(first) : undefined;
    // "we", "I" and "you" name no one the article can tell ("until you've found one").
    if (pronoun === 'we' || pronoun === 'i' || pronoun === 'you') return null;
    // "No one bothered mentioning that …": nobody said it.
    if (NOBODY.has(first.lower)) return null;
    // "That’s how it works, they said": "that’s" is "that is", not a speaker.
    if (pointsAtNoOne(p, ph)) return null;
    if (pronoun) return this.pronoun(p, ph, pronoun);
    // "Those who stayed said": the words after "who" are no speaker; the people before it are.
    if ((toks[ph.t0 - 1] as Tok | undefined)?.lower === 'who' && p.mentionOf[ph.t0] === -1) {
      const t0 = antecedentStart(p, ph.t0 - 1);
      return t0 < 0 ? null : { name: phraseText(p, { t0, t1: ph.t1 }), para: p, phrase: { t0, t1: ph.t1 } };
    }
    const head = headIndex(p, ph);
    const m = p.mentionOf[head] as number;
    const ref = m >= 0 ? p.mentions[m] : undefined;
    // "Nadia Cruz’s office": the possessor is not the speaker, the office is; but "The Wrap’s
    // report" is The Wrap's word.
    if (ref && !isPossessive(toks[ref.t1])) {
      const e = this.fuller(ref.entity);
      const name = e === ref.entity ? (this.acronymName(e.name) ?? e.name) : e.name;
      return { name, entity: e, named: true, para: p, phrase: ph };
    }
    const headTok = toks[head] as Tok;
    if (!ref && DOCUMENT_NOUNS.has(headTok.lower) && isPossessive(toks[head - 1])) {
      const owner = p.mentionOf[head - 2] as number;
      const o = owner >= 0 ? p.mentions[owner] : undefined;
      if (o) return { name: o.entity.name, entity: o.entity, named: true, para: p, phrase: ph };
    }
    const text = phraseText(p, ph);
    // A capitalised name the recogniser did not tag ("Lopez said", "the Chinese CDC").
    if (!ref && headTok.cap && (ph.t1 - ph.t0 <= 3 || head === ph.t0)) {
      let allCap = true;
      for (let i = ph.t0; i <= head; i++)
        if (!(toks[i] as Tok).cap && !DETERMINERS.has((toks[i] as Tok).lower)) allCap = false;
      if (allCap) {
        const word = headTok.lower;
        const e = this.byWord.get(word) ?? this.acronym(p.text.slice(headTok.start, headTok.end));
        if (e) return { name: e.name, entity: e, named: true, para: p, phrase: ph };
        const acronym = this.acronymName(p.text.slice(headTok.start, headTok.end));
        return { name: acronym ?? this.nameEndingIn(word) ?? text, named: true, para: p, phrase: ph };
      }
    }
    if (DETERMINERS.has(first.lower) && (first.lower === 'the' || first.lower === 'this')) {
      const definite = this.definite(p, ph);
      if (definite) return definite;
    }
    // "Its hydrologists said": the hydrologists of whoever "its" points back to.
    const possessive = ph.t1 - ph.t0 > 1 ? POSSESSIVE_PRONOUNS.get(first.lower) : undefined;
    if (possessive) {
      const owner = this.ownerOf(p, ph.t0, possessive);
      if (owner) return { name: text, owner, para: p, phrase: ph };
    }
    return { name: text, para: p, phrase: ph };
  }

  /**
   * Whom "his", "her", "its" or "their" at token `at` points back to: the nearest fitting subject
   * (a person of that gender; an organisation or a country for "its"; an organisation for "their").
   */
  private ownerOf(p: Para, at: number, pronoun: string): Entity | null {
    if (pronoun === 'he' || pronoun === 'she') return this.nearestSubject(p, at, this.personFor(pronoun));
    return this.nearestSubject(p, at, (x) => x.type === 'ORG' || (pronoun === 'it' && x.type === 'PLACE'));
  }

  /** An entity named by an acronym the recogniser did not join to its full name ("CDC"). */
  private fuller(e: Entity): Entity {
    const bare = undotted(e.name);
    if (!/^\p{Lu}{2,6}$/u.test(bare)) return e;
    return this.acronym(bare) ?? e;
  }

  /** The organisation an all-capitals word abbreviates ("WHO", "CDC"), when one does. */
  private acronym(word: string): Entity | undefined {
    if (!/^\p{Lu}{2,6}$/u.test(word)) return undefined;
    return this.initials.get(word) ?? (word.length >= 3 ? this.initials.get(`~${word}`) : undefined);
  }

  /** The full name of the text that an all-capitals word abbreviates, when no entity does. */
  private acronymName(word: string): string | undefined {
    if (!/^\p{Lu}{2,6}$/u.test(word)) return undefined;
    const n = this.nameInitials.get(word) ?? (word.length >= 3 ? this.nameInitials.get(`~${word}`) : undefined);
    return n ? n.text.slice(n.start, n.start + n.length) : undefined;
  }

  /** "the company", "the minister", "the doctor", "the 56-year-old". */
  private definite(p: Para, ph: Phrase): ResolvedSpeaker | null {
    const head = headOf(p, ph);
    if (ph.t1 - ph.t0 > 4) return null;
    // "the ministry" after "the Interior Ministry": a name that holds the noun.
    if (head.length > 2 && this.nameWords.has(head)) {
      const named = this.nearestMention(p, ph.t0, (e) => e.type !== 'PERSON' && nameHas(e, head), GROUP_PARAGRAPHS);
      if (named) return { name: named.name, entity: named, named: true, para: p, phrase: ph };
    }
    // "the Jordanian government": a country's government, not the last organisation that spoke.
    if (STATE_NOUNS.has(head) && capitalisedBefore(p, ph)) return { name: phraseText(p, ph), para: p, phrase: ph };
    if (ORG_NOUNS.has(head)) {
      for (let k = this.recent.length - 1; k >= 0; k--) {
        const r = this.recent[k] as Spoken;
        if (p.index - r.para > GROUP_PARAGRAPHS) break;
        if (r.entity?.type === 'ORG') return { name: r.name, entity: r.entity, named: true, para: p, phrase: ph };
        if (r.named && !r.entity) return { name: r.name, named: true, para: p, phrase: ph };
      }
      const org = this.nearestMention(p, ph.t0, (e) => e.type === 'ORG', GROUP_PARAGRAPHS);
      if (org) return { name: org.name, entity: org, named: true, para: p, phrase: ph };
    }
    // An unnamed source described before ("A doctor on the scene … the doctor said").
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const r = this.recent[k] as Spoken;
      if (!r.entity && r.head === head) return { name: r.name, para: p, phrase: ph };
    }
    if (/^\d+-year-old$/u.test(head)) {
      const e = this.nearestMention(p, ph.t0, (x) => x.type === 'PERSON', PRONOUN_PARAGRAPHS);
      if (e) return { name: e.name, entity: e, para: p, phrase: ph };
    }
    // "the researchers", "the officials": a group, not one person.
    if (ROLE_HEADS.has(head) && !ORG_NOUNS.has(head) && !(head.endsWith('s') && !head.endsWith('ss'))) {
      const e = this.nearestMention(
        p,
        ph.t0,
        (x) =>
          this.roleOf(x).some((r) =>
            r
              .toLowerCase()
              .split(/[\s-]+/u)
              .includes(head),
          ),
        GROUP_PARAGRAPHS,
      );
      if (e) return { name: e.name, entity: e, para: p, phrase: ph };
      // "The suspect said" paragraphs after "The suspect, Michael Webb,": the one person with the role.
      const holder = this.onlyHolder(head);
      if (holder) return { name: holder.name, entity: holder, para: p, phrase: ph };
      // "the singer and guitarist told the audience": the person the story is about just then.
      if (!ORG_NOUNS.has(head)) {
        const person = this.nearestPerson(p, ph.t0);
        if (person) return { name: person.name, entity: person, para: p, phrase: ph };
      }
    }
    return null;
  }

  /** Notes a role the article gives an entity: "the suspect said", paragraphs on, is its holder's. */
  noteRole(e: Entity, text: string): void {
    if (e.type !== 'PERSON') return;
    // The role's noun, before its complement: "minister" of "Interior Minister", "director" of
    // "deputy director of …"; not "union" of "Union leader".
    const words = text.toLowerCase().split(/[\s-]+/u);
    const of = words.findIndex((w, i) => i > 0 && NP_PREPOSITIONS.has(w));
    const head = words[(of > 0 ? of : words.length) - 1];
    if (!head) return;
    const set = this.holders.get(head);
    if (set) set.add(e);
    else this.holders.set(head, new Set([e]));
  }

  /** The one person of the article given a role with this noun so far, if only one is. */
  private onlyHolder(head: string): Entity | null {
    const set = this.holders.get(head);
    return set && set.size === 1 ? ([...set][0] ?? null) : null;
  }

  /** The people "he" or "she" may stand for: a name that starts with a letter ("&T" of a cut "AT&T" is none). */
  private personFor(word: 'he' | 'she'): (x: Entity) => boolean {
    const not = word === 'he' ? 'f' : 'm';
    return (x) => x.type === 'PERSON' && this.genderOf(x) !== not && LETTER.test(x.name);
  }

  private pronoun(p: Para, ph: Phrase, word: string): ResolvedSpeaker | null {
    if (word === 'he' || word === 'she') {
      const e = this.nearestSubject(p, ph.t0, this.personFor(word));
      return e ? { name: e.name, entity: e, para: p, phrase: ph } : null;
    }
    // "they", "it": the last organisation or group that spoke, else the nearest organisation.
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const r = this.recent[k] as Spoken;
      if (p.index - r.para > GROUP_PARAGRAPHS) break;
      if (r.entity?.type === 'PERSON') continue;
      if (word === 'they' && !r.named && !r.plural) continue;
      if (word === 'it' && !r.named && r.plural) continue;
      const out: ResolvedSpeaker = { name: r.name, named: r.named, para: p, phrase: ph };
      if (r.entity) out.entity = r.entity;
      return out;
    }
    const org = this.nearestSubject(p, ph.t0, (e) => e.type === 'ORG');
    return org ? { name: org.name, entity: org, para: p, phrase: ph } : null;
  }

  /**
   * The person "he" or "she" at token `at` points back to: in this sentence before it, then
   * sentence by sentence backwards; in each, the first person named outside a quotation
   * (the subject, as news writes it), a possessive ("McDonald’s cameo") only when there is no
   * other.
   */
  private nearestPerson(p: Para, at: number): Entity | null {
    return this.nearestSubject(p, at, (e) => e.type === 'PERSON');
  }

  /** The entity `fits` accepts that a pronoun at `at` points back to (see `nearestPerson`). */
  private nearestSubject(p: Para, at: number, fits: (e: Entity) => boolean): Entity | null {
    let seen = 0;
    // Tokens looked at in all: a pronoun never reads more than this far back.
    let budget = PRONOUN_TOKENS;
    for (let k = p.index; k >= 0 && p.index - k <= PRONOUN_PARAGRAPHS; k--) {
      const para = this.paraAt(k);
      if (!para) break;
      const si0 = k === p.index ? sentenceAt(para, at) : para.sentences.length - 1;
      for (let si = si0; si >= 0 && seen < PRONOUN_SENTENCES; si--, seen++) {
        const s = para.sentences[si];
        if (!s) continue;
        const end = k === p.index && si === si0 ? at : s.t1;
        const anchored = k === p.index && si === si0 ? undefined : this.anchors.get(anchorKey(k, si));
        if (anchored && fits(anchored)) return anchored;
        let possessive: Entity | null = null;
        const from = Math.max(s.t0, end - budget);
        budget -= end - from;
        for (let t = from; t < end; t++) {
          const m = para.mentionOf[t] as number;
          if (m < 0 || para.quoteOf[t] !== -1) continue;
          const ref = para.mentions[m];
          if (!ref || ref.t0 !== t || !fits(ref.entity)) continue;
          // A possessive opening the sentence is its topic ("Taylor Swift's first six albums…").
          if (isPossessive(para.toks[ref.t1]) && t !== s.t0) possessive ??= ref.entity;
          else return ref.entity;
        }
        if (possessive) return possessive;
        if (budget <= 0) return null;
      }
    }
    return null;
  }

  /** The nearest mention before token `at` (this paragraph, then back) of an entity `fits` accepts. */
  private nearestMention(p: Para, at: number, fits: (e: Entity) => boolean, paragraphs: number): Entity | null {
    for (let k = p.index; k >= 0 && p.index - k <= paragraphs; k--) {
      const para = this.paraAt(k);
      if (!para) break;
      const end = k === p.index ? at : para.toks.length;
      // From the last mention before `end`, at most a few dozen back.
      let mi = lastMentionBefore(para, end);
      for (let n = 0; mi >= 0 && n < 40; mi--, n++) {
        const ref = para.mentions[mi];
        if (ref && fits(ref.entity)) return ref.entity;
      }
    }
    return null;
  }
}
