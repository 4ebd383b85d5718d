/**
 * The fixed data of a word: what is known of it regardless of where it stands (its text in
 * the training text's forms, hashes of its lower-case form, shape and affixes, its
 * capitalisation flags, word-list bits and word clusters). Computed once per distinct token
 * text and shared by every document that uses it; nothing here changes once made. Also the
 * small word classes the tagger and the document preparation consult ("van", "of").
 */
import { hashString } from './hash';
import { LEXICON_BITS, type Gazetteers, type PhrasesFrom } from './gazetteers';
import { SEED } from './template-ids';
import { StringTable } from './string-table';

/**
 * What is known of a word regardless of where it stands; made once per distinct token text
 * (see `wordOf`) and never changed, since every document that uses the word shares it. What
 * is learnt of a word in one document lives in that document's state (document.ts), and a
 * scorer's cache of its weights in the scorer (NerModel).
 */
export interface Word {
  readonly text: string;
  readonly lower: string;
  /** The hashes (word, lower-case form, shape, affixes) are signed 32-bit integers (see `atom`). */
  readonly w: number;
  readonly lw: number;
  readonly shape: number;
  readonly pre1: number;
  readonly pre2: number;
  readonly pre3: number;
  readonly pre4: number;
  readonly suf1: number;
  readonly suf2: number;
  readonly suf3: number;
  readonly suf4: number;
  /** Bit flags: see FLAG. */
  readonly flags: number;
  /** Word-list bits of the word alone (without LEXICON_BITS). */
  readonly gaz: number;
  /** GAZ.COMMON when English usually writes the word in lower case, else 0. */
  readonly lex: number;
  /** Cluster ids (finest to coarsest), -1 when the word has none. */
  readonly c1: number;
  readonly c2: number;
  readonly c3: number;
  /**
   * The word's place in the word table: 1 to WORD_SLOTS - 1, never shared by two words in
   * the table at once (NO_WORD has 0). A scorer may keep what it caches of a word at this
   * index, checking that the word there is the same: the table reuses its places when it is
   * cleared.
   */
  readonly slot: number;
  /**
   * The id of the word's lower-case form: words that differ only in case ("the", "The")
   * share it. Like `slot`, it is valid until the word table is cleared
   * (`beginWords`), so a document keeps to one table.
   */
  readonly form: number;
  /** The word lists' phrases that begin with the word (`Gazetteers.phrasesFrom`), or null. */
  readonly phrases: PhrasesFrom | null;
  /** Punctuation that never belongs to a name (`isBreak`), worked out once. */
  readonly isBreak: boolean;
}

/**
 * Capitalisation and character classes of a word. The values are hashed into features
 * (TEMPLATE.FLAGS and others): never renumber.
 */
export const FLAG = {
  TITLE: 1,
  UPPER: 2,
  LOWER: 4,
  DIGIT: 8,
  HYPHEN: 16,
  DOT: 32,
  PUNCT: 64,
  INITIAL: 128,
  APOS: 256,
} as const;

/** Lower-case words inside people's names ("Edwin van der Sar", "Osama bin Laden"). */
export const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'della',
  'la',
  'le',
  'du',
  'dos',
  'das',
  'des',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'ter',
  'ten',
]);
/** Lower-case words inside other names ("Bank of England", "Human Rights in China"). */
export const NAME_LINKS = new Set([
  'of',
  'and',
  '&',
  'for',
  'the',
  'on',
  'in',
  'at',
  'upon',
  'to',
  'sur',
  'am',
  'an',
  'du',
  // Spanish and Dutch ("Congreso de los Diputados", "Partij voor de Vrijheid"): words the
  // English model never meets inside a name.
  'los',
  'las',
  'para',
  'voor',
  'het',
]);

/**
 * Lower-case words that may sit inside a capitalised run when a capitalised word follows:
 * most of the particles and links above, not "and" ("Banc One and First Chicago" is two).
 */
export const RUN_LINKS = new Set([
  'of',
  'de',
  'del',
  'der',
  'van',
  'von',
  'la',
  'le',
  'du',
  'da',
  'di',
  'al',
  'bin',
  '&',
  'for',
  'the',
]);

/** A capitalised word, not a possessive "'S". */
export const isCapitalised = (w: Word): boolean =>
  (w.flags & (FLAG.TITLE | FLAG.UPPER)) !== 0 && !(w.flags & FLAG.APOS && w.text.length === 2);

/** Word shape with runs collapsed: "Xx", "XX", "dd", "X.X.", "Xx-Xx". */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = shapeClass(ch);
    if (c === last) {
      run++;
      if (run >= 2) continue;
    } else {
      run = 0;
    }
    out += c;
    last = c;
  }
  return out;
}

/** A character's class in a shape: X upper-case, x other letters, d digits, else itself. */
function shapeClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    return code >= 48 && code <= 57 ? 'd' : ch;
  }
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'x' : ch;
}

