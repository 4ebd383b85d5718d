/**
 * Who is who: the role or description the article gives each person and organisation, as
 * `eval/gold/guidelines/quotes-roles.md` defines it. Read around each mention of a name:
 *
 * - a title or description before it, ending in a role noun: "South Dakota Gov." Kristi Noem,
 *   "Barcelona soccer player" Gerard Pique, the "chemicals maker" BASF, "Secretary of State"
 *   Mike Pompeo; a plural one is everyone's in the list it opens ("founding members" Tom
 *   Johnston, Michael McDonald and John McFee), also after a colon or "including";
 * - an appositive after it: Jan de Vries, "chief executive of the Rotterdam logistics firm";
 *   Kosmos, "a group co-founded by…"; "both professors at…" is the role of both names before;
 * - a description before it, set off by a comma: "one of the study authors", Owen Dempsey;
 * - a parenthetical affiliation: Ilhan Omar ("D-Minn."), McKinley, "R-W.Va.";
 * - a copular or relative description: Hege "is the CEO of DH"; Claure, "who is also an
 *   executive at SoftBank".
 *
 * Not roles: honorifics (Mr., Dr.), a nationality or an adjective alone, ages, evaluations
 * ("Wall Street darling", "the most popular Democrat"), what someone did in the story.
 */
import type { Entity } from '../types';
import {
  ARTICLES,
  CLAUSE_OPENERS,
  DETERMINERS,
  FINITE,
  HONORIFICS,
  NOT_MODIFIERS,
  PREPOSITIONS,
  TITLES,
  cueLemma,
} from './lexicon';
import { sentenceAt, type MentionRef, type Para, type Tok } from './paragraphs';
import { isFiniteAt, isPossessive } from './phrases';
import {
  MAX_LIST,
  PARTY_MEMBERS,
  copulaAt,
  cutAtAnd,
  cutAtTime,
  descriptionBefore,
  hasRoleHead,
  headBeforePreposition,
  isClosedName,
  isPersonAt,
  isPlural,
  isRoleHead,
  listBefore,
} from './role-phrases';
import { PERSON_TITLES, afterAccordingTo, endsFrontedPhrase, titleInside } from './role-names';

export interface FoundRole {
  entity: Entity;
  para: Para;
  /** Character offsets of the role phrase in the paragraph. */
  start: number;
  end: number;
}

/** Lower-case words before a role noun that are not role words themselves ("soccer", "ad"). */
const MAX_LOOSE_MODIFIERS = 3;
const MAX_TITLE_TOKENS = 9;
const MAX_APPOSITIVE_TOKENS = 26;
/** Heads that make a team of a place ("defending champion Croatia"). */
const TEAM_HEADS = new Set(['champion', 'champions', 'hosts', 'side', 'team', 'runner-up', 'holders']);
/** Determiners an appositive may open with; the first four are left out of the role's span. */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'both', 'his', 'her', 'its', 'their', 'one', 'all', 'another']);
const DROPPED_OPENERS = new Set(['a', 'an', 'the', 'both', 'all']);
/** -ing and -ed words that do sit in a role phrase ("defending champion", "founding members"). */
const PARTICIPLE_MODIFIERS = new Set(
  'defending founding leading ruling governing reigning acting managing presiding retired elected appointed designated embattled outgoing incoming ranking winning'.split(
    ' ',
  ),
);
/** Verbs that give someone a role: after them a role needs no article ("named new chief"). */
const GIVEN_ROLE = new Set(['named', 'appointed', 'elected']);
/** Positions in a team, a role only after the team's name. */
const POSITIONS = new Set([
  'center',
  'centre',
  'guard',
  'tackle',
  'safety',
  'cornerback',
  'end',
  'wing',
  'fullback',
  'great',
]);
/** The first words of a two-word position ending in "back". */
const BACKS = new Set(['running', 'defensive', 'half', 'full', 'quarter']);
/** Possessive determiners: whose the role is ("its largest investor"). */
const OWNERS = new Set(['its', 'his', 'her', 'their']);
const SUPERLATIVES = new Set(['most', 'best', 'worst', 'least', 'biggest', 'greatest', 'largest']);

