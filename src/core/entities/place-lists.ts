/**
 * Places listed together after a place's preposition are all places: "homes in Stockport and
 * Cheadle", "stocks in Jurong and Clementi", "from Mylapore to Anna Nagar", "in the Bramhall and
 * Cheadle Hulme areas". A town or district the tagger does not know is often typed a person
 * (it looks like a surname); its neighbour in the list, typed a place, says what it is. After
 * tagging (English), block by block:
 *
 * - a list is mentions joined by ", ", " and ", " or " (" to " after "from"), the first right
 *   after "in", "at", "from", "near", "across", "around", "outside", "throughout" or "towards" (and "the"),
 *   or after a plural noun of places and "including", "such as" or nothing ("for counties Cork, Kerry
 *   and Waterford", "22 counties, including Ramsey and Washington": en-565, en-531), where every
 *   member is a place, whatever joins it and whatever its neighbours were typed;
 * - a person of the list joined to a place of it by "and", "or" or "to" becomes a place (a comma
 *   alone is not enough: "Born in Whitby, North Yorkshire, Margaret was ..."). Organisations stay
 *   ("in Britain and the EU"); a person with a possessive after it stays ("officials in Paris and
 *   Macron’s aides"); so does a person that shares a word with a person mentioned elsewhere in
 *   the article ("in Tarwick and Pell", then "Pell said"), or that starts with a known first name
 *   ("in Tarwick and Marta Pell"), except after a plural noun of places, which names their kind
 *   ("counties Cork, Kerry and Waterford": "Kerry" is a given name too);
 * - an organisation or an other-name of the list joined so to a place is a place too ("flood
 *   alerts in Devon and Cornwall", "schools in Cumbria and the Scottish Borders", "zones in
 *   Townsville, Cungulla and Lucinda", "from Oslo to Palermo"): the tagger reads a county or a town
 *   by the page's other uses of its word ("Cornwall Council"). Not an acronym ("in Britain and the
 *   EU"), not a name with an organisation's word in it ("the European Union", "Islamic State"), not
 *   a demonym ("in Spain and Catalan"), not a name placed in turn ("stations in Melbourne and Radio
 *   X in Adelaide"); after "from", where a transfer is as likely ("from Brazil to Chelsea"), only a
 *   city or region of the word lists.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, mentionsByBlock, retype, unchanged } from './by-block';

/** A place's preposition (and "the") right before the list's first mention. */
const PREPOSITION = /(?:^|[^\p{L}])(in|at|from|near|across|around|outside|throughout|towards|toward)(?: the)? $/u;

/** A plural noun of places, with "including", "such as" or "like" or nothing, right before the list's first mention. */
const KINDS =
  /(?:^|[^\p{L}])(?:counties|districts|regions|provinces|prefectures|states|towns|cities|suburbs|boroughs|parishes|municipalities)(?:,? including|,? such as|,? like)? $/u;

/** How far before the first mention the preposition (or the noun of places) may begin. */
const BEFORE = 32;

/**
 * The lower-case words a list's lead may end in: each of PREPOSITION's words and "the", each of
 * KINDS' nouns, "including", "as" of "such as" and "like", by length.
 */
const LEAD_WORDS: readonly (readonly string[])[] = (() => {
  const words =
    'in at from near across around outside throughout towards toward the counties districts regions provinces prefectures states towns cities suburbs boroughs parishes municipalities including as like'.split(
      ' ',
    );
  const byLength: string[][] = [];
  for (const w of words) (byLength[w.length] ??= []).push(w);
  return Array.from(byLength, (ws) => ws ?? []);
})();

/**
 * Whether the run of lower-case ASCII letters that ends right before the space before `start`
 * is one of LEAD_WORDS: where it is not, neither PREPOSITION nor KINDS can match before `start`
 * (each ends in one of those words, a space and the slice's end, with no letter before the
 * word), and no slice is cut (speed, issue 15: most mentions follow a lower-case word).
 */
function mayLead(text: string, start: number): boolean {
  if (charAt(text, start - 1) !== ' ') return false;
  const end = start - 1;
  let k = end;
  const stop = Math.max(0, end - LEAD_WORDS.length);
  while (k > stop) {
    const c = text.charCodeAt(k - 1);
    if (c < 97 || c > 122) break;
    k--;
  }
  const words = LEAD_WORDS[end - k];
  if (words === undefined) return false;
  for (const w of words) if (text.startsWith(w, k)) return true;
  return false;
}

/** Whether `list` is in order of start already (most blocks' mentions are): no copy to sort. */
function inOrder(list: readonly EntityMention[]): boolean {
  for (let k = 1; k < list.length; k++)
    if ((list[k] as EntityMention).start < (list[k - 1] as EntityMention).start) return false;
  return true;
}

/** What may join two mentions of a list ("to" only after "from"). */
function joins(gap: string, from: boolean): boolean {
  return (
    gap === ', ' ||
    gap === ' and ' ||
    gap === ' or ' ||
    gap === ', and ' ||
    gap === ' and the ' ||
    (from && gap === ' to ')
  );
}

