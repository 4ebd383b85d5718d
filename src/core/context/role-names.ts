/**
 * Where a name meets a title: a title the recogniser took into a name ("Hawaii Rep. Tulsi
 * Gabbard", "National Security Adviser John Bolton"), and the names after which a comma opens
 * no appositive ("According to the Pentagon, the base …", "On Phaaze, the presence …").
 */
import { ARTICLES, FEMALE_NAMES, HONORIFICS, MALE_NAMES, PREPOSITIONS, TITLES } from './lexicon';
import type { MentionRef, Para, Tok } from './paragraphs';
import { isFiniteAt } from './phrases';
import { isRoleHead } from './role-phrases';

/** Titles only a person has. */
export const PERSON_TITLES = new Set(
  'senator sen. sen gov. gov governor rep. rep representative congressman congresswoman president minister mayor judge general gen. captain capt. lt. col. sgt. cmdr. adm. king queen prince princess pope ambassador secretary chancellor premier sheriff ombudsman'.split(
    ' ',
  ),
);

/**
 * The end of a title at the start of a mention ("Rep." of "Rep. David McKinley", "Hawaii Rep."
 * of "Hawaii Rep. Tulsi Gabbard"), or the mention's start when it has none.
 */
export function titleInside(p: Para, ref: MentionRef): number {
  let last = -1;
  for (let k = ref.t0; k < ref.t1 - 1; k++) {
    const t = p.toks[k] as Tok;
    if (PERSON_TITLES.has(t.lower) || (TITLES.has(t.lower) && t.cap && !HONORIFICS.has(t.lower))) last = k;
    // Any role noun when a first name follows ("National Security Adviser John Bolton", "co-CEO Marc Benioff").
    else if (isRoleHead(t.lower) && (t.cap || t.lower.includes('-')) && nameAfter(p, ref, k + 1)) last = k;
  }
  if (last < 0) return ref.t0;
  // At least one capitalised word of the name after it, and no office ("US Justice Department",
  // "Attorney General").
  for (let k = last + 1; k < ref.t1; k++) {
    const t = p.toks[k] as Tok;
    if (TITLES.has(t.lower) || OFFICES.has(t.lower)) return ref.t0;
  }
  return (p.toks[last + 1] as Tok | undefined)?.cap ? last + 1 : ref.t0;
}

/**
 * A person's name from token k to the end of the mention: a known first name and more, or (in a
 * name the recogniser could not type) two capitalised words.
 */
function nameAfter(p: Para, ref: MentionRef, k: number): boolean {
  const t = p.toks[k];
  if (!t || !t.cap || k + 1 >= ref.t1) return false;
  if (MALE_NAMES.has(t.lower) || FEMALE_NAMES.has(t.lower)) return true;
  // "co-CEO Marc Benioff", "Senate Majority Leader Mitch McConnell", "Actress Mary Steenburgen":
  // a person's title, then two capitalised words that end the mention.
  const title = (p.toks[k - 1] as Tok).lower;
  const bare = title.slice(title.lastIndexOf('-') + 1);
  const next = p.toks[k + 1];
  return (
    ref.entity.type !== 'PLACE' &&
    k + 2 === ref.t1 &&
    !!next?.cap &&
    next.word &&
    !OFFICES.has(next.lower) &&
    !TITLES.has(next.lower) &&
    (TITLES.has(bare) || PERSON_ONLY_TITLES.has(bare))
  );
}

/** Role nouns only a person has, beyond the titles ("Majority Leader", "Actress"). */
const PERSON_ONLY_TITLES = new Set([
  'leader',
  'adviser',
  'advisor',
  'actress',
  'actor',
  'singer',
  'analyst',
  'economist',
]);

/** The words of an office's or a body's name: a title before them is part of that name. */
const OFFICES = new Set(
  'department ministry office committee commission court council bureau agency service board house senate league assembly conference command staff'.split(
    ' ',
  ),
);

/** The name is the source of "according to": "According to the Pentagon, the base serves …". */
export function afterAccordingTo(p: Para, ref: MentionRef): boolean {
  let k = ref.t0 - 1;
  if (ARTICLES.has(p.toks[k]?.lower ?? '')) k--;
  return p.toks[k]?.lower === 'to' && p.toks[k - 1]?.lower === 'according';
}

/**
 * The name ends a phrase that opens the sentence ("On Phaaze, the presence lasted …", "With
 * samples from Tallon IV, the substance …"): the comma after it ends that phrase, no appositive.
 */
export function endsFrontedPhrase(p: Para, ref: MentionRef, sentenceStart: number): boolean {
  const first = p.toks[sentenceStart];
  if (!first || !PREPOSITIONS.has(first.lower) || ref.t0 - sentenceStart > 12) return false;
  // "In a letter to Kevin McAleenan, who was the acting director, …": a relative clause is his.
  if (p.toks[ref.t1 + 1]?.lower === 'who') return false;
  for (let k = sentenceStart; k < ref.t0; k++) if (!(p.toks[k] as Tok).word || isFiniteAt(p, k)) return false;
  return true;
}