/** May this entity take a role with this head? People and organisations; places only as teams. */
function takesRole(e: Entity, head: string): boolean {
  if (e.type === 'PERSON' || e.type === 'ORG') return true;
  // A team is a place to the recogniser ("defending champion Croatia"); a person's title makes
  // a person of a name it took for something else ("Senator Warren").
  return (e.type === 'PLACE' && TEAM_HEADS.has(head)) || PERSON_TITLES.has(head);
}

/**
 * The title or description before token `i` (the token just before a name), as a token range,
 * or null: its last word is a role noun ("Secretary of State" and "Minister for Foreign
 * Affairs" end in the office's complement).
 */
function titleBefore(p: Para, i: number, sentenceStart: number): { t0: number; t1: number; head: string } | null {
  const toks = p.toks;
  let h = i;
  let head = toks[h];
  if (!head || !head.word || p.mentionOf[h] !== -1) return null;
  // "Secretary of State", "Minister for Foreign Affairs": up to three capitalised words after of/for.
  if (!isRoleHead(head.lower) && head.cap) {
    let k = h;
    while (k > i - 3 && (toks[k] as Tok | undefined)?.cap) k--;
    const of = toks[k];
    const title = toks[k - 1];
    if (of && title && (of.lower === 'of' || of.lower === 'for') && TITLES.has(title.lower) && title.cap) {
      h = k - 1;
      head = title;
    } else return null;
  }
  // "running back", "defensive back": a position of two words.
  const compound = head.lower === 'back' && BACKS.has(toks[h - 1]?.lower ?? '');
  // "Pittsburgh center Maurkice Pouncey": a position after a team's name.
  const position = POSITIONS.has(head.lower) && (p.mentionOf[h - 1] ?? -1) >= 0 && !isPersonAt(p, h - 1);
  if (!isRoleHead(head.lower) && !compound && !position) return null;
  let j = compound ? h - 2 : h - 1;
  let loose = 0;
  const floor = Math.max(sentenceStart, i - MAX_TITLE_TOKENS);
  while (j >= floor) {
    const t = toks[j] as Tok;
    const m = p.mentionOf[j] as number;
    if (m >= 0) {
      const ref = p.mentions[m] as MentionRef;
      if (ref.entity.type === 'PERSON' || ref.t0 < floor) break;
      j = ref.t0 - 1;
      continue;
    }
    if (isPossessive(t)) {
      // "Austria's interior minister", "Spurs' star players"; not "Chris Pine's Captain".
      const owner = toks[j - 1];
      const om = p.mentionOf[j - 1] as number;
      if (!owner || !owner.word || (om >= 0 && p.mentions[om]?.entity.type === 'PERSON')) break;
      j--;
      continue;
    }
    if (!t.word) break;
    const lower = t.lower;
    if (DETERMINERS.has(lower) || ARTICLES.has(lower) || PREPOSITIONS.has(lower) || CLAUSE_OPENERS.has(lower)) {
      // "Secretary of State" inside a title, never at its edge.
      if (
        (lower === 'of' || lower === 'for' || lower === 'and' || lower === '&') &&
        toks[j - 1]?.cap &&
        !isPersonAt(p, j - 1) &&
        toks[j + 1]?.cap
      ) {
        j--;
        continue;
      }
      break;
    }
    if (NOT_MODIFIERS.has(lower) || FINITE.has(lower) || cueLemma(lower) || HONORIFICS.has(lower)) break;
    if (!t.cap && !isRoleHead(lower)) {
      // "Oscar-winning" describes; "re-elected", "said" and most participles are verbs.
      const participle =
        (lower.endsWith('ed') || (lower.endsWith('ing') && !lower.includes('-'))) && !PARTICIPLE_MODIFIERS.has(lower);
      if (participle || /^\d/u.test(lower) || ++loose > MAX_LOOSE_MODIFIERS) break;
    }
    j--;
  }
  let t0 = j + 1;
  // "lead researcher and NASA planetary scientist Lucas Paganini": two titles joined by "and".
  if (toks[t0 - 1]?.lower === 'and' && p.mentionOf[t0 - 2] === -1 && isRoleHead(toks[t0 - 2]?.lower ?? '')) {
    const first = titleBefore(p, t0 - 2, sentenceStart);
    if (first) t0 = first.t0;
  }
  // The words before the role noun may not be a name alone ("Serbia’s Novak Djokovic" has none).
  return t0 <= h ? { t0, t1: i + 1, head: head.lower } : null;
}

