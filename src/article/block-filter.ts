/**
 * Block-level cleaning after Readability: drops blocks a reader does not count as the
 * story even when they sit inside the article container. Each rule looks at one block's
 * text (and, for links, its DOM): the headline repeated, a byline or dateline, an
 * "Updated …" line, a call to action ("READ MORE: …", "Sign up"), a run of links (related
 * stories), a line with no words. Captions are kept (as caption blocks) and judged by the
 * caller.
 */
import type { BlockKind } from '../core/types';
import { countWords } from '../core/segment/tokens';
import { withoutWordDates } from './month-names';

export interface BlockContext {
  title: string | null;
  authors: readonly string[];
}

export interface CandidateBlock {
  kind: BlockKind;
  text: string;
  /** Share of the block's characters inside links, 0..1. */
  linkDensity: number;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`;
/** A clock time: "10:15", "9.30 pm", "5 p.m." and the "06h00" of Portuguese and French pages. */
const TIME =
  '(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?|\\d{1,2}\\s*[ap]\\.?m\\.?|\\d{1,2}h\\d{2})';
const STAMP_WORDS =
  '(?:published|updated|last updated|first published|posted|modified|publicado|actualizado|atualizado|atualizada|veröffentlicht|aktualisiert|mis à jour|publié|pubblicato|aggiornato|gepubliceerd|aangepast|bijgewerkt)';
/**
 * A time written relative to now, as a stamp gives it ("há 2 horas", "hace 3 horas", "vor 2
 * Stunden", "il y a 2 heures", "2 hours ago", "3 uur geleden", "2 ore fa").
 */
const RELATIVE_TIME =
  '(?:(?:há|hace|vor|il y a)\\s\\d{1,3}\\s\\p{L}{3,9}|\\d{1,3}\\s(?:hours?|hrs?|minutes?|mins?|days?|uur|minuten|dagen|ore|minuti|giorni)\\s(?:ago|geleden|fa))';

/** Dates, times and stamp words, each of which a dateline may hold. */
export const DATELINE_PART = new RegExp(`${STAMP_WORDS}|${DATE}|${TIME}|${RELATIVE_TIME}`, 'giu');
/**
 * Words a dateline holds besides its dates, in the languages Lede reads: "on", "at", "às",
 * "a las", "à", "um … Uhr", "alle", "om", and the "feira" of a Portuguese weekday
 * ("sexta-feira", split at its dash).
 */
const DATELINE_WORDS = new Set([
  'on',
  'at',
  'am',
  'le',
  'el',
  'às',
  'as',
  'a',
  'las',
  'à',
  'um',
  'uhr',
  'alle',
  'ore',
  'om',
  'uur',
  'feira',
  'h',
]);
/** A weekday's name (or its start) in English, Portuguese, Spanish, French, German, Italian or Dutch. */
const WEEKDAY =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|segunda|terça|quarta|quinta|sexta|sábado|domingo|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/iu;
/** Words of a line of dates and stamps at most ("Published … | Updated …", each with its time and zone). */
const MAX_DATELINE_WORDS = 30;
/** Datelines are short: longer lines are not looked at (and cost nothing). */
const MAX_DATELINE_LENGTH = 200;

/**
 * A line that is only dates, times, weekdays and words like "Updated" ("Updated: Tue, 12
 * March 2024 10:15 GMT"). The parts are replaced in one pass and the rest is checked word by
 * word: a single pattern that repeats its alternatives (as this once was) backtracks
 * exponentially on a run of weekday-like words ("monmonmon…!").
 */
export function isDateline(text: string): boolean {
  if (text.length > MAX_DATELINE_LENGTH) return false;
  // A date in words of another language ("12 de marzo de 2025") counts as a part too.
  const rest = withoutWordDates(text).replace(DATELINE_PART, ' ');
  let words = 0;
  for (const word of rest.split(/[|·•\-–—,:.\s]+/u)) {
    if (!word) continue;
    if (!DATELINE_WORDS.has(word.toLowerCase()) && !WEEKDAY.test(word)) return false;
    words++;
  }
  return words > 0 || rest.length < text.length;
}
export const STARTS_WITH_DATE = new RegExp(`^${DATE}`, 'iu');

/**
 * A line that opens the story with a place or a name and its date ("Harbour City, 3 March
 * 2025", "Ana Lima | March 3, 2025"): one to four capitalised words, a separator, then a
 * dateline that opens with a date. The caller asks only of the story's first block.
 */
export function isLeadDateline(text: string): boolean {
  if (text.length > MAX_LEAD_DATELINE_CHARS) return false;
  const head = LEAD_HEAD.exec(text);
  if (!head) return false;
  const tail = text.slice(head[0].length);
  return STARTS_WITH_DATE.test(tail) && isDateline(tail);
}

/** One to four capitalised words, then a separator. */
const LEAD_HEAD = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?[,|·•–—-] ?/u;
/** Characters of a place's or a name's dateline, at most. */
const MAX_LEAD_DATELINE_CHARS = 80;
const STAMPED = new RegExp(`^\\s*${STAMP_WORDS}\\b`, 'iu');

/** Calls to action and page furniture, at the start of a short block. */
const FURNITURE =
  /^(?:this (?:post|article|page) (?:may )?contains? affiliate|disclosure:|join our|read more|read next|more from|more on this|don[’']?t miss|see also|also read|related(?: articles| stories| coverage)?\s*:|recommended|sign in|sign up|log in|subscribe|breaking news|advertisement|sponsored|share (?:this|on)|follow (?:us|her|him|them|me) on|click here|have a tip|get the latest|citation:|our standards|thanks for reading|this (?:document|article|story) is (?:subject to )?copyright|all rights reserved|©|copyright ©|comments?\s*\(|leave a (?:comment|reply)|trending now|top stories|most (?:read|popular))\b/iu;

/**
 * A prompt to watch or listen ("WATCH: the minister's statement", "Listen to the full
 * interview"): short, or its verb in capitals or before a colon. A sentence of the story that
 * opens with the verb ("Watch how much the text changes…", "Watch out for…") is longer, or goes
 * on as prose.
 */
const WATCH_VERB = /^(?:watch|listen)\b/iu;
const WATCH_PROSE = /^(?:watch|listen)(?: (?:how|as|what|why|when|where|out|for|closely|carefully))\b/iu;
const WATCH_CAPS = /^(?:WATCH|LISTEN)\b/u;
const WATCH_COLON = /^(?:watch|listen)(?: (?:now|live|again|more))?\s?:/iu;
/** Words of a prompt to watch or listen written as a sentence, at most. */
const MAX_WATCH_WORDS = 20;

/** A call to follow the outlet or a show on social networks ("Follow Newsbeat on Instagram, Facebook…"). */
const FOLLOW_PROMPT =
  /^follow [^.!?]{1,40} on (?:instagram|facebook|twitter|x|youtube|tiktok|threads|bluesky|linkedin|whatsapp|telegram)\b/iu;
/** Words of a call to follow, at most. */
const MAX_FOLLOW_WORDS = 25;

/**
 * The credits that close a story, which the header reads from the page (end-credit.ts): an
 * agency's "(Reporting by …; Editing by …)", "Keith Lane contributed reporting from Hong Kong.",
 * "Write to Ana Lima at alima@news.example".
 */
const CLOSING_CREDIT =
  /^\(?\s*(?:additional |with )?(?:reporting|reported|writing|written|editing|edited|compiled)(?: and (?:writing|editing|reporting))? by\s/iu;
/** The credit's names start after "by" ("Editing by Mark Price", not "Reporting by the council shows…"). */
const CREDITED = /\bby\s\p{Lu}/u;
const CONTRIBUTED =
  /\bcontributed (?:reporting|research)(?: (?:from|in) [^.]{1,60})?\.?$|\bcontributed to this (?:report|story|article)\.?$/iu;
const WRITE_TO = /^[Ww]rite to \p{Lu}[^@]{1,60}\sat\s\S{1,60}@/u;
/** Words of a closing credit, at most (an agency's names several desks). */
const MAX_CREDIT_WORDS = 60;
const MAX_CONTRIBUTED_WORDS = 20;

/** A gallery's counter ("1 of 13", "1 of / 13"). */
const GALLERY_COUNTER = /^\d{1,3}\s?of\s?(?:\/\s?)?\d{1,3}$/iu;
/** A citation of the story itself ("Citation: Title (2019, November 18) retrieved … from https://…"). */
const SELF_CITATION = /^citation:.{0,400}\bretrieved\b/iu;
/** A label and links to more of the outlet's coverage ("More AP NBA: https://…"). */
const MORE_LINKS = /^more [\p{L}\p{N}’' -]{1,30}:\s?https?:\/\//iu;
/** A prompt to share ("Like this story? Share it with a friend!"). */
const SHARE_PROMPT = /^(?:like|liked|enjoy|enjoyed|love) this (?:story|article|post)\?/iu;
/** An affiliate disclosure ("Harbour News may earn an affiliate commission if you buy…"). */
const AFFILIATE = /\b(?:may|might|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commissions?\b/iu;
/** The page's tools for the article, alone ("Order Reprints", "Print Article", "Text size"). */
const ARTICLE_TOOL = /^(?:order reprints|reprints|print (?:this )?article|text size|font size|by)$/iu;

/** Whether a block is a closing credit, a counter, a citation, a prompt or a tool of the page. */
function isPageNote(text: string, words: number): boolean {
  if (words <= MAX_CREDIT_WORDS && CLOSING_CREDIT.test(text) && CREDITED.test(text)) return true;
  if (words <= MAX_CONTRIBUTED_WORDS && (CONTRIBUTED.test(text) || WRITE_TO.test(text))) return true;
  if (words <= 4 && (GALLERY_COUNTER.test(text) || ARTICLE_TOOL.test(text))) return true;
  if (words <= 80 && SELF_CITATION.test(text)) return true;
  if (words <= 40 && (MORE_LINKS.test(text) || AFFILIATE.test(text))) return true;
  return words <= 25 && SHARE_PROMPT.test(text);
}

function isWatchPrompt(text: string, words: number): boolean {
  if (!WATCH_VERB.test(text)) return false;
  if (WATCH_CAPS.test(text) || WATCH_COLON.test(text)) return true;
  return words <= MAX_WATCH_WORDS && !WATCH_PROSE.test(text);
}

/**
 * A label that introduces links to other stories ("More:", "READ MORE:", "See also:", "Lee
 * también:"): alone, it announces a list of teasers; with links after it, it is one.
 */
const TEASER_LABEL =
  /^(?:(?:more|more stories|read more|read next|see also|also read|read also|related(?: stories| articles| coverage| content)?|lee también|leia também|lire aussi|à lire aussi|mehr zum thema|leggi anche) ?:|more (?:on|from|about) [^:]{1,40}:)/iu;
const LABELS_ALONE = new Set([
  'more',
  'more stories',
  'read more',
  'read next',
  'see also',
  'also read',
  'related',
  'related stories',
  'related articles',
  'related coverage',
  'lee también',
  'leia também',
  'lire aussi',
  'à lire aussi',
  'mehr zum thema',
  'leggi anche',
]);

/** Whether a block only announces teasers: a label alone ("More:"), which the caller uses for the list after it. */
export function isTeaserLabel(text: string): boolean {
  if (text.length > 40) return false;
  const t = text.trim().toLowerCase();
  const label = t.endsWith(':') ? t.slice(0, -1).trim() : t;
  return LABELS_ALONE.has(label) || MORE_STORIES.test(label);
}

/**
 * "More Great Harbour Stories", "More from Harbour Daily", "Other stories": a label of other
 * stories in a few words (folded to lower case; the caller has cut it to 40 characters).
 */
const MORE_STORIES =
  /^(?:more|other|related|recent|popular|latest)(?: [\p{L}\p{N}'’&.-]+){0,3} (?:stories|articles|reads|posts)$|^more (?:from|on|about) \p{L}[^:.!?]{0,30}$/u;

/** A photo credit on its own: "(Image: © NASA)", "Alex Wong | Getty Images". */
const CREDIT =
  /^\(?\s*(?:image|photo|picture|pic|credit|source|foto|bild|illustration)s?(?:\s+credit)?\s*:|^\(?\s*(?:photo(?:graph)?|picture|image|video)s?\s+(?:by|courtesy(?:\s+of)?)\s|(?:getty images|reuters|afp|\bap photo|shutterstock|istock(?:photo)?|alamy|epa)\)?\s*$/iu;

/** The reading time alone ("6 min read", "Temps de lecture 3 min", "Lesezeit: 4 Minuten"). */
const READING_TIME =
  /^(?:\d{1,3}\s?min(?:ute)?s?\.?\s(?:read|de lectura|de lecture|Lesezeit)|(?:reading time|temps de lecture|tiempo de lectura|tempo de leitura|lesezeit|leestijd)\s?:?\s?\d{1,3}\s?min(?:ute[ns]?|utos?|\.)?)$/iu;

/**
 * Newsletter and subscription promos: a newsletter or inbox, and an invitation (its verb may be
 * a button that is no text: "[Sign up] for the free daily newsletter").
 */
const PROMO_OBJECT = /\b(?:newsletters?|inbox|e-?mail alerts?|news alerts?)\b/iu;
const PROMO_VERB = /\b(?:sign up|subscribe|delivered|get|join|register|for (?:the|our) free)\b/iu;

/** An author bio: the author named, with what bios say. */
const BIO_CUE =
  /\b(?:joined|is an? |was an? |covers|has covered|reports on|has been reporting|writes about|lives in|living in|native|follow (?:him|her|them) on|is the author|author of|her book|his book|can be reached|reach (?:him|her) at)\b/iu;

/** A short line that opens with "By" (the author's name in it is checked separately). */
const BYLINE = /^(?:by|von|par|por|de)\s/iu;

const squash = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether a block at the end of the article is the author's bio: it names an author and
 * reads like a bio. The caller applies it from the last block backwards.
 */
export function isAuthorBio(text: string, context: BlockContext): boolean {
  if (countWords(text, 91) > 90 || !BIO_CUE.test(text)) return false;
  const names = context.authors.flatMap((a) => a.split(/\s+/u)).filter((n) => n.length > 2);
  return names.some((n) =>
    new RegExp(`(?:^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(text),
  );
}

