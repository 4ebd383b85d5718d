/**
 * A product line named with its numbers (issue 15, en-train18 and modern-train): a text that
 * writes one name with two or more different numbers after it ("Vega 2 ... Vega 2.5 ... Vega 3",
 * "the Keel 13s ... the first Keel 14s", "the Sportback 50 and the Sportback 55") names the
 * models of a product, and each "name number" is one OTHER name (names.md: "the version or model
 * number is inside the name"). The tagger stops before the number and often reads the name alone
 * as a person ("Vega") or its maker. A number that is a score or a table's column is none: a
 * site where the number is followed by another number ("Leeds 2 3", "Leeds 2-1"), by a name and
 * a number ("Leeds 2 Hull 1", "Leeds 2, Hull 1"), by a measure ("Vega 3 million") or by the end
 * of its block (a scorecard's "b Akram 31") makes the whole name no product line, and a text
 * with no word of a story about products ("model", "laptop", "software") has none.
 * After tagging (English), one look at the characters after each mention; then the names with
 * two numbers or more, also counted by their last word (`lineByLastWord`: "Halden Vantage 14"
 * and "Vantage 13").
 */
import { charAt, codeAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, respan, someBlock, unchanged } from './by-block';

/**
 * Words of a story about products, one of which the text must hold: results and tables
 * ("Baggio 40, Vieri 70)") write names with numbers too, in stories with none of these words.
 */
const PRODUCT_STORY =
  /\b(?:models?|versions?|laptops?|phones?|smartphones?|chips?|processors?|devices?|gadgets?|software|hardware|firmware|benchmarks?|specs|lineup|successor|predecessor|sedan|SUV|hatchback)\b/u;

/** A model's number after a name and what follows it: " 3", " 2.5", " 13s", " 120"; then a clause's end or a space. */
const NUMBER = /^ (\d{1,4}(?:\.\d{1,2})?s?)(?=[,;:)!?’'"”]|\.(?:\s|$)|\s|$)/u;

/** A year after a name is an edition's, not a model's ("the Ascent Cup 2025"). */
const YEAR = /^(?:19|20)\d\d$/u;

/** A model's word after its number, inside the name ("Vega 3 Mini", "Orla 4 Pro"). */
const MODEL_WORDS = new Set('Mini Pro Max Ultra Plus Lite Air SE XL'.split(' '));

/** After the number: another number, a dash and a number, or a capitalised word then a number (a score or a table). */
const SCORE_AFTER = /^(?:,? ?\d|[-–]\d|,? \p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30})? \d)/u;

/** The lower-case word after the number. */
const NEXT_WORD = /^ (\p{Ll}{1,12})/u;

/** Words after a number that make it a quantity, not a model's. */
const MEASURES = new Set(
  'per percent pc million billion trillion bn points pts goals runs overs minutes seconds hours days weeks months years metres meters miles km kg feet inches yards pounds dollars euros times votes seats people'.split(
    ' ',
  ),
);

/** A mention followed by a model's number: its place in the mentions and the number, with a model's word after it ("3 Mini"). */
interface Site {
  index: number;
  number: string;
}

/** The mentions with the models of a product line (one name with two numbers or more) taken in as OTHER names. */
export function withProductLines(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  let sites: Map<string, Site[]> | null = null;
  const spoiled = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.type === 'PLACE') continue;
    const block = text.get(m.blockId) ?? '';
    // A space and a digit after the name first: the cheap check before the pattern.
    const digit = codeAt(block, m.end + 1);
    if (charAt(block, m.end) !== ' ' || !(digit >= 48 && digit <= 57)) continue;
    const found = NUMBER.exec(block.slice(m.end, m.end + 12));
    const number = found?.[1];
    if (found === null || number === undefined) {
      spoiled.add(m.text);
      continue;
    }
    if (YEAR.test(number)) continue;
    const after = m.end + found[0].length;
    const rest = block.slice(after, after + 70);
    const nextWord = NEXT_WORD.exec(rest)?.[1] ?? '';
    if (rest.length === 0 || SCORE_AFTER.test(rest) || MEASURES.has(nextWord)) {
      spoiled.add(m.text);
      continue;
    }
    sites ??= new Map();
    const list = sites.get(m.text);
    if (list) list.push({ index: i, number: modelWord(rest, number) });
    else sites.set(m.text, [{ index: i, number: modelWord(rest, number) }]);
  }
  if (sites === null) return unchanged(mentions);
  const numbers = new Map<number, string>();
  for (const [name, list] of sites) {
    if (spoiled.has(name) || new Set(list.map((s) => s.number.split(' ')[0])).size < 2) continue;
    for (const s of list) numbers.set(s.index, s.number);
  }
  lineByLastWord(mentions, sites, spoiled, numbers);
  if (numbers.size === 0 || !someBlock(text, PRODUCT_STORY)) return unchanged(mentions);
  return mapped(mentions, (m, i) => {
    const number = numbers.get(i);
    if (number === undefined) return m;
    const name = number === '' ? m.text : `${m.text} ${number}`;
    return respan(m, m.start, m.start + name.length, name, 'OTHER');
  });
}

/** A mention that holds its model's number already ("Vantage 14" typed an organisation): its name and number. */
const WITH_NUMBER = /^(?:\p{Lu}[\p{L}-]* )?(\p{Lu}[\p{L}-]*) (\d{1,3})$/u;

/**
 * A line named with and without its maker ("the Halden Vantage 14 ... the Vantage 13 ... a
 * 16-inch Vantage 16": en-train21; "the Oriel Fold 3 ... the Fold 2": en-train20): the sites
 * and the mentions that hold a number already are counted by the name's last word, and a word
 * with two numbers or more makes each of them a model (`numbers`: "" for a mention whole
 * already). Names of more than two words, and any name spoiled by a score, are left out.
 */
function lineByLastWord(
  mentions: readonly EntityMention[],
  sites: ReadonlyMap<string, Site[]>,
  spoiled: ReadonlySet<string>,
  numbers: Map<number, string>,
): void {
  const byWord = new Map<string, Site[]>();
  const add = (word: string, site: Site): void => {
    const list = byWord.get(word);
    if (list) list.push(site);
    else byWord.set(word, [site]);
  };
  for (const [name, list] of sites) {
    const words = name.split(' ');
    if (spoiled.has(name) || words.length > 2) continue;
    for (const s of list) add(words[words.length - 1] ?? '', s);
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.type === 'PERSON' || codeAt(m.text, m.text.length - 1) > 57) continue;
    const found = WITH_NUMBER.exec(m.text);
    // A place's name with a number is a road or a ward ("Highway 174"), unless a maker's name
    // leads it ("Halden Vantage 14", which the tagger may read as a place).
    if (found && (m.type !== 'PLACE' || m.text.split(' ').length === 3))
      add(found[1] ?? '', { index: i, number: `=${found[2] ?? ''}` });
  }
  for (const list of byWord.values()) {
    const distinct = new Set(list.map((s) => (s.number.startsWith('=') ? s.number.slice(1) : s.number.split(' ')[0])));
    if (list.length < 2 || distinct.size < 2) continue;
    for (const s of list) if (!numbers.has(s.index)) numbers.set(s.index, s.number.startsWith('=') ? '' : s.number);
  }
}

/** The number with the model's word after it when one follows ("3 Mini"), else the number. */
function modelWord(rest: string, number: string): string {
  const space = rest.indexOf(' ', 1);
  const word = rest.startsWith(' ') ? rest.slice(1, space < 0 ? rest.length : space).replace(/[,;:.)!?]$/u, '') : '';
  return MODEL_WORDS.has(word) ? `${number} ${word}` : number;
}
