/**
 * Who a speech verb's subject is: the phrase just before the verb (past adverbs, an appositive
 * or a parenthesis), and a sentence's main subject (for a participle, `…, adding that`), from
 * the noun phrases phrases.ts reads.
 */
import { BETWEEN_SUBJECT_AND_CUE, CUE_BLOCKERS, DETERMINERS, FINITE, PREPOSITIONS } from './lexicon';
import type { Para, Tok } from './paragraphs';
import {
  MAX_APPOSITIVE,
  MAX_PHRASE,
  MONTHS,
  WEEKDAYS,
  breaksPhrase,
  isLyAdverb,
  isName,
  isPossessive,
  mentionAt,
  phraseEndingAt,
  pronounOf,
  type Phrase,
} from './phrases';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/u));

/**
 * The subject of the speech verb at `cue`: the phrase just before it (past adverbs such as
 * "also", "has"), across an appositive or a parenthesis ("Clarke, deputy associate
 * administrator…, said"; "Omar (D-Minn.) said").
 */
export function subjectBefore(p: Para, cue: number, limit: number): Phrase | null {
  const toks = p.toks;
  let i = cue - 1;
  // "Consumer advocates are urging …": past the auxiliary of a verb in progress.
  const progressive = (toks[cue] as Tok | undefined)?.lower.endsWith('ing') ?? false;
  while (
    i >= limit &&
    (BETWEEN_SUBJECT_AND_CUE.has((toks[i] as Tok).lower) ||
      WEEKDAYS.has((toks[i] as Tok).lower) ||
      isLyAdverb(toks[i] as Tok) ||
      (progressive && BE.has((toks[i] as Tok).lower)))
  )
    i--;
  if (i < limit) return null;
  const t = toks[i] as Tok;
  if (t.lower === ')') {
    let j = i - 1;
    const floor = Math.max(limit, i - 8);
    while (j >= floor && (toks[j] as Tok).lower !== '(') j--;
    return j < floor ? null : phraseEndingAt(p, j - 1, limit);
  }
  if (t.lower !== ',') return withCompanions(p, phraseEndingAt(p, i, limit), limit);
  // "X, deputy administrator of …, said", "X, president of Y, a Spokane agency, said": back over
  // the appositives to the name; "The group that owns her music, Big Machine, says": the name.
  let comma = i;
  for (let level = 0; level < 3; level++) {
    let j = comma - 1;
    const floor = Math.max(limit, comma - MAX_APPOSITIVE);
    while (j >= floor && (toks[j] as Tok).lower !== ',') {
      const x = toks[j] as Tok;
      if (x.lower === ';' || x.lower === ':' || p.markOf[j] || x.lower === '.' || x.cue) return null;
      j--;
    }
    const segment = { t0: j + 1, t1: comma };
    if (isName(p, segment)) return segment;
    // No comma before: the appositive follows the sentence's first phrase.
    if (j < floor) return null;
    const before = phraseEndingAt(p, j - 1, limit);
    if (!before) return null;
    // A description before that is itself set off by a comma: one more level back.
    if (
      !isName(p, before) &&
      !pronounOf(toks[before.t0]) &&
      (toks[before.t0 - 1] as Tok | undefined)?.lower === ',' &&
      !frontedBefore(p, before.t0 - 1, limit)
    ) {
      comma = before.t0 - 1;
      continue;
    }
    return before;
  }
  return null;
}

const COMPANION_OPENERS = words('his her their');

const FRONT_ENDS = words(', . ! ?');

/** The words before the comma at `c` are a fronted phrase ("According to AFP, one user …"). */
function frontedBefore(p: Para, c: number, limit: number): boolean {
  let i = c - 1;
  while (i > limit && !FRONT_ENDS.has((p.toks[i - 1] as Tok).lower)) i--;
  const first = p.toks[i];
  return !!first && (first.lower === 'according' || PREPOSITIONS.has(first.lower));
}

/** "Paganini and his team": a name and the people with them, as one subject. */
function withCompanions(p: Para, ph: Phrase | null, limit: number): Phrase | null {
  if (!ph || p.toks[ph.t0 - 1]?.lower !== 'and' || !COMPANION_OPENERS.has(p.toks[ph.t0]?.lower ?? '')) return ph;
  const m = p.mentionOf[ph.t0 - 2] ?? -1;
  const ref = m >= 0 ? p.mentions[m] : undefined;
  return ref && ref.t0 >= limit && ref.entity.type === 'PERSON' ? { t0: ref.t0, t1: ph.t1 } : ph;
}

