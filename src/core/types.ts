/**
 * The data model of Lede's analysis. Everything here is plain JSON: it crosses from the
 * content script to the popup, is printed by the command line and is what
 * `lede/get-analysis` answers with. Offsets are JavaScript string indices into the text of
 * one block, end exclusive; only `src/article/` turns them into DOM ranges.
 */

// Each closed set of names is one const array; its type is derived from it, so a check at a
// boundary (see `isWorkerRequest`) can never list other values than the type does.
export const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'OTHER'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'quote', 'caption', 'preformatted', 'cell'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** One block of article text (a paragraph, heading, list item...). */
export interface Block {
  id: number;
  kind: BlockKind;
  text: string;
}

export type MetaField =
  'title' | 'byline' | 'publishedTime' | 'modifiedTime' | 'siteName' | 'lang' | 'dir' | 'excerpt' | 'leadImage';

/** Where a metadata field was read from, e.g. "json-ld", "meta:og:title", "readability". */
export type MetaSources = Partial<Record<MetaField, string>>;

/**
 * How sure the reader is of a metadata field, 0..1: high when independent sources agree
 * (the headline and og:title, the byline and the author tag), lower for a lone or weak
 * source (a date from the URL, a staff label for an author).
 */
export type MetaConfidence = Partial<Record<MetaField, number>>;

export interface ArticleMeta {
  url: string | null;
  title: string | null;
  byline: string[];
  /** ISO 8601: a full instant when the page gives a time, else a calendar date. */
  publishedTime: string | null;
  modifiedTime: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  sources: MetaSources;
  /**
   * The section the publisher files the article under (JSON-LD `articleSection`, the
   * `article:section` tag: "Opinion", "Sport"), when the page gives one.
   */
  section?: string;
  /** The article's schema.org types from its JSON-LD ("OpinionNewsArticle", "Review"), when the page gives them. */
  schemaTypes?: string[];
  /** Per field, how sure the reading is (see `MetaConfidence`); absent where not judged. */
  confidence?: MetaConfidence;
}

/** What the article stage hands to the analysis core: metadata and body blocks, no DOM. */
export interface ArticleText {
  meta: ArticleMeta;
  blocks: Block[];
  /** Whether the page looks like an article, and why (shown by the popup). */
  isArticle: boolean;
  reason: string;
  /** Set when the page's text was longer than Lede reads (see `capArticle`). */
  cut?: ArticleCut;
  /** Chrome's reading of the article's language, when the extension has one (`chrome.i18n.detectLanguage`). */
  languageHint?: LanguageReading;
}

/** A language detector's reading of a text. */
export interface LanguageReading {
  /** BCP 47 tag ("de", "zh-Hant"). */
  lang: string;
  /** 0..1. */
  confidence: number;
  detector: 'chrome' | 'tinyld';
}

/**
 * How the article's language was decided: the page declared it (and the text bore it out, or
 * could not be checked), the text showed it (over a declaration it contradicts, or with none),
 * or neither told.
 */
export type LanguageMethod = 'declared' | 'declared-confirmed' | 'detected' | 'detected-over-declared' | 'unknown';

/** The article's language (see `identifyLanguage`). */
export interface ArticleLanguage {
  /** Primary language subtag the analysis read the article in ("en", "de"), "und" when unknown. */
  code: string;
  method: LanguageMethod;
  /** The page's declaration (primary subtag), and the detector's reading of the text. */
  declared: string | null;
  detected: string | null;
  detector: 'chrome' | 'tinyld' | null;
  /** Blocks plainly in another language (a quoted speech, an English box on a German page). */
  otherBlocks?: { blockId: number; lang: string }[];
}

/** What the analysis read in the article's language. */
export interface LanguageAnalysis extends ArticleLanguage {
  /** The language's own name ("Deutsch", "Polski"). */
  name: string;
  /** Names were read (Lede has a model for the language); false: silent, no highlights. */
  names: boolean;
  /** Dates were read (full dates, not only years). */
  dates: boolean;
}

/** An article cut to what Lede reads: how many words the whole had. */
export interface ArticleCut {
  totalWords: number;
}

/** A stretch of one block's text. */
export interface Span {
  blockId: number;
  start: number;
  end: number;
  text: string;
}

export interface EntityMention extends Span {
  type: EntityType;
}

export interface Entity {
  id: number;
  type: EntityType;
  /** The fullest name used in the article, e.g. "Vladimir Putin" for "Putin". */
  name: string;
  mentions: EntityMention[];
  /** 0..1, how central the entity is to the article (frequency, position, title). */
  salience: number;
  /** For a demonym ("Ukrainian"), the id of the place it belongs to when the article names it. */
  place?: number;
  /** The roles and descriptions the article gives it ("Interior Minister", "the chemicals maker"), in text order. */
  roles?: EntityRole[];
  /** The dates (`DateMention.id`) of the sentences it is named in, in text order. */
  dates?: number[];
}

