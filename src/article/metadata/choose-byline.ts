/**
 * Choosing the authors among the bylines every source offers (JSON-LD, author tags, the
 * byline in the page, "By …" under the headline, Readability's). Each candidate starts
 * from the trust in its source and is weighed by how plausible its names are as people
 * (a staff label, an organisation or the story's own subject less so) and by how many
 * other sources name the same people. A clean list of people that names all of the best
 * candidate's authors and more (the full "A, B, C and D" where a tag has only "A") is
 * taken over it, whatever the sources' trust.
 */
import { isOrganisation, isStaffLabel, squash } from './byline';

export interface NameCandidate {
  source: string;
  names: string[];
  /** Trust in the source, 0..1. */
  trust: number;
  /** The byline the page shows by the headline (an element next to it or after it). */
  shown?: boolean;
}

export interface NameChoice {
  names: string[];
  source: string;
  /** 0..1 */
  confidence: number;
}

export interface NameChoiceContext {
  /** The title and summary: who the story is about. */
  subject?: string;
}

/** Plausibility of a name as the author, 0..1 (multiplies the source's trust). */
const PLAUSIBILITY = {
  person: 1,
  /** One word: a mononym or a handle. */
  oneWord: 0.75,
  /** "Us Weekly Staff", "News Desk". */
  staffLabel: 0.5,
  /** "The Associated Press" alone. */
  organisation: 0.45,
  /** A person the title or summary is about ("By Donald Trump" on a story about him). */
  subject: 0.35,
} as const;
/** Added for each other source that names one of the same people (at most `MAX_AGREEING`). */
const AGREEMENT_BONUS = 0.1;
const MAX_AGREEING = 3;
/** Added when a candidate names all of another's authors and more. */
const SUPERSET_BONUS = 0.15;
const MAX_CONFIDENCE = 0.99;
/** The share of a rival's score (another source naming other people) taken off the winner's confidence. */
const RIVAL_WEIGHT = 0.75;
const MIN_CONFIDENCE = 0.05;
/** A name written as names are: each word capitalised, or a particle ("Ana de la Cruz"). */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|del|la|le|van|von|der|den|bin|al))+$/u;

