/**
 * Holidays and shopping days are dates, not names (eval/gold/guidelines/names.md: "Diwali",
 * "Black Friday", "Cyber Monday"; lang-news-train.md likewise for Spanish and Dutch): a mention
 * that is one of them, or one before "’s Day" ("Valentine’s Day", "St. Patrick’s Day"), is
 * dropped after tagging, whatever type the tagger gave it. A name that holds a holiday among
 * other words ("A Christmas Carol", "Easter Island", "Thanksgiving Day Parade") stays a name.
 *
 * The civic and national days ("Labor Day", "Memorial Day", "Armistice Day", "Thanksgiving",
 * "New Year's Day") are left to the tagger: CoNLL-2003 and WikiGold mark them MISC, and dropping
 * them lowers those figures (WikiGold F1 0.689 -> 0.688); the festivals and shopping days listed
 * here are unmarked in every gold Lede is scored on.
 */
import { charAt, codeAt } from './chars';
import type { EntityMention } from '../types';
import { respan, unchanged } from './by-block';
import { keptByName } from './kept-by-name';

/** Lower case, straight apostrophes. One list for every language Lede reads names in. */
const HOLIDAYS = new Set(
  [
    // English: religious festivals and the shopping days.
    "christmas|christmases|christmas day|christmas eve|xmas|easter|easter sunday|easter monday|good friday|palm sunday|ash wednesday|lent|advent|pentecost|whitsun|lunar new year|chinese new year|halloween|hallowe'en|valentine's day|st. valentine's day|st patrick's day|st. patrick's day|saint patrick's day|mother's day|father's day|boxing day|black friday|cyber monday|small business saturday|giving tuesday|singles day|singles' day|diwali|deepavali|holi|navratri|dussehra|eid|eid al-fitr|eid al-adha|eid ul-fitr|eid ul-adha|ramadan|hanukkah|chanukah|hanukah|passover|yom kippur|rosh hashanah|purim|sukkot|kwanzaa|mardi gras|hogmanay|all saints' day|all souls' day|guy fawkes night|bonfire night|mothering sunday|prime day",
    // English: the new year and the festival weeks news pages name (lang-news.md, issue 15); "Labor
    // Day" stays with the civic days above (CoNLL-2003 marks it MISC).
    'new year|lantern festival|golden week|hari raya|hari raya aidilfitri|hari raya puasa|hari raya haji|hari raya aidiladha|vesak|songkran|chuseok|nowruz|onam|pongal|vaisakhi|baisakhi|raksha bandhan|ganesh chaturthi|mid-autumn festival|dragon boat festival|qingming|chhath|chhath puja|dhanteras|makar sankranti|lohri|bhai dooj|karva chauth|navratri|durga puja|pchum ben',
    // Spanish.
    'navidad|nochebuena|nochevieja|año nuevo|semana santa|viernes santo|jueves santo|domingo de resurrección|día de reyes|día de los muertos|día de muertos|día de todos los santos|ramadán|día de la madre|día del padre|día de san valentín|día de acción de gracias',
    // Dutch.
    'kerstmis|kerst|kerstavond|eerste kerstdag|tweede kerstdag|oudejaarsavond|nieuwjaarsdag|oud en nieuw|pasen|pinksteren|hemelvaart|hemelvaartsdag|koningsdag|bevrijdingsdag|dodenherdenking|goede vrijdag|suikerfeest|offerfeest|moederdag|vaderdag|valentijnsdag',
  ]
    .join('|')
    .split('|'),
);

/** The longest holiday, in characters: a longer mention is never one (no lower-casing needed). */
const LONGEST = Math.max(...[...HOLIDAYS].map((h) => h.length));

/** The first letters of the holidays: the cheap check before a mention is lower-cased. */
const FIRST_LETTERS = new Set([...HOLIDAYS].map((h) => charAt(h, 0)));

/** A holiday's shape: its first letter's code and its length (the holidays' first letters are ASCII). */
const shape = (code: number, length: number): number => code * 256 + length;
const SHAPES = new Set([...HOLIDAYS].map((h) => shape(codeAt(h, 0), h.length)));

const normal = (s: string): string => s.toLowerCase().replaceAll('’', "'");

/**
 * The words a tagger leaves after a holiday's first words, in lower case with straight
 * apostrophes: "Valentine" of "Valentine’s Day", "All Souls" of "All Souls’ Day", "Mothering" of
 * "Mothering Sunday".
 */
const TAILS = ["'s day", "'s eve", "' day", ' sunday'];

/** Each tail's heads: the holidays that end in it, without it ("valentine" of "valentine's day"). */
const HEADS = new Map(
  TAILS.map((tail) => [
    tail,
    new Set([...HOLIDAYS].filter((h) => h.endsWith(tail)).map((h) => h.slice(0, -tail.length))),
  ]),
);

/**
 * SHAPES as a table (speed, issue 15): by a lower-case ASCII first letter's code and a length
 * up to LONGEST, whether a holiday has that shape (`PLAIN`), and whether one has it with one of
 * `TAILS` after it (`TAILED`): one read of an array for the Set lookups of each mention.
 */
const shapeAt = (code: number, length: number): number => code * (LONGEST + 1) + length;
const PLAIN = new Uint8Array(128 * (LONGEST + 1));
const TAILED = new Uint8Array(128 * (LONGEST + 1));
for (let code = 0; code < 128; code++)
  for (let n = 0; n <= LONGEST; n++) {
    if (SHAPES.has(shape(code, n))) PLAIN[shapeAt(code, n)] = 1;
    if (TAILS.some((t) => SHAPES.has(shape(code, n + t.length)))) TAILED[shapeAt(code, n)] = 1;
  }