function flagsOf(word: string): number {
  let f = 0;
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters) {
    if (/^\p{Lu}/u.test(word) && /\p{Ll}/u.test(letters)) f |= FLAG.TITLE;
    if (letters === letters.toUpperCase() && letters !== letters.toLowerCase()) f |= FLAG.UPPER;
    if (letters === letters.toLowerCase()) f |= FLAG.LOWER;
  } else if (!/\p{N}/u.test(word)) {
    f |= FLAG.PUNCT;
  }
  if (/\p{N}/u.test(word)) f |= FLAG.DIGIT;
  if (word.includes('-')) f |= FLAG.HYPHEN;
  if (word.includes('.')) f |= FLAG.DOT;
  if (/^\p{Lu}\.$/u.test(word)) f |= FLAG.INITIAL;
  if (/['’]/u.test(word)) f |= FLAG.APOS;
  return f;
}

/** Words seen before; cleared when it grows too big (`beginWords`). */
const wordCache = new StringTable<Word>(16_384);
/** Ids of the lower-case forms of the words in `wordCache` (see `Word.form`). */
const formIds = new Map<string, number>();
const CACHE_LIMIT = 200_000;
/** One more than the highest `Word.slot`. */
export const WORD_SLOTS = 2 * CACHE_LIMIT + 1;
let cacheOwner: Gazetteers | null = null;

/**
 * Readies the word table for a document's words: a table made with other word lists, or
 * grown past its limit, is cleared here, between documents, so that the words of one
 * document share one table (their `form` ids are comparable). A document adds at most its
 * own distinct words; `wordOf` clears only past twice the limit, as a last resort.
 */
export function beginWords(gaz: Gazetteers): void {
  if (cacheOwner !== gaz || wordCache.size >= CACHE_LIMIT) clearWords(gaz);
}

function clearWords(gaz: Gazetteers): void {
  wordCache.clear();
  formIds.clear();
  cacheOwner = gaz;
}

function affix(lower: string, k: number, fromEnd: boolean, seed: number): number {
  if (k > lower.length) return 0;
  return atom(fromEnd ? lower.slice(-k) : lower.slice(0, k), seed);
}

/**
 * A word's hash as a signed 32-bit integer (the bits of `hashString`'s unsigned one): features
 * read it only through `feature`, whose XOR reads either alike, and V8 keeps a field of such
 * integers inside the word (a field holding numbers of 2^31 or more holds each in a box of its
 * own, one more place to fetch for every read: the tagger reads these fields for every token).
 */
const atom = (s: string, seed: number): number => hashString(s, seed) | 0;

/**
 * The training text (Reuters, 1996) writes straight quotes and "--"; articles today write
 * curly quotes and dashes. Features see the old forms, offsets stay on the real text.
 */
function newsForm(text: string): string {
  if (isAscii(text)) return text;
  return text
    .replace(/[“”„‟«»]/gu, '"')
    .replace(/[‘’‚‛]/gu, "'")
    .replace(/^[—―]$/u, '--')
    .replace(/[–—―‐‑]/gu, '-');
}

/** Whether every character is ASCII (no curly quote or dash for `newsForm` to replace). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

export function wordOf(original: string, gaz: Gazetteers): Word {
  if (cacheOwner !== gaz) clearWords(gaz);
  let word = wordCache.get(original);
  if (word) return word;
  // Mid-document: the forms stay (the document's ids depend on them).
  if (wordCache.size >= 2 * CACHE_LIMIT) wordCache.clear();
  const text = newsForm(original);
  const lower = text.toLowerCase();
  let form = formIds.get(lower);
  if (form === undefined) {
    form = formIds.size;
    formIds.set(lower, form);
  }
  const bits = gaz.wordBits(lower.replace(/['’]s$/u, ''));
  const [c1, c2, c3] = gaz.clusters(lower);
  const flags = flagsOf(text);
  // The fields read for every token (preparing the document, the beam, the context features)
  // first, those read only when the word's weights are first cached (`wordFeatures`) last: a
  // token's reads then touch the first cache lines of its word. NO_WORD has the same order.
  word = {
    text,
    lower,
    flags,
    form,
    lw: atom(lower, SEED.LOWER),
    gaz: bits & ~LEXICON_BITS,
    lex: bits & LEXICON_BITS,
    shape: atom(shapeOf(text), SEED.SHAPE),
    isBreak: (flags & FLAG.PUNCT) !== 0 && BREAK.test(text),
    slot: wordCache.size + 1,
    phrases: gaz.phrasesFrom(lower),
    c2,
    c3,
    c1,
    w: atom(text, SEED.WORD),
    pre1: affix(lower, 1, false, SEED.PREFIX1),
    pre2: affix(lower, 2, false, SEED.PREFIX2),
    pre3: affix(lower, 3, false, SEED.PREFIX3),
    pre4: affix(lower, 4, false, SEED.PREFIX4),
    suf1: affix(lower, 1, true, SEED.SUFFIX1),
    suf2: affix(lower, 2, true, SEED.SUFFIX2),
    suf3: affix(lower, 3, true, SEED.SUFFIX3),
    suf4: affix(lower, 4, true, SEED.SUFFIX4),
  };
  wordCache.set(original, word);
  return word;
}

export const NONE = 0x5bd1e995;

/** The word before the first or after the last token of a sentence. */
export const NO_WORD: Word = {
  text: '',
  lower: '',
  flags: 0,
  form: -1,
  lw: NONE,
  gaz: NONE,
  lex: NONE,
  shape: NONE,
  isBreak: false,
  slot: 0,
  phrases: null,
  c2: -2,
  c3: -2,
  c1: -2,
  w: NONE,
  pre1: 0,
  pre2: 0,
  pre3: 0,
  pre4: 0,
  suf1: 0,
  suf2: 0,
  suf3: 0,
  suf4: 0,
};

/** The text of punctuation that never belongs to a name (`Word.isBreak`). */
const BREAK = /^[.,;:!?()[\]{}]+$/u;

/** Punctuation that never belongs to a name: such a token is always tagged O. */
export function isBreak(word: Word): boolean {
  return word.isBreak;
}