/** The end of an appositive starting at `a`: the token that closes it, or -1. */
function appositiveEnd(p: Para, a: number, limit: number): number {
  const toks = p.toks;
  for (let k = a; k < Math.min(limit, a + MAX_APPOSITIVE_TOKENS); k++) {
    const t = toks[k] as Tok;
    if (p.markOf[k]) return -1;
    if ([',', '.', ';', ')', '—', '–', '!', '?', ':'].includes(t.lower)) return k;
    if (['who', 'which', 'that', 'whose'].includes(t.lower) && k > a + 1) return k;
  }
  return Math.min(limit, a + MAX_APPOSITIVE_TOKENS) === limit ? limit : -1;
}

/** Whether tokens [a, e) read as a role: a determiner or a role noun, no verb, no list. */
function roleLike(p: Para, a: number, e: number): boolean {
  const toks = p.toks;
  const first = toks[a];
  if (!first || !first.word || /^\d/u.test(first.lower)) return false;
  if (e - a < 1) return false;
  let head = false;
  let named = 0;
  let words = 0;
  let preposition = false;
  for (let k = a; k < e; k++) {
    const t = toks[k] as Tok;
    if (!t.word) {
      if (t.lower === '(' || t.lower === '"' || t.lower === '“') return false;
      continue;
    }
    words++;
    // A verb: no role ("… still drained the battery"); "advanced development programs" is one.
    const prev = toks[k - 1];
    if (FINITE.has(t.lower) || t.cue) return false;
    if (isFiniteAt(p, k) && !(t.lower.endsWith('ed') && !(prev && ADVERBS_BEFORE_VERBS.has(prev.lower)))) return false;
    // "the most popular Democrat" evaluates; "its largest investor" says what the entity is.
    if (k <= a + 2 && SUPERLATIVES.has(t.lower) && !OWNERS.has(first.lower) && !isPossessive(prev)) return false;
    if (
      t.lower === 'and' &&
      toks[k + 1] &&
      (ARTICLES.has((toks[k + 1] as Tok).lower) || DETERMINERS.has((toks[k + 1] as Tok).lower))
    )
      return false;
    const m = p.mentionOf[k] as number;
    // "a Democrat": a party's member is a role, though the recogniser marks the word as a name.
    if (m !== -1 && PARTY_MEMBERS.has(t.lower)) head = true;
    else if (m !== -1) {
      named++;
      // "singer-keyboardist McDonald" is the next name of a list, not a role; "co-founded by
      // Barcelona soccer player Gerard Pique" holds a person as a complement.
      const before = toks[k - 1];
      if (p.mentions[m]?.entity.type === 'PERSON' && !preposition && before && isRoleHead(before.lower)) return false;
    } else if (isRoleHead(t.lower)) head = true;
    if (PREPOSITIONS.has(t.lower)) preposition = true;
  }
  // Determiners aside, only names: another name, not a role ("the Intelligencer, the
  // Wheeling News-Register").
  if (named === words - (DROPPED_OPENERS.has(first.lower) ? 1 : 0)) return false;
  if (first.lower === 'one' && toks[a + 1]?.lower !== 'of') return false;
  if (words === 1 && PLACEMENT.has(first.lower)) return false;
  if (APPOSITIVE_OPENERS.has(first.lower)) return true;
  // Without a determiner, the word before its first preposition is a role noun
  // ("president and chief operating officer of SpaceX"; not "expect to hear …").
  return head && isRoleHead(headBeforePreposition(p, a, e));
}

function span(p: Para, t0: number, t1: number): { start: number; end: number } {
  return { start: (p.toks[t0] as Tok).start, end: (p.toks[t1 - 1] as Tok).end };
}