/** Each holiday's head before a tail ("valentine" of "valentine's day"): its tails. */
const TAILS_OF = new Map<string, string[]>();
for (const tail of TAILS)
  for (const head of HEADS.get(tail) as Set<string>) {
    const tails = TAILS_OF.get(head);
    if (tails) tails.push(tail);
    else TAILS_OF.set(head, [tail]);
  }

/** Names lower-cased (`normal`) at most, kept from text to text. */
const NORMALS_LIMIT = 10_000;

/**
 * Each name's `normal` form, by the name as written: the shapes let through many names that
 * are no holiday ("Paris" is as long as "purim"), and the texts repeat them (speed, issue 15).
 * Emptied past NORMALS_LIMIT.
 */
const normalName = keptByName(normal, NORMALS_LIMIT);

/** Whether a mention is a holiday: itself, or with one of `TAILS` after it. */
export function isHoliday(text: string, m: EntityMention): boolean {
  const length = m.end - m.start;
  if (length > LONGEST) return false;
  // An ASCII first letter: no holiday of that letter and length (or with a tail after it), no
  // lower-casing (a holiday lower-cased is as long as the name it came from); another first
  // letter: none of the holidays'.
  const first = m.text.charCodeAt(0);
  if (!(first < 128) && !FIRST_LETTERS.has(m.text.charAt(0).toLowerCase())) return false;
  const next = codeAt(text, m.end);
  const tailed = next === 39 || next === 0x2019 || next === 32;
  if (first < 128) {
    const lower = first >= 65 && first <= 90 ? first + 32 : first;
    const n = m.text.length;
    // No holiday longer than LONGEST, with a tail or not.
    if (n > LONGEST || (PLAIN[shapeAt(lower, n)] === 0 && !(tailed && TAILED[shapeAt(lower, n)] === 1))) return false;
  }
  const name = normalName(m.text);
  if (HOLIDAYS.has(name)) return true;
  if (!tailed) return false;
  // A tail is read after the name only where a holiday is the name and that tail.
  const tails = TAILS_OF.get(name);
  if (tails === undefined) return false;
  return tails.some((tail) => {
    const after = normal(text.slice(m.end, m.end + tail.length));
    return after === tail && !/\p{L}/u.test(charAt(text, m.end + tail.length));
  });
}

/** The lower-case words after which a name the tagger ran on into a holiday is cut. */
const BEFORE_HOLIDAY = new Set(['for', 'at', 'on', 'over', 'before', 'after', 'until', 'in', 'by']);

/**
 * The mentions that are no holiday; a name run on through "for", "at"... into a holiday
 * ("Toronto for Christmas") is cut before that word, a place when `isPlace` says so.
 */
export function withoutHolidays(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean = () => false,
): EntityMention[] {
  // No holiday (most texts): the mentions themselves, no copy (made at the first change).
  let out: EntityMention[] | null = null;
  // The block of the mention before (mentions come block by block): looked up once a block.
  let blockId = NaN;
  let block = '';
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.blockId !== blockId) {
      blockId = m.blockId;
      block = text.get(blockId) ?? '';
    }
    if (isHoliday(block, m) || beforeNewYear(block, m) || afterNewYears(block, m)) {
      out ??= mentions.slice(0, i);
      continue;
    }
    const cut = cutBeforeHoliday(block, m, isPlace);
    if (cut) out ??= mentions.slice(0, i);
    if (out !== null) out.push(cut ?? m);
  }
  return out ?? unchanged(mentions);
}

/** `m` cut before a linking word and a holiday at its end, or undefined. */
function cutBeforeHoliday(
  block: string,
  m: EntityMention,
  isPlace: (name: string) => boolean,
): EntityMention | undefined {
  // Three words at least (two spaces): most names have fewer, and are not split.
  const space = m.text.indexOf(' ');
  if (space < 0 || m.text.indexOf(' ', space + 1) < 0 || !hasLowerWord(m.text, space)) return undefined;
  const words = m.text.split(' ');
  for (let k = 1; k < words.length - 1; k++) {
    if (!BEFORE_HOLIDAY.has(words[k] as string)) continue;
    const head = words.slice(0, k).join(' ');
    const start = m.start + head.length + (words[k] as string).length + 2;
    const tail = respan(m, start, m.end, m.text.slice(start - m.start));
    if (!isHoliday(block, tail)) continue;
    return respan(m, m.start, m.start + head.length, head, isPlace(head) ? 'PLACE' : m.type);
  }
  return undefined;
}

/**
 * Whether a word of `name` after its first space (at `space`) starts with a lower-case ASCII
 * letter, as each of BEFORE_HOLIDAY does: most names have none, and are not split.
 */
function hasLowerWord(name: string, space: number): boolean {
  for (let k = space; k < name.length - 1; k++) {
    if (name.charCodeAt(k) !== 32) continue;
    const c = name.charCodeAt(k + 1);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Whether `m` is the "Eve" or "Day" the tagger cut from "New Year's Eve" or "New Year's Day". */
function afterNewYears(block: string, m: EntityMention): boolean {
  if (m.text !== 'Eve' && m.text !== 'Day') return false;
  const before = block.slice(Math.max(0, m.start - 11), m.start).replaceAll('’', "'");
  return before === "New Year's ";
}

/** Whether `m` is "Lunar" or "Chinese" of "Lunar New Year", "Chinese New Year" or "the Lunar festival". */
function beforeNewYear(block: string, m: EntityMention): boolean {
  if (m.text !== 'Lunar' && m.text !== 'Chinese') return false;
  const after = block.slice(m.end, m.end + 10);
  const word = after.startsWith(' New Year') ? 9 : m.text === 'Lunar' && /^ [Ff]estival/.test(after) ? 9 : 0;
  return word > 0 && !/\p{L}/u.test(charAt(block, m.end + word));
}
