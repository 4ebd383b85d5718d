/**
 * The publisher's own description of the article (`og:description`, JSON-LD `description`,
 * the standfirst), when it is a real summary of this article: not the title again, not the
 * article's first sentence (or its truncated start: the lede says it already), not a site
 * slogan (its words must be the article's), and with the site's name and agency prefixes
 * taken off. The card shows it labelled as the publisher's.
 */
import { countWords } from '../segment/tokens';
import type { ArticleMeta, Block } from '../types';
import { contentWords, similarity } from './words';

/** Sources that are the page's own metadata (Readability's excerpt is the first paragraph). */
const PUBLISHER_SOURCES = /^(?:json-ld|meta:)/u;
const MIN_WORDS = 8;
const MAX_WORDS = 80;
/** Share of its content words the article must also use. */
const MIN_SHARED = 0.4;
/** Similarity to the first sentence above which the description is that sentence again. */
const SAME_AS_LEDE = 0.8;
/** A description of more sentences than this is a blurb or the opening copied. */
const MAX_SENTENCES = 2;
/** Descriptions at least this long without a closing full stop were cut by the site (unless they end on a word of the article: see wholeSentences). */
const CUT_LENGTH = 120;
const BLURB =
  /\b(?:we've|we’ve|we're|we’re|let's|let’s|click|subscribe|read (?:more|on)|find out|here's|here’s|(?:everything|all) you need to know)\b/iu;

/** A word's first five letters: enough to meet its inflections. */
const stem5 = (w: string): string => w.slice(0, 5);

const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Named character references a site may leave in its description, undecoded. */
const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', hellip: '…' };

/** "&#8217;", "&#x2019;", "&nbsp;", "&hellip;" left undecoded in the description, decoded ("K&#8230;" is a cut). */
function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,6}));/giu,
    (all, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
      if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      return NAMED[(name ?? '').toLowerCase()] ?? all;
    },
  );
}

/** "CityAM - ", "WASHINGTON (AP) - ", "Editorial: ", " | Site", " - LA NACION", "[...]". */
function clean(text: string, meta: ArticleMeta, vocabulary: ReadonlySet<string>): string {
  let t = decodeEntities(text).replace(/\s+/gu, ' ').trim();
  t = t.replace(/^\p{Lu}[\p{Lu} .,'’]{1,40}\s?\([^)]{1,20}\)\s?[-–—]\s?/u, '');
  if (meta.siteName) {
    const site = meta.siteName.toLowerCase();
    const head = t.slice(0, site.length + 3).toLowerCase();
    if (head.startsWith(site) && /^[\s:|–—-]/u.test(t.slice(site.length)))
      t = t.slice(site.length).replace(/^[\s:|–—-]+/u, '');
    const tail = t.toLowerCase().lastIndexOf(site);
    if (tail > 0 && tail + site.length >= t.length - 1 && /[|–—-]\s{0,3}$/u.test(t.slice(0, tail)))
      t = t.slice(0, tail).replace(/(?<![\s|–—-])[\s|–—-]+$/u, '');
  }
  // "Title | the description - SITE": the part after the title (the title may carry the site's name).
  if (meta.title) {
    const title = meta.title.trim();
    const bar = t.indexOf(' | ');
    if (t.startsWith(title)) t = t.slice(title.length).replace(/^[\s:|–—-]+/u, '');
    else if (bar > 0 && title.startsWith(t.slice(0, bar))) t = t.slice(bar + 3);
  }
  t = t.replace(/\s?[-–—]\s?\p{Lu}[\p{Lu} .]{2,30}$/u, '');
  t = t.replace(/(?<!\s)\s*(?:\[(?:\.\.\.|…)\]|\.\.\.|…)$/u, '…').trim();
  return wholeSentences(t, vocabulary);
}

/**
 * A description cut off by the site ("… illustrates the changing status of computation in")
 * keeps its whole sentences; one with none left is no summary ('').
 */
function wholeSentences(t: string, vocabulary: ReadonlySet<string>): string {
  if (/[.!?]["”’)]?$/u.test(t) || t.endsWith('…')) return t;
  const ends = [...t.matchAll(/[.!?]["”’)]?(?=\s)/gu)];
  const last = ends[ends.length - 1];
  if (last) return t.slice(0, (last.index ?? 0) + last[0].length);
  // One sentence without its full stop: whole when short (sites cut at 150 characters or more),
  // or when it ends on a whole word of the article's own that is no function word (a standfirst
  // is often written without its stop: "… as the hub of a far-flung Anglosphere"; a cut one ends
  // on a part of a word, "… under-regulated company making ri", or on "in", "the").
  return t.length < CUT_LENGTH || endsOnWord(t, vocabulary) ? t : '';
}

/** Whether a text ends on one of the article's content words (in full, lower case). */
function endsOnWord(t: string, vocabulary: ReadonlySet<string>): boolean {
  const lower = t.toLowerCase();
  const lastWord = (lower.match(/[\p{L}\p{N}]+/gu) ?? []).at(-1);
  return !!lastWord && lower.endsWith(lastWord) && contentWords(t).at(-1) === lastWord && vocabulary.has(lastWord);
}

export function publisherSummary(meta: ArticleMeta, blocks: readonly Block[]): string | null {
  const source = meta.sources.excerpt ?? '';
  if (!meta.excerpt || !PUBLISHER_SOURCES.test(source)) return null;
  const body = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item');
  // The article's own words: a slogan or a section blurb shares few of them.
  const vocabulary = new Set(body.slice(0, 40).flatMap((b) => contentWords(b.text)));
  const text = clean(meta.excerpt, meta, vocabulary);
  const words = countWords(text);
  if (words < MIN_WORDS || words > MAX_WORDS) return null;
  // A quote, a question or the site speaking to the reader ("We've spent…", "Let's talk") is
  // a teaser, not a summary.
  if (/^["“„«‘']/u.test(text) || text.endsWith('?') || BLURB.test(text)) return null;
  if ((text.match(/[.!?](?:\s|$)/gu) ?? []).length > MAX_SENTENCES) return null;
  if (meta.title && squash(meta.title).includes(squash(text))) return null;
  const first = body[0]?.text ?? '';
  // A truncated first line ("Alibaba is set to raise … pricing its shares […]").
  const stem = squash(text.replace(/…$/u, ''));
  if (stem && squash(first).startsWith(stem)) return null;
  const firstSentence = first.split(/(?<=[.!?])\s/u)[0] ?? '';
  if (similarity(text, firstSentence) > SAME_AS_LEDE) return null;
  // …by their first five letters, so "lawsuits" meets "lawsuit" and "assaults" "assaulted".
  const stems = new Set([...vocabulary].map(stem5));
  const own = contentWords(text);
  if (!own.length || own.filter((w) => stems.has(stem5(w))).length / own.length < MIN_SHARED) return null;
  return text.endsWith('…') ? null : text;
}