/** A context's title and authors squashed, once per context (every block is compared with them). */
const squashedContexts = new WeakMap<BlockContext, { title: string | null; authors: string[] }>();
function squashed(context: BlockContext): { title: string | null; authors: string[] } {
  let s = squashedContexts.get(context);
  if (!s) {
    s = { title: context.title ? squash(context.title) : null, authors: context.authors.map(squash) };
    squashedContexts.set(context, s);
  }
  return s;
}

/** Rating stars, full, half and empty ("★★★★☆", "★★★½", "⭐⭐⭐⭐"), one to ten of them. */
const STARS = new Set(['★', '☆', '✩', '✪', '✭', '✮', '⭐', '½', '⯪', ' ']);

/** Whether a block is a star rating alone: one to ten stars, at least one of them full. */
export function isStarRating(text: string): boolean {
  if (text.length === 0 || text.length > 24) return false;
  let full = 0;
  for (const c of text) {
    if (!STARS.has(c)) return false;
    if (c === '★' || c === '⭐') full++;
  }
  return full >= 1 && full <= 10;
}

/** Characters after a line's opening date in which its "by" or "posted" stands, at most. */
const MAX_DATED_BYLINE_GAP = 48;
const BYLINE_WORD = /\b(?:by|por|par|von|publicado|posted|published)\b/iu;