/** The words of three letters or more in a list of names, in small letters. */
function wordsOf(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((n) => squash(n).split(/[^\p{L}\p{N}'’-]+/u)).filter((w) => w.length >= 3));
}
/** Most confidence in a newsroom's label credited alone (below the card's unsure mark, 0.6). */
const MAX_LABEL_CONFIDENCE = 0.5;
/** Trust from which a source naming only the story's subject is still believed (the page's own tags). */
const MIN_SUBJECT_TRUST = 0.85;

/** The surname a name is known by: its last word of three letters or more. */
function surname(name: string): string | null {
  const words = squash(name)
    .split(/[\s.]+/u)
    .filter((w) => w.length >= 3);
  return words[words.length - 1] ?? null;
}

function plausibility(name: string, subject: Set<string>): number {
  if (isStaffLabel(name)) return PLAUSIBILITY.staffLabel;
  if (isOrganisation(name)) return PLAUSIBILITY.organisation;
  const last = surname(name);
  if (last && subject.has(last)) return PLAUSIBILITY.subject;
  if (
    !/\s/u.test(name.trim()) &&
    !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name)
  )
    return PLAUSIBILITY.oneWord;
  return PLAUSIBILITY.person;
}

/** Whether a name reads as a person's: not a label, an organisation or a lone word. */
export function isPersonName(name: string): boolean {
  return plausibility(name, new Set()) === PLAUSIBILITY.person;
}

export function chooseByline(candidates: readonly NameCandidate[], context: NameChoiceContext = {}): NameChoice | null {
  if (candidates.length === 0) return null;
  const subject = new Set(
    squash(context.subject ?? '')
      .split(/[^\p{L}\p{N}'’-]+/u)
      .filter((w) => w.length >= 3),
  );
  const keys = candidates.map((c) => new Set(c.names.map(squash)));
  const surnames = candidates.map((c) => new Set(c.names.map(surname).filter((s): s is string => !!s)));
  const sharesName = (i: number, j: number): boolean => {
    const theirs = keys[j] as Set<string>;
    const theirSurnames = surnames[j] as Set<string>;
    return (
      [...(keys[i] as Set<string>)].some((k) => theirs.has(k)) ||
      [...(surnames[i] as Set<string>)].some((s) => theirSurnames.has(s))
    );
  };
  /** Candidate i names all of candidate j's people and more. */
  const includesAll = (i: number, j: number): boolean => {
    const mine = keys[i] as Set<string>;
    const theirs = keys[j] as Set<string>;
    return mine.size > theirs.size && [...theirs].every((k) => mine.has(k));
  };
  /** Candidate i names someone candidate j does not (by name or surname). */
  const namesOthers = (i: number, j: number): boolean =>
    (candidates[i] as NameCandidate).names.some((n) => {
      const last = surname(n);
      return !(keys[j] as Set<string>).has(squash(n)) && !(last && (surnames[j] as Set<string>).has(last));
    });
  const scored: { c: NameCandidate; i: number; score: number }[] = [];
  candidates.forEach((c, i) => {
    const quality = c.names.reduce((sum, n) => sum + plausibility(n, subject), 0) / c.names.length;
    let agreeing = 0;
    let trustedAgree = false;
    let superset = false;
    candidates.forEach((o, j) => {
      // Readability reads the same tags and elements: its byline is no second witness.
      if (j === i || o.source === c.source || o.source === 'readability' || c.source === 'readability') return;
      const shared = sharesName(i, j);
      if (shared) agreeing++;
      if (shared && o.trust >= MIN_SUBJECT_TRUST) trustedAgree = true;
      if (includesAll(i, j)) superset = true;
    });
    // The story's subject alone in a byline the page shows ("By Donald Trump" on a story
    // about him; the same words read again below the headline are no second witness), with
    // no JSON-LD or tag naming him: a name from the story, not its author.
    if (quality === PLAUSIBILITY.subject && !trustedAgree && c.trust < MIN_SUBJECT_TRUST) return;
    const score =
      c.trust * quality + AGREEMENT_BONUS * Math.min(agreeing, MAX_AGREEING) + (superset ? SUPERSET_BONUS : 0);
    scored.push({ c, i, score });
  });
  const top = scored.reduce<(typeof scored)[number] | null>((a, b) => (!a || b.score > a.score ? b : a), null);
  if (!top) return null;
  const clean = (s: (typeof scored)[number]): boolean => s.c.source !== 'readability' && s.c.names.every(isPersonName);
  // The same people and more (the full "A, B and C" where JSON-LD or a tag has only "A"):
  // the fuller list, whatever the sources' trust.
  const fuller = scored.filter((s) => clean(s) && includesAll(s.i, top.i)).sort((a, b) => b.score - a.score)[0];
  // JSON-LD or a tag naming [A, C] where the byline by the headline names [A, B]: the page's
  // own byline, which the reader sees (the data lists a CMS account, an old version's author).
  const shown = fuller
    ? undefined
    : scored.find((s) => s.c.shown && !top.c.shown && clean(s) && sharesName(s.i, top.i) && namesOthers(s.i, top.i));
  const chosen = fuller ?? shown ?? top;
  // A newsroom's label ("Harbour Staff", "admin") stands in for a writer the page does not
  // name: however many sources repeat it, the card shows it with less weight.
  const most = chosen.c.names.every(isStaffLabel) ? MAX_LABEL_CONFIDENCE : MAX_CONFIDENCE;
  // Another source crediting other people, sharing no word with the chosen names (not
  // Readability's reading again, not an organisation or a label, not the same name with a
  // word glued on): the card is less sure.
  const chosenWords = wordsOf(chosen.c.names);
  let rival = 0;
  for (const s of scored)
    if (
      s !== chosen &&
      s.c.source !== 'readability' &&
      s.c.names.some((n) => isPersonName(n) && CAPITALISED_NAME.test(n)) &&
      ![...wordsOf(s.c.names)].some((w) => chosenWords.has(w))
    )
      rival = Math.max(rival, s.score);
  const confidence = Math.max(MIN_CONFIDENCE, Math.min(most, chosen.score - RIVAL_WEIGHT * rival));
  return { names: chosen.c.names, source: chosen.c.source, confidence };
}
