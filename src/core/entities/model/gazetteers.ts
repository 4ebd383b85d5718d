/**
 * Word lists the tagger reads as features: countries, cities, regions, demonyms, first
 * names, organisation words, titles before names, months and weekdays; and word clusters
 * learned from word vectors. They are built at training time from data packages and shipped
 * inside the model file, so the model and its lists always match. Phrases ("North Korea",
 * "New York") match as token sequences.
 */

/**
 * Word-list bits: stored in the model file and hashed into features, so never renumber one
 * that features read (COMMON, read by no feature, moved from 4096 to 32768 when the other
 * languages' clue lists took 4096-16384; models/ner.bin's table was rewritten to match).
 */
export const GAZ = {
  COUNTRY: 1,
  CITY: 2,
  REGION: 4,
  DEMONYM: 8,
  FIRST_NAME: 16,
  ORG_WORD: 32,
  TITLE: 64,
  MONTH_DAY: 128,
  FUNCTION_WORD: 256,
  SURNAME: 512,
  ORG_NAME: 1024,
  TEAM: 2048,
  // Words that give document clues (document.ts) in a language other than English, whose own
  // clue words are fixed there; the English model's lists leave them empty.
  PLACE_PREPOSITION: 4096,
  SPEECH_VERB: 8192,
  ARTICLE: 16384,
  /** A word English writes in lower case (its usual form in a large word-frequency list). */
  COMMON: 32768,
} as const;

/**
 * The bits that say how English writes a word rather than what it names: kept apart from
 * the word-list bits (`Word.lex`, not `Word.gaz`), so that the many common words do not
 * split the features of the word lists. The tagger's constraints and the reading of
 * headings use them (document.ts), no feature does.
 */
export const LEXICON_BITS = GAZ.COMMON;

/** The bit of `phraseBits` that marks the first token of a phrase. */
export const PHRASE_BEGIN = 1 << 16;

/** Lists by name; a missing list is empty (a language may have no such list). */
export type GazetteerLists = Partial<Record<keyof typeof GAZ, string[]>>;

/** Word clusters (from word vectors): three cluster ids per lower-case word, coarsest last. */
export interface WordClusterTable {
  words: readonly string[];
  ids: ArrayLike<number>;
}

/** Single-word entries of the word lists: lower-case words in code-unit order, and their bits. */
export interface WordBitsTable {
  words: readonly string[];
  bits: ArrayLike<number>;
}

/** What a model file stores: the single words as a sorted table, the phrases as lists. */
export interface GazetteerTables {
  words: WordBitsTable;
  /** Multi-word entries, lower-case, one space between words. */
  phrases: Partial<GazetteerLists>;
  clusters: WordClusterTable;
}

/** A cluster table with its words in code-unit order (ids moved along), for binary search. */
export function sortedClusters(table: WordClusterTable): WordClusterTable {
  const { words, ids } = table;
  if (isSorted(words)) return table;
  const order = words.map((_, i) => i).sort((a, b) => ((words[a] as string) < (words[b] as string) ? -1 : 1));
  return {
    words: order.map((i) => words[i] as string),
    ids: order.flatMap((i) => [ids[i * 3] ?? -1, ids[i * 3 + 1] ?? -1, ids[i * 3 + 2] ?? -1]),
  };
}

function isSorted(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) if ((words[i - 1] as string) >= (words[i] as string)) return false;
  return true;
}

/** Index of `word` in sorted `words`, or -1. */
function search(words: readonly string[], word: string): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid] as string;
    if (w === word) return mid;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The word lists as tables: single words sorted with their bits, phrases normalised. */
function gazetteerTables(lists: GazetteerLists, clusters: WordClusterTable): GazetteerTables {
  const single = new Map<string, number>();
  const phrases: Partial<GazetteerLists> = {};
  for (const [name, bit] of Object.entries(GAZ) as [keyof typeof GAZ, number][]) {
    for (const entry of lists[name] ?? []) {
      const tokens = entry.toLowerCase().split(/\s+/u).filter(Boolean);
      if (tokens.length === 1) single.set(tokens[0] as string, (single.get(tokens[0] as string) ?? 0) | bit);
      else if (tokens.length > 1) (phrases[name] ??= []).push(tokens.join(' '));
    }
  }
  const words = [...single.keys()].sort((a, b) => (a < b ? -1 : 1));
  return {
    words: { words, bits: Uint16Array.from(words, (w) => single.get(w) ?? 0) },
    phrases,
    clusters: sortedClusters(clusters),
  };
}

