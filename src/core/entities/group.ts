/**
 * Groups mentions into entities. Mentions of one entity share a key (case, possessive, a
 * leading "the", titles and honorifics, and a person's middle initials ignored); beyond that,
 * a surname or first name alone joins the one person whose full name contains it ("Putin"
 * after "Vladimir Putin", whatever type it was given unless only a place), and an acronym joins the
 * organisation it abbreviates ("NATO" after "North Atlantic Treaty Organization"). The
 * entity takes the type most of its mentions have and its fullest name as canonical name;
 * its mentions take its type, but for a club's town named as a place by its own words (a
 * dateline's "DETROIT (AP) —", "in Atlanta": `keepsPlace`), which keeps its type (CoNLL types
 * each mention; the card shows one entry, of the entity's type).
 * Salience mixes frequency, how early the entity appears and whether the title names it.
 * A demonym ("North Korean") is linked to its place ("North Korea") when the article names
 * the place too.
 */
import { charAt } from './chars';
import type { Entity, EntityMention, EntityType } from '../types';
import { DEMONYM_PLACES } from './word-lists';
import { POST_NOMINALS } from './per-post-nominals';
import type { OwnPlace } from './name-evidence';

export interface GroupOptions {
  /** The article's title, for salience. */
  title?: string | null;
  /** How many blocks the article has, for the position part of salience. */
  blockCount: number;
}

/**
 * Honorifics and titles a person's mention may carry ("Mr Mugabe", "President Robert
 * Mugabe", "Gov. Kristi Noem", "Helen Marchetti KC"): the person is the same with or without them.
 */
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof sir dame lord lady rev fr president vice prime minister chancellor premier ' +
    'gov governor sen senator rep representative congressman congresswoman mayor judge justice gen general ' +
    'col colonel lt capt captain cmdr adm admiral sgt maj king queen prince princess sheikh pope ' +
    'secretary ambassador chief coach ceo chairman chairwoman alhaji alhaja hajiya hajia ' +
    // Police ranks, councillors', clerics' and other honorifics the pages write before a name
    // ("Det Insp Tom Reyes", "Cllr Jane Doyle", "Comrade ...", Kenya's "Eng", "Hon."): issue 15's card.
    'professor doctor superintendent supt inspector insp detective det sergeant ds dci constable officer ' +
    'cllr coun councillor councilman councilwoman commissioner sheriff comrade hon honourable honorable ' +
    'eng engr father bishop archbishop cardinal rabbi imam pastor lieutenant corporal cpl'
  ).split(' '),
);

/** A name without the titles in front of it ("President Donald Trump" → "Donald Trump"). */
export function withoutTitles(text: string): string {
  const words = text.trim().split(/\s+/u);
  const isTitle = (w: string | undefined): boolean => TITLES.has((w ?? '').toLowerCase().replace(/\.$/u, ''));
  // A title may follow a word or two that qualify it ("US President Donald Trump", "former
  // Prime Minister Boris Johnson"): the name starts after the titles.
  let i = 0;
  for (let k = 1; k <= 2 && k < words.length - 1; k++) {
    if (isTitle(words[k]) && !isTitle(words[0])) {
      i = k;
      break;
    }
  }
  // Keep at least one word: "Queen" alone is a name (the band) when it is all there is.
  while (i < words.length - 1 && isTitle(words[i])) i++;
  // A title-like surname before a generation is the name ("Martin Luther King Jr.").
  if (i > 0 && words.slice(i).every((w) => GENERATIONS.has(w.toLowerCase()))) i = 0;
  // An honour's letters after the name are outside it too ("Helen Marchetti KC").
  const end =
    words.length - i > 2 && POST_NOMINALS.has(words[words.length - 1] ?? '') ? words.length - 1 : words.length;
  return words.slice(i, end).join(' ');
}

/** A person's name without middle initials ("Donald J. Trump" → "Donald Trump"). */
function withoutMiddleInitials(name: string): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !/^\p{L}\.?$/u.test(w));
  return kept.join(' ');
}

/** "Jr." and "Sr." without their full stop ("Robert F. Kennedy Jr." is "Robert F. Kennedy Jr"). */
const GENERATION_STOP = / ([js]r)\.$/u;