/** Words that open a sentence before its subject ("But", "In October,", "Earlier this year,"). */
const BE = words('is are was were');
const LEADING_WORDS = words(
  'but and so yet still also however meanwhile then now earlier later instead indeed moreover further furthermore in on at after before when while as since though although because if during following despite with without by for last this from under over once',
);

/**
 * The main subject of the sentence `si` of `p`: after a leading adverbial or connective, a
 * pronoun, a name (with its titles) or a description up to its verb.
 */
export function mainSubject(p: Para, si: number): Phrase | null {
  const s = p.sentences[si];
  if (!s) return null;
  const toks = p.toks;
  let i = s.t0;
  while (i < s.t1 && !(toks[i] as Tok).word) i++;
  // Leading adverbials and connectives, one after another ("Then, last week, Swift posted…").
  for (let round = 0; round < 3; round++) {
    const first = toks[i];
    if (!first) return null;
    const leading =
      LEADING_WORDS.has(first.lower) ||
      WEEKDAYS.has(first.lower) ||
      MONTHS.has(first.lower) ||
      (first.lower.endsWith('ly') && first.lower.length > 4);
    if (!leading) break;
    const ceiling = Math.min(s.t1, i + 20);
    let comma = -1;
    for (let j = i + 1; j < ceiling; j++) {
      const x = toks[j] as Tok;
      if (x.lower === ',') {
        comma = j;
        break;
      }
      if (p.markOf[j] || x.lower === '.' || x.cue) break;
    }
    if (comma >= 0) i = comma + 1;
    else if (['but', 'and', 'so', 'yet', 'also', 'then', 'now'].includes(first.lower)) i += 1;
    else return firstSubjectWord(p, i, s.t1);
  }
  const t = toks[i];
  if (!t) return null;
  if (pronounOf(t)) return { t0: i, t1: i + 1 };
  // The subject runs to the first verb-like word.
  const ceiling = Math.min(s.t1, i + MAX_PHRASE);
  let j = i;
  while (j < ceiling) {
    const x = toks[j] as Tok;
    const m = mentionAt(p, j);
    if (m >= 0) {
      j = Math.max(j + 1, p.mentions[m]?.t1 ?? j + 1);
      continue;
    }
    if (!x.word) {
      if (isPossessive(x) || x.lower === '&' || x.lower === '.') {
        j++;
        continue;
      }
      if (x.lower === ',') break;
      break;
    }
    // "Snopes fact checker and staff writer David Emery": two roles of one person.
    const roles = x.lower === 'and' && !toks[j - 1]?.cap && toks[j - 1]?.word && !toks[j + 1]?.cap && toks[j + 1]?.word;
    if (j > i && !roles && (breaksPhrase(x) || CUE_BLOCKERS.has(x.lower) || BETWEEN_SUBJECT_AND_CUE.has(x.lower)))
      break;
    // "The company releases": a verb; "The utilities commission": a noun after its determiner.
    const afterDeterminer = DETERMINERS.has(toks[j - 1]?.lower ?? '');
    if (j > i && !x.cap && /(?:ed|es)$/u.test(x.lower) && x.lower.length > 4 && !afterDeterminer) break;
    j++;
  }
  return j > i ? { t0: i, t1: j } : null;
}

/**
 * A sentence opening with a phrase not set off by a comma ("In a Tumblr post at the time she
 * described…"): its first pronoun or name before a verb.
 */
function firstSubjectWord(p: Para, from: number, limit: number): Phrase | null {
  for (let j = from; j < Math.min(limit, from + 16); j++) {
    const t = p.toks[j] as Tok;
    if (p.markOf[j] || t.cue || FINITE.has(t.lower)) return null;
    if (p.quoteOf[j] !== -1) continue;
    if (pronounOf(t)) return { t0: j, t1: j + 1 };
    const m = p.mentionOf[j] as number;
    const ref = m >= 0 ? p.mentions[m] : undefined;
    if (
      ref &&
      ref.t0 === j &&
      (ref.entity.type === 'PERSON' || ref.entity.type === 'ORG') &&
      !isPossessive(p.toks[ref.t1])
    )
      return { t0: ref.t0, t1: ref.t1 };
  }
  return null;
}