/** A word-list phrase: its lower-case tokens and its bits. */
export interface Phrase {
  readonly tokens: readonly string[];
  readonly bits: number;
}

/** The phrases that begin with one word, by their second word, longest first. */
export type PhrasesFrom = ReadonlyMap<string, readonly Phrase[]>;

/**
 * The lookups the tagger makes. Single words and clusters are sorted tables searched by
 * bisection, so loading a model builds nothing for them (a cold service worker tags sooner).
 */
const UNKNOWN_CLUSTERS = [-1, -1, -1] as const;

export class Gazetteers {
  /**
   * First and second token of a multi-token phrase -> the phrases (as token arrays) and their
   * bits, longest first (so a sentence's "the" looks only at the phrases of "the" and the word
   * after it).
   */
  private readonly phrases = new Map<string, PhrasesFrom>();

  constructor(readonly tables: GazetteerTables) {
    const lists = new Map<string, Phrase[]>();
    for (const [name, bit] of Object.entries(GAZ) as [keyof typeof GAZ, number][]) {
      for (const entry of tables.phrases[name] ?? []) {
        const tokens = entry.split(' ');
        const list = lists.get(tokens[0] as string) ?? [];
        list.push({ tokens, bits: bit });
        lists.set(tokens[0] as string, list);
      }
    }
    for (const [first, list] of lists) {
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      const bySecond = new Map<string, Phrase[]>();
      for (const p of list) {
        const second = p.tokens[1] ?? '';
        const same = bySecond.get(second);
        if (same) same.push(p);
        else bySecond.set(second, [p]);
      }
      this.phrases.set(first, bySecond);
    }
  }

  /** From the word lists and clusters training builds. */
  static fromLists(lists: GazetteerLists, clusters: WordClusterTable = { words: [], ids: [] }): Gazetteers {
    return new Gazetteers(gazetteerTables(lists, clusters));
  }

  /** The word's cluster at granularity 0 (finest) to 2 (coarsest), or -1 for an unknown word. */
  cluster(lower: string, level: number): number {
    return this.clusters(lower)[level] ?? -1;
  }

  /** The word's clusters at the three granularities (finest first), found with one search. */
  clusters(lower: string): readonly [number, number, number] {
    const { words, ids } = this.tables.clusters;
    const i = search(words, lower);
    return i < 0 ? UNKNOWN_CLUSTERS : [ids[i * 3] ?? -1, ids[i * 3 + 1] ?? -1, ids[i * 3 + 2] ?? -1];
  }

  wordBits(lower: string): number {
    const { words, bits } = this.tables.words;
    const i = search(words, lower);
    // The file stores the bits as 16-bit values that may read back signed (COMMON is the top bit).
    return i < 0 ? 0 : (bits[i] ?? 0) & 0xffff;
  }

  /** The phrases that begin with the lower-case word `first`, by their second word; null for none. */
  phrasesFrom(first: string): PhrasesFrom | null {
    return this.phrases.get(first) ?? null;
  }

  /**
   * Marks phrase matches in a sentence: for each token, the bits of the longest phrase
   * covering it, and whether it begins that phrase (PHRASE_BEGIN); into `out` when given
   * (all 0, as long as the sentence). `words`, when given, are the tokens' words with the
   * phrases each begins (`phrasesFrom`, looked up once per word).
   */
  phraseBits(
    lowers: readonly string[],
    out = new Uint32Array(lowers.length),
    words: readonly { readonly phrases: PhrasesFrom | null }[] | null = null,
  ): Uint32Array {
    for (let i = 0; i + 1 < lowers.length; i++) {
      const from = words
        ? (words[i] as { readonly phrases: PhrasesFrom | null }).phrases
        : this.phrases.get(lowers[i] as string);
      const candidates = from?.get(lowers[i + 1] as string);
      if (!candidates) continue;
      for (const p of candidates) {
        if (i + p.tokens.length > lowers.length) continue;
        let ok = true;
        for (let k = 1; k < p.tokens.length && ok; k++) ok = lowers[i + k] === p.tokens[k];
        if (!ok) continue;
        out[i] = (out[i] ?? 0) | p.bits | PHRASE_BEGIN;
        for (let k = 1; k < p.tokens.length; k++) out[i + k] = (out[i + k] ?? 0) | p.bits;
        break;
      }
    }
    return out;
  }
}