/** The roles of one paragraph's names, in text order. */
export function rolesOfParagraph(p: Para): FoundRole[] {
  const out: FoundRole[] = [];
  const toks = p.toks;
  const add = (ref: MentionRef | Entity, t0: number, t1: number): void => {
    const entity = 'entity' in ref ? ref.entity : ref;
    while (t0 < t1 && DROPPED_OPENERS.has((toks[t0] as Tok).lower)) t0++;
    while (t1 > t0 && !(toks[t1 - 1] as Tok).word && !/[.)]/u.test((toks[t1 - 1] as Tok).lower)) t1--;
    if (t1 <= t0) return;
    out.push({ entity, para: p, ...span(p, t0, t1) });
  };
  /** The people of a list that starts at token k ("Tom Johnston, Michael McDonald and John McFee"). */
  const listFrom = (k: number, limit: number, titles: boolean): MentionRef[] => {
    const found: MentionRef[] = [];
    let i = k;
    while (i < limit && found.length < MAX_LIST) {
      const t = toks[i] as Tok;
      if (t.lower === ',' || t.lower === 'and') {
        i++;
        continue;
      }
      if (titles) {
        // A title before the name, with a place in it ("England captain Harry Kane").
        let skip = 0;
        while (skip < 3 && i + skip < limit && (toks[i + skip] as Tok).word && !isPersonAt(p, i + skip)) skip++;
        if (skip < 3 && isPersonAt(p, i + skip)) i += skip;
      }
      const m = p.mentionOf[i] as number;
      const ref = m >= 0 ? p.mentions[m] : undefined;
      if (!ref || ref.t0 !== i || ref.entity.type !== 'PERSON') break;
      found.push(ref);
      i = ref.t1;
    }
    return found;
  };

  for (const ref of p.mentions) {
    const e = ref.entity;
    const si = sentenceAt(p, ref.t0);
    const s = p.sentences[si];
    if (!s) continue;
    // A title the recogniser took into the name ("Hawaii Rep. Tulsi Gabbard", "Ombudsman Nadia Cruz").
    const inside = titleInside(p, ref);
    if (inside > ref.t0) add(e, ref.t0, inside);
    // A name with a person's title inside is a person's, whatever the recogniser took it for.
    if (e.type !== 'PERSON' && e.type !== 'ORG' && e.type !== 'PLACE' && inside === ref.t0) {
      const title = titleBefore(p, ref.t0 - 1, s.t0);
      if (title && PERSON_TITLES.has(title.head)) add(ref, title.t0, title.t1);
      continue;
    }

    // A title or description just before the name.
    const title = inside > ref.t0 ? null : titleBefore(p, ref.t0 - 1, s.t0);
    if (title && takesRole(e, title.head)) {
      add(ref, title.t0, title.t1);
      if (isPlural(title.head)) for (const other of listFrom(ref.t1, s.t1, false)) add(other, title.t0, title.t1);
    }
    const next = toks[ref.t1];
    // A place takes only an appositive saying it is a company or a site ("Weibo, a Twitter-like
    // social media site"): the recogniser's place may be an organisation.
    if (e.type === 'PLACE') {
      if (next?.lower === ',' && ARTICLES.has(toks[ref.t1 + 1]?.lower ?? '')) {
        const a = ref.t1 + 1;
        const end = appositiveEnd(p, a, s.t1);
        if (end > a && roleLike(p, a, end) && ORG_KINDS.has(headBeforePreposition(p, a, end))) add(ref, a, end);
      }
      continue;
    }

    // A parenthetical affiliation: "Omar (D-Minn.)", "McKinley, R-W.Va.,".
    if (next && (next.lower === '(' || next.lower === ',')) {
      const a = ref.t1 + 1;
      const close = next.lower === '(' ? ')' : ',';
      let k = a;
      while (k < Math.min(s.t1, a + 6) && (toks[k] as Tok).lower !== close) k++;
      const text =
        k < s.t1
          ? p.text.slice((toks[a] as Tok | undefined)?.start ?? 0, (toks[k - 1] as Tok | undefined)?.end ?? 0)
          : '';
      if (/^[DRI]-[A-Z][A-Za-z.]{0,12}$/u.test(text)) {
        add(ref, a, k);
        continue;
      }
    }
    // An appositive: "Jan de Vries, chief executive of …," / "Kosmos, a group co-founded by …";
    // not after "according to X," (the sentence goes on).
    // Between dashes: "John Bolton — Morrison's supervisor — told him …".
    if (next && (next.lower === '—' || next.lower === '–')) {
      const a = ref.t1 + 1;
      const end = appositiveEnd(p, a, s.t1);
      if (end > a && toks[end]?.lower === next.lower && hasRoleHead(p, a, end) && roleLike(p, a, end)) add(ref, a, end);
    }
    if (next?.lower === ',' && !afterAccordingTo(p, ref) && !endsFrontedPhrase(p, ref, s.t0)) {
      let a = ref.t1 + 1;
      // "Sarah Jones, 45, a lawyer for the family": past the age.
      if (/^\d{1,3}$/u.test(toks[a]?.lower ?? '') && toks[a + 1]?.lower === ',') a += 2;
      // "who is", "who became", "who serves as", "who was named".
      const c = toks[a]?.lower === 'who' ? copulaAt(p, a + 1, true) : -1;
      const who = c > 0;
      const r0 = who ? c : a;
      const closing = appositiveEnd(p, r0, s.t1);
      // "who became chief executive in May": the role without when it began ("May" reads as a verb).
      const end = who && closing > r0 ? cutAtTime(p, r0, closing) : closing;
      if (end > r0 && roleLike(p, r0, end) && (!who || hasRoleHead(p, r0, end))) {
        const closes = toks[end]?.lower;
        const isList =
          !who &&
          closes === ',' &&
          (toks[end + 1]?.lower === 'and' || p.mentionOf[end + 1] !== -1) &&
          !hasRoleHead(p, r0, end);
        if (!isList) {
          add(ref, r0, end);
          const shared = toks[r0]?.lower === 'both' || toks[r0]?.lower === 'all';
          if (shared) for (const other of listBefore(p, ref)) add(other, r0, end);
        }
      }
    }
    // A description before, set off by a comma: "one of the study authors, Owen Dempsey,", "his
    // band, the Doobie Brothers".
    // Also before a title: "its largest shareholder, Japanese technology company SoftBank".
    const lead = title && takesRole(e, title.head) ? title.t0 : ref.t0;
    const comma = toks[lead - 1]?.lower === 'the' ? lead - 2 : lead - 1;
    if (toks[comma]?.lower === ',' && isClosedName(p, ref)) {
      const pre = descriptionBefore(p, comma - 1, s.t0);
      if (pre) add(ref, pre.t0, pre.t1);
    }
    // Copular: "Hege is the CEO of DH", "Abrams was a producer on Star Trek Beyond", "Jones
    // has been chief executive since 2019", "Jones was named chief executive".
    const a = copulaAt(p, ref.t1);
    // "was named new acting secretary": after a verb that gives a role, no article is needed.
    const given = GIVEN_ROLE.has(toks[a - 1]?.lower ?? '');
    if (a > 0 && (ARTICLES.has(toks[a]?.lower ?? '') || isRoleHead(toks[a]?.lower ?? '') || given)) {
      const closing = appositiveEnd(p, a, s.t1);
      const end = closing > a ? cutAtTime(p, a, cutAtAnd(p, a, closing)) : closing;
      if (end > a && hasRoleHead(p, a, Math.min(end, a + 6)) && roleLike(p, a, end)) add(ref, a, end);
    }
  }
  // A plural role that opens a list after a colon or "including".
  for (let i = 0; i < toks.length; i++) {
    // "founding members: A, B", "star players including A", "star players, including A".
    const comma = toks[i + 1]?.lower === ',' && toks[i + 2]?.lower === 'including' ? 1 : 0;
    const n = toks[i + 1 + comma];
    if (!n || (n.lower !== ':' && n.lower !== 'including')) continue;
    const t = toks[i] as Tok;
    if (!isRoleHead(t.lower) || !isPlural(t.lower) || p.mentionOf[i] !== -1) continue;
    const s = p.sentences[sentenceAt(p, i)];
    if (!s) continue;
    const title = titleBefore(p, i, s.t0);
    if (!title) continue;
    for (const ref of listFrom(i + 2 + comma, s.t1, true)) add(ref, title.t0, i + 1);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Adverbs that make the -ed word after them a verb ("still drained"). */
const ADVERBS_BEFORE_VERBS = new Set(['still', 'also', 'already', 'just', 'never', 'recently', 'later', 'then']);

/** What an organisation may be said to be, in an appositive to a name taken for a place. */
const ORG_KINDS = new Set(
  'company firm maker manufacturer giant group site platform network service app startup retailer carrier airline bank agency publisher newspaper broadcaster label band club team organization organisation'.split(
    ' ',
  ),
);

/** Photo placements and the like: not roles ("X, right, and Y"). */
const PLACEMENT = new Set(['right', 'left', 'center', 'centre', 'above', 'below', 'pictured', 'top', 'bottom', 'file']);