/**
 * A line that opens with a date and credits or stamps it before any sentence ends ("March 3,
 * 2025 by Ana Lima", "5 mars 2024, par Ana Lima", "12 June 2025 · Posted in Business"); not a
 * dated item of a chronology whose sentence names an agent ("February 14, 2024: The Treasury
 * proposes a levy. It is dropped after protests by transporters.").
 */
function isDatedByline(text: string): boolean {
  const date = STARTS_WITH_DATE.exec(text);
  if (!date) return false;
  const after = text.slice(date[0].length, date[0].length + MAX_DATED_BYLINE_GAP);
  const stop = after.search(/[.!?:;]\s/u);
  return BYLINE_WORD.test(stop < 0 ? after : after.slice(0, stop));
}

export function isDroppedBlock(block: CandidateBlock, context: BlockContext): boolean {
  const text = block.text.trim();
  // Every rule below is for short blocks: counting stops past the longest they consider.
  const words = countWords(text, 61);
  // A review's star rating ("★★★★☆", "★★★½") is the verdict, not a rule: kept.
  if (isStarRating(text)) return false;
  // No letters at all: a counter ("4"), a bullet, a rule.
  if (words === 0 || (!/\p{L}/u.test(text) && words <= 3 && block.kind !== 'cell')) return true;
  // The title and an author's name are short: long paragraphs skip the comparisons.
  if (words <= 60) {
    const key = squash(text);
    const { title, authors } = squashed(context);
    if (title && key === title) return true;
    if (authors.some((a) => a === key)) return true;
    if (words <= 12 && text.length <= 160 && BYLINE.test(text) && authors.some((a) => key.includes(a))) return true;
  }
  if (words <= 6 && /^by\s/iu.test(text)) return true;
  // A line of dates alone may be long ("Published 5:00 a.m. ET March 5, 2025 | Updated 9:22 a.m. ET March 6, 2025").
  if ((words <= 16 && STAMPED.test(text)) || (words <= MAX_DATELINE_WORDS && isDateline(text))) return true;
  if (words <= 40 && FURNITURE.test(text)) return true;
  if (words <= 40 && isWatchPrompt(text, words)) return true;
  if (words <= MAX_FOLLOW_WORDS && FOLLOW_PROMPT.test(text)) return true;
  if (isPageNote(text, words)) return true;
  if (isTeaserLabel(text)) return true;
  // "More: <a>Story one</a> | <a>Story two</a>": teasers, however many.
  if (words <= 80 && block.linkDensity >= 0.4 && TEASER_LABEL.test(text)) return true;
  if (words <= 15 && CREDIT.test(text)) return true;
  if (words <= 6 && READING_TIME.test(text)) return true;
  if (/^https?:\/\/\S+$/u.test(text)) return true;
  if (words <= 25 && isDatedByline(text)) return true;
  if (words <= 50 && PROMO_OBJECT.test(text) && PROMO_VERB.test(text)) return true;
  // A run of links: related stories, tag lists, "more from" menus.
  if (block.linkDensity >= 0.8 && words <= 25 && block.kind !== 'heading') return true;
  return false;
}