export function normaliseName(text: string): string {
  return withoutMiddleInitials(
    withoutTitles(
      text
        .replace(/['’]s?$/u, '')
        .replace(/^the\s+/iu, '')
        .replace(/\s+/gu, ' ')
        .trim(),
    ),
  )
    .toLowerCase()
    .replace(GENERATION_STOP, ' $1');
}

const STOP = new Set(['of', 'the', 'and', 'for', 'de', 'on', '&']);

function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

interface Group {
  key: string;
  mentions: EntityMention[];
}

export function groupMentions(mentions: readonly EntityMention[], options: GroupOptions): Entity[] {
  const ordered = [...mentions].sort((a, b) => a.blockId - b.blockId || a.start - b.start);
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const m of ordered) {
    // "Ocasio-Cortez" and "Kim Jong-un" are found by their words ("T-Swift" is one word).
    const key = normaliseName(m.text).replace(/(?<=\p{L}\p{L})-(?=\p{L}\p{L})/gu, ' ');
    if (!key) continue;
    let g = byKey.get(key);
    if (!g) {
      g = { key, mentions: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(m);
  }

  // Link short forms to the one longer name they belong to, through indexes of the longer
  // names by first and last word (people) and by initials (organisations): looking through
  // every longer name for every short one was quadratic in the number of names.
  const merged = new Map<Group, Group>();
  // First the people named in full more than one way ("Josh Apte" and "Joshua Apte",
  // "Hillary Clinton" and "Hillary Rodham Clinton", "De Vries" after "Jan de Vries").
  mergeFullNames(groups, merged);
  // A person's acronym ("AOC", "RFK Jr.").
  mergeAcronyms(groups, merged);
  const peopleByWord = new Map<string, Group[]>();
  const juniorsBySurname = new Map<string, Group[]>();
  const orgsByInitials = new Map<string, Group[]>();
  for (const h of groups) {
    if (!h.key.includes(' ') || merged.has(h)) continue;
    const type = dominantType(h.mentions);
    if (type === 'PERSON') {
      const words = h.key.split(' ');
      addTo(peopleByWord, words[0] ?? '', h);
      addTo(peopleByWord, words[words.length - 1] ?? '', h);
      // "Carlineo" is "Patrick W. Carlineo Jr." where no other person ends in "Carlineo".
      if (words.length > 2 && GENERATIONS.has(words[words.length - 1] ?? ''))
        addTo(juniorsBySurname, words[words.length - 2] ?? '', h);
    } else if (type === 'ORG') {
      addTo(orgsByInitials, initials(h.key), h);
    }
  }
  // The mentions each full name took from its other full names, counted when first needed.
  let absorbed: Map<Group, number> | undefined;
  for (const g of groups) {
    if (g.key.includes(' ')) continue;
    const type = dominantType(g.mentions);
    const text = g.mentions[0]?.text.replace(/['’]s?$/u, '') ?? '';
    let targets: readonly Group[] = [];
    // A surname or first name joins the one person it belongs to whatever type its mentions
    // were given ("Assange" taken for an organisation beside "Julian Assange"), unless it is
    // only ever a place ("Washington" beside "George Washington").
    if (type !== 'PLACE' || g.mentions.some((m) => m.type === 'PERSON'))
      targets = peopleByWord.get(g.key) ?? juniorsBySurname.get(g.key) ?? [];
    if (targets.length === 0 && /^\p{Lu}{2,6}$/u.test(text)) targets = orgsByInitials.get(text) ?? [];
    const target = targets.length === 1 ? targets[0] : mainPerson(targets, (absorbed ??= absorbedBy(merged)));
    if (target) merged.set(g, target);
  }
  // A name merged into one that is itself merged goes to the last of the chain.
  const rootOf = (g: Group): Group => {
    let r = g;
    for (let k = 0; k < 8 && merged.has(r); k++) r = merged.get(r) as Group;
    return r;
  };
  for (const [from] of merged) merged.set(from, rootOf(from));
  // The full name's type wins over its short forms' ("Assange" taken for an organisation).
  const typeOf = new Map<Group, EntityType>();
  for (const to of merged.values()) if (!typeOf.has(to)) typeOf.set(to, dominantType(to.mentions));
  for (const [from, to] of merged) to.mentions.push(...from.mentions);

  const entities: Entity[] = [];
  for (const g of groups) {
    if (merged.has(g)) continue;
    g.mentions.sort((a, b) => a.blockId - b.blockId || a.start - b.start);
    const type = typeOf.get(g) ?? dominantType(g.mentions);
    // Each mention takes the entity's type, but for a place's own where the club's name is also
    // the town's ("DETROIT (AP) —", "a matchup in Atlanta"): the card shows the entity's.
    const mentionsOfType = g.mentions.map((m): EntityMention => ({
      blockId: m.blockId,
      start: m.start,
      end: m.end,
      text: m.text,
      type: type === 'ORG' && keepsPlace(m, ordered[0] === m) ? m.type : type,
    }));
    entities.push({ id: 0, type, name: canonicalName(g.mentions, type), mentions: mentionsOfType, salience: 0 });
  }
  scoreSalience(entities, options);
  entities.sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name));
  entities.forEach((e, i) => (e.id = i + 1));
  linkDemonyms(entities);
  return entities;
}

const addTo = (index: Map<string, Group[]>, key: string, g: Group): void => {
  const list = index.get(key);
  if (!list) index.set(key, [g]);
  else if (list[list.length - 1] !== g) list.push(g);
};

/**
 * A person's name written in full more than one way joins the fullest: a name that is the
 * end of one longer person's name ("De Vries", "Ocasio-Cortez" after "Jan de Vries",
 * "Alexandria Ocasio-Cortez") or, for a person, its start ("Rose-Lynn" before "Rose-Lynn
 * Harlan"), the same first and last words without the middle ones ("Hillary Clinton",
 * "Hillary Rodham Clinton"), a short form of the first name ("Josh Apte", "Joshua
 * Apte") or its initials ("J.K. Rowling", "Joanne Rowling"). Only where one person fits; the names are looked up by their first and last words.
 */
/** "Donald Trump Jr" is not "Donald Trump". */
const GENERATIONS = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

function mergeFullNames(groups: readonly Group[], merged: Map<Group, Group>): void {
  // People's longer names by each of their ends and starts of two words or more, and by
  // their last word (looked through only where few names share it).
  const byPart = new Map<string, Group[]>();
  const byLast = new Map<string, Group[]>();
  for (const h of groups) {
    if (!h.key.includes(' ') || dominantType(h.mentions) !== 'PERSON') continue;
    const words = h.key.split(' ');
    for (let k = 1; k <= words.length - 2; k++) addTo(byPart, `>${words.slice(k).join(' ')}`, h);
    if (!GENERATIONS.has(words[words.length - 1] ?? ''))
      for (let k = 2; k < words.length; k++) addTo(byPart, `<${words.slice(0, k).join(' ')}`, h);
    addTo(byLast, words[words.length - 1] ?? '', h);
  }
  for (const g of groups) {
    if (!g.key.includes(' ') || merged.has(g)) continue;
    const type = dominantType(g.mentions);
    if (type === 'PLACE') continue;
    const person = type === 'PERSON';
    // The end of a longer name ("De Vries"), or for a person its start ("Rose-Lynn").
    let fits = byPart.get(`>${g.key}`) ?? [];
    if (person && fits.length === 0) fits = byPart.get(`<${g.key}`) ?? [];
    if (person && fits.length === 0) {
      const words = g.key.split(' ');
      const sameLast = byLast.get(words[words.length - 1] ?? '') ?? [];
      if (sameLast.length <= MAX_SAME_LAST)
        fits = sameLast.filter((h) => h !== g && sameWithout(words, h.key.split(' ')));
    }
    if (fits.length === 1 && fits[0] !== g) merged.set(g, fits[0] as Group);
  }
}

/**
 * Of the people a short name may belong to, the one the story is about: named at least three
 * times (with its other full names), three times as often as any other ("Vance" in an
 * obituary of Harold Eugene Vance that also names his mother, Hattie (Simmons) Vance, once).
 * Undefined when none stands out ("Reddy" beside "Callum Reddy" and "Anita Reddy", each named once or twice).
 */
function mainPerson(targets: readonly Group[], absorbed: ReadonlyMap<Group, number>): Group | undefined {
  const size = (h: Group): number => h.mentions.length + (absorbed.get(h) ?? 0);
  let best: Group | undefined;
  let most = 0;
  let next = 0;
  for (const h of targets) {
    const n = size(h);
    if (n > most) {
      next = most;
      most = n;
      best = h;
    } else if (n > next) next = n;
  }
  return most >= MAIN_MENTIONS && most >= MAIN_RATIO * next ? best : undefined;
}

/** The mentions each group took from the groups merged into it. */
function absorbedBy(merged: ReadonlyMap<Group, Group>): Map<Group, number> {
  const out = new Map<Group, number>();
  for (const [from, to] of merged) out.set(to, (out.get(to) ?? 0) + from.mentions.length);
  return out;
}

/** How often the main person of a story is named at least, and how many times as often as any other. */
const MAIN_MENTIONS = 3;
const MAIN_RATIO = 3;

/** A first name written as initials ("j.", "j.k."). */
const INITIALS = /^(?:\p{L}\.){1,3}$/u;

/** French honorifics before a surname, "M." being also an initial: "M. Mélenchon" (issue 15's card). */
const FRENCH_HONORIFICS = new Set(['m.', 'mme', 'mme.', 'mlle', 'mlle.']);

/** A person's acronym ("AOC", "RFK Jr."): three or four capitals, and a generation. */
const PERSON_ACRONYM = /^(\p{Lu}{3,4})(?: ([JS]r)\.?)?$/u;

/**
 * A person's initials from a mention of the full name ("Alexandria Ocasio-Cortez" AOC,
 * "Robert F. Kennedy Jr." RFK JR), with the generation's word apart; '' for fewer than three.
 */
function personInitials(text: string): string {
  const words = withoutTitles(text.replace(/['’]s?$/u, ''))
    .split(/[\s-]+/u)
    .filter((w) => w !== '');
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const generation = GENERATIONS.has(last) ? ` ${last.replace('.', '').toUpperCase()}` : '';
  const letters = (generation ? words.slice(0, -1) : words).map((w) => w.charAt(0));
  if (letters.length < 3 || letters.some((c) => c.toUpperCase() === c.toLowerCase() || c !== c.toUpperCase()))
    return '';
  return letters.join('') + generation;
}

/**
 * A person's acronym joins the one person of the text whose full name it spells ("AOC" for
 * "Alexandria Ocasio-Cortez", "RFK Jr." for "Robert F. Kennedy Jr."), when no organisation of
 * the text has those initials.
 */
function mergeAcronyms(groups: readonly Group[], merged: Map<Group, Group>): void {
  const acronyms = groups.filter((g) => !merged.has(g) && PERSON_ACRONYM.test(g.mentions[0]?.text.trim() ?? ''));
  if (acronyms.length === 0) return;
  const byInitials = new Map<string, Group[]>();
  const orgInitials = new Set<string>();
  for (const h of groups) {
    if (!h.key.includes(' ') || merged.has(h)) continue;
    const type = dominantType(h.mentions);
    if (type === 'ORG') orgInitials.add(initials(h.key));
    if (type !== 'PERSON') continue;
    const spelled = new Set(h.mentions.map((m) => personInitials(m.text)).filter((i) => i !== ''));
    for (const i of spelled) addTo(byInitials, i, h);
  }
  for (const g of acronyms) {
    const [, letters, generation] = PERSON_ACRONYM.exec(g.mentions[0]?.text.trim() ?? '') ?? [];
    if (letters === undefined || orgInitials.has(letters)) continue;
    const fits = byInitials.get(generation ? `${letters} ${generation.toUpperCase()}` : letters) ?? [];
    if (fits.length === 1 && fits[0] !== g) merged.set(g, fits[0] as Group);
  }
}

/** Names sharing a last word looked through for one person's other full names. */
const MAX_SAME_LAST = 16;

/**
 * Whether `words` name the person of `full` (same last word): its first and last words
 * without the middle ones ("Hillary Clinton"), a short form of its first name ("Josh
 * Apte" for "Joshua Apte"), or its initials ("J.K. Rowling" for "Joanne Rowling").
 */
function sameWithout(words: readonly string[], full: readonly string[]): boolean {
  const [a, b] = [words[0] ?? '', full[0] ?? ''];
  // French "M." (Monsieur), "Mme", "Mlle" before the surname ("M. Mélenchon" for "Jean-Luc Mélenchon").
  if (
    FRENCH_HONORIFICS.has(a) &&
    words.length >= 2 &&
    full.length > words.length - 1 &&
    (a !== 'm.' || !b.startsWith('m'))
  )
    return full.slice(full.length - words.length + 1).join(' ') === words.slice(1).join(' ');
  if (full.length > words.length && a === b) return words.every((w) => full.includes(w));
  // A first name by its initials ("J.K. Rowling", "J. Rowling" for "Joanne Rowling").
  if (full.length === words.length && INITIALS.test(a) && !INITIALS.test(b) && b.startsWith(a.charAt(0)))
    return words.slice(1).join(' ') === full.slice(1).join(' ');
  return (
    full.length === words.length &&
    a.length >= 3 &&
    a.length < b.length &&
    b.startsWith(a) &&
    words.slice(1).join(' ') === full.slice(1).join(' ')
  );
}

function linkDemonyms(entities: Entity[]): void {
  const places = new Map<string, number>();
  for (const e of entities) {
    if (e.type !== 'PLACE') continue;
    for (const m of e.mentions) places.set(normaliseName(m.text), e.id);
  }
  for (const e of entities) {
    if (e.type !== 'OTHER') continue;
    const key = normaliseName(e.name).replace(/s$/u, '');
    const candidates = DEMONYM_PLACES.get(key) ?? DEMONYM_PLACES.get(normaliseName(e.name)) ?? [];
    const place = candidates.map((p) => places.get(p)).find((id) => id !== undefined);
    if (place !== undefined) e.place = place;
  }
}

/**
 * Whether a place's mention keeps its own type in an organisation's entity (CoNLL types each
 * mention: "DETROIT (AP) —" is the town, "Detroit led 17-7" the club): a dateline's town in
 * capitals at the start of the article's first block, and a place its own words make one ("in
 * Atlanta": name-evidence.ts).
 */
function keepsPlace(m: OwnPlace, first: boolean): boolean {
  if (m.type !== 'PLACE') return false;
  if (m.ownPlace) return true;
  return first && m.blockId === 0 && m.start === 0 && shouted(m.text);
}

function dominantType(mentions: readonly EntityMention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  let best: EntityType = mentions[0]?.type ?? 'OTHER';
  for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
  return best;
}

function canonicalName(mentions: readonly EntityMention[], type: EntityType): string {
  let best = '';
  for (const m of mentions) {
    const bare = m.text
      .replace(/['’]s$/u, '')
      .replace(/\s+/gu, ' ')
      .trim();
    const name = type === 'PERSON' ? withoutTitles(bare) : bare;
    if (name.length > best.length || (name.length === best.length && shouted(best) && !shouted(name))) best = name;
  }
  // A place or person only ever written in capitals (a dateline's "COLOGNE", "By JANE DOE") is
  // shown as a name is written; short ones may be acronyms ("DPRK", "UAE") and stay.
  if ((type === 'PLACE' || type === 'PERSON') && shouted(best) && best.replace(/\P{L}/gu, '').length > 4)
    return best.replace(/\p{L}+/gu, (w) => charAt(w, 0) + w.slice(1).toLowerCase());
  return best;
}

/** Written in capitals only ("COLOGNE", "NEW YORK"). */
const shouted = (name: string): boolean => /\p{Lu}\p{Lu}/u.test(name) && name === name.toUpperCase();

function scoreSalience(entities: Entity[], { title, blockCount }: GroupOptions): void {
  const titleKey = title ? title.toLowerCase() : '';
  const raw = entities.map((e) => {
    const first = e.mentions[0]?.blockId ?? 0;
    const early = blockCount > 0 ? 1 - Math.min(1, first / blockCount) : 0;
    const inTitle = titleKey && e.mentions.some((m) => titleKey.includes(normaliseName(m.text))) ? 1 : 0;
    return Math.log2(1 + e.mentions.length) + early + 1.5 * inTitle;
  });
  const max = Math.max(1e-9, ...raw);
  entities.forEach((e, i) => (e.salience = Math.round(((raw[i] ?? 0) / max) * 1000) / 1000));
}