/** A role or description of an entity as the article words it, with the sentence it is in. */
export interface EntityRole extends Span {
  sentence: string;
}

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** exact: fully written out; approximate: vague or partial; inferred: resolved against the reference date. */
export type DateCertainty = 'exact' | 'approximate' | 'inferred';

export interface DateMention extends Span {
  id: number;
  type: DateType;
  /** TIMEX3-style normalised value: "2024", "2024-06", "2024-06-04", "2024-06-04T15:00". */
  value: string;
  /** For a range, the normalised value of its end. */
  endValue?: string;
  /** TIMEX3 modifier: START ("early 2024"), MID, END, APPROX, LESS_THAN, MORE_THAN. */
  mod?: string;
  certainty: DateCertainty;
  /**
   * The moment of writing itself ("today", "now", "currently"): not on the timeline, and the
   * UI does not highlight it by default.
   */
  present?: true;
  /**
   * Its value is a weak guess (`weakEvidence`: a month put in a year the sentence does not
   * support, one end of a stretch shown alone...): highlighted, but off the timeline, and the
   * hover card says it is a guess.
   */
  guess?: true;
}

/** A point or range of the article's timeline (see `buildTimeline`). */
export interface TimelineEntry {
  /** The date mention it comes from (`DateMention.id`). */
  mentionId: number;
  value: string;
  endValue?: string;
  mod?: string;
  certainty: DateCertainty;
  /** The date as written, and the sentence around it. */
  text: string;
  sentence: string;
  blockId: number;
  start: number;
  end: number;
  /** Later mentions of the same point or range (`DateMention.id`), folded into this entry. */
  also?: number[];
  /** One of the about eight entries the card shows before "show all" (the UI keeps time order). */
  featured?: true;
  /** The entities (`Entity.id`) named in the entry's sentence. */
  entities?: number[];
}

export type QuoteKind = 'direct' | 'indirect';

/** Who said a quote. */
export interface QuoteSpeaker {
  /** The fullest name the article uses, or its description of an unnamed source ("a spokesperson for the company"). */
  name: string;
  /** The entity, when the speaker is one the article names. */
  entityId?: number;
  /** Where the attribution names the speaker for this quote (a name, a pronoun, a description). */
  mention?: Span;
  /**
   * The article's own words when `name` says whose they are: "its hydrologists" is named
   * "German Weather Service’s hydrologists".
   */
  written?: string;
}

/**
 * A quote: direct (the words inside the quotation marks) or indirect (reported speech, an
 * "according to" attribution: the reported content). The span is the quote's words.
 */
export interface Quote extends Span {
  id: number;
  kind: QuoteKind;
  speaker: QuoteSpeaker;
  /** The attributing words ("said", "told", "according to"); absent for a paragraph that is only a quote. */
  cue?: Span;
  /** A quotation carried on from the previous paragraph's open one. */
  continued?: boolean;
}

/** Someone quoted or cited in the article. */
export interface Source {
  name: string;
  entityId?: number;
  /** Not named: the article describes the source ("officials", "a person familiar with the matter"). */
  anonymous: boolean;
  direct: number;
  indirect: number;
  /** Their quotes (`Quote.id`), in text order; the first is where they first speak. */
  quotes: number[];
}

export interface Sources {
  /** Everyone quoted or cited, the most quoted first. */
  sources: Source[];
  /** Most of the article's quotes (and at least three) come from one unnamed source. */
  restsOnOneAnonymousSource: boolean;
}

export interface SummarySentence extends Span {
  score: number;
}

export interface ReadingTime {
  /** Minutes, for a fast and a slow reader. */
  min: number;
  max: number;
}

export interface Analysis {
  meta: ArticleMeta;
  isArticle: boolean;
  reason: string;
  blocks: Block[];
  /** Words analysed (all of the article unless `cut` is set). */
  wordCount: number;
  /** Set when the article was longer than Lede reads: only its opening was analysed. */
  cut?: ArticleCut;
  readingTime: ReadingTime;
  entities: Entity[];
  dates: DateMention[];
  /** The dates that are points or ranges in time, in time order. */
  timeline: TimelineEntry[];
  /** Who said what, in text order (absent in a names-only reading). */
  quotes?: Quote[];
  /** Who is quoted or cited, how often and how (absent in a names-only reading). */
  sources?: Sources;
  summary: SummarySentence[];
  /** The publisher's own description of the article, when it is a real summary of it. */
  description?: string;
  /** The article's language, how it was decided and what was read in it. */
  language?: LanguageAnalysis;
  /** The instant the analysis used as "now" (ISO), and the reference date for relative dates. */
  analysedAt: string;
  referenceDate: string;
}