/** Words of an organisation's name: a name with one stays an organisation ("the European Union"). */
const ORG_WORDS = new Set(
  'Union State Council Party Bank Ministry Department Agency Commission Committee Company Group Corp Corporation Inc Ltd Association Federation League Club University College School Institute Hospital Court Police Army Forces Government Authority Service Services Office Board Trust Foundation Network News Times Post'.split(
    ' ',
  ),
);

/**
 * Whether an organisation or an other-name of a place list may be a place: not an acronym, no
 * organisation's word, not a demonym ("Catalan", "Japanese", "Scottish").
 */
function mayBePlace(m: EntityMention): boolean {
  if (m.text.toUpperCase() === m.text) return false;
  const words = m.text.split(' ');
  if (words.some((w) => ORG_WORDS.has(w))) return false;
  const last = words[words.length - 1] ?? '';
  return m.type !== 'OTHER' || !/(?:an|ans|ese|ish|ic|i)$/u.test(last);
}

/** Whether the mention ends in a possessive ("Macron’s"). */
function possessive(text: string, m: EntityMention): boolean {
  const next = charAt(text, m.end);
  return next === "'" || next === '’';
}

/** The mentions of one block (in order of start) with the persons of its place lists made places. */
function placeLists(
  text: string,
  mentions: readonly EntityMention[],
  isListedPlace: (name: string) => boolean,
  named: Set<EntityMention>,
): EntityMention[] {
  const out = [...mentions];
  let i = 0;
  while (i < out.length) {
    const first = out[i] as EntityMention;
    // PREPOSITION and KINDS end in one of their words and a space: the cheap check before the patterns.
    const lead = mayLead(text, first.start);
    const prep = lead ? PREPOSITION.exec(text.slice(Math.max(0, first.start - 16), first.start)) : null;
    const kinds = lead && !prep && KINDS.test(text.slice(Math.max(0, first.start - BEFORE), first.start));
    if (!prep && !kinds) {
      i++;
      continue;
    }
    const from = prep?.[1] === 'from';
    let j = i + 1;
    while (
      j < out.length &&
      joins(text.slice((out[j - 1] as EntityMention).end, (out[j] as EntityMention).start), from)
    )
      j++;
    // A person joined to a place by "and", "or" or "to" (never by a comma alone: "Born in Whitby,
    // North Yorkshire, Margaret was ...", "In Mosul, Yasser swept ...") is a place.
    // After a plural noun of places the noun names every member's kind: a comma is enough ("counties Cork, Kerry and Waterford").
    const conjoined = (other: number, k: number): boolean => {
      if (kinds && other >= i && other < j) return true;
      if (other < i || other >= j || (out[other] as EntityMention).type !== 'PLACE') return false;
      const [a, b] = other < k ? [other, k] : [k, other];
      return text.slice((out[a] as EntityMention).end, (out[b] as EntityMention).start) !== ', ';
    };
    for (let k = i; k < j; k++) {
      const m = out[k] as EntityMention;
      if (m.type === 'PLACE' || possessive(text, m) || !(conjoined(k - 1, k) || conjoined(k + 1, k))) continue;
      if (m.type === 'PERSON') {
        out[k] = retype(m, 'PLACE');
        if (kinds) named.add(out[k] as EntityMention);
      } else if (mayBePlace(m) && !text.startsWith(' in ', m.end) && (!from || isListedPlace(m.text)))
        out[k] = retype(m, 'PLACE');
    }
    i = j;
  }
  return out;
}

/**
 * The mentions with the persons, organisations and other-names of place lists made places, by the
 * rules above (`text`: each block's text by id; `isListedPlace`: a city or region of the word lists).
 */
export function withPlaceLists(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isFirstName: (word: string) => boolean = () => false,
  isListedPlace: (name: string) => boolean = () => false,
): EntityMention[] {
  const byBlock = mentionsByBlock(mentions);
  const fixed = new Map<EntityMention, EntityMention>();
  const others = new Map<EntityMention, EntityMention>();
  // The persons made places in a list after a noun of places ("counties Cork, Kerry and Waterford").
  const named = new Set<EntityMention>();
  for (const [id, list] of byBlock) {
    // Only names beside a place change: a block with places alone, or none, is left as it is.
    if (!list.some((m) => m.type === 'PLACE') || list.every((m) => m.type === 'PLACE')) continue;
    const sorted = inOrder(list) ? list : [...list].sort((a, b) => a.start - b.start);
    const after = placeLists(text.get(id) ?? '', sorted, isListedPlace, named);
    sorted.forEach((m, k) => {
      const n = after[k] as EntityMention;
      if (n !== m) (m.type === 'PERSON' ? fixed : others).set(m, n);
    });
  }
  if (fixed.size === 0 && others.size === 0) return unchanged(mentions);
  // A person the article names again as a person elsewhere ("in Tarwick and Pell ... Pell said")
  // stays a person: the words of its other mentions as a person.
  const personWords = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && !fixed.has(m)) for (const w of m.text.split(' ')) personWords.add(w);
  for (const m of fixed.keys()) {
    const words = m.text.split(' ');
    const n = fixed.get(m) as EntityMention;
    if (words.some((w) => personWords.has(w)) || (isFirstName(words[0] as string) && !named.has(n))) fixed.delete(m);
  }
  return mapped(mentions, (m) => fixed.get(m) ?? others.get(m) ?? m);
}
