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
/** Descriptions at least this long without a closing full stop were cut by the site. */
const CUT_LENGTH = 120;
const BLURB = /\b(?:we've|we’ve|we're|we’re|let's|let’s|click|subscribe|read (?:more|on)|find out|here's|here’s)\b/iu;

const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** "CityAM - ", "WASHINGTON (AP) - ", "Editorial: ", " | Site", " - LA NACION", "[...]". */
function clean(text: string, meta: ArticleMeta): string {
  let t = text.replace(/\s+/gu, ' ').trim();
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
  // "Title | the description - SITE": the part after the title.
  if (meta.title) {
    const title = meta.title.trim();
    if (t.startsWith(title)) t = t.slice(title.length).replace(/^[\s:|–—-]+/u, '');
  }
  t = t.replace(/\s?[-–—]\s?\p{Lu}[\p{Lu} .]{2,30}$/u, '');
  t = t.replace(/(?<!\s)\s*(?:\[(?:\.\.\.|…)\]|\.\.\.|…)$/u, '…').trim();
  return wholeSentences(t);
}

/**
 * A description cut off by the site ("… illustrates the changing status of computation in")
 * keeps its whole sentences; one with none left is no summary ('').
 */
function wholeSentences(t: string): string {
  if (/[.!?]["”’)]?$/u.test(t) || t.endsWith('…')) return t;
  const ends = [...t.matchAll(/[.!?]["”’)]?(?=\s)/gu)];
  const last = ends[ends.length - 1];
  if (last) return t.slice(0, (last.index ?? 0) + last[0].length);
  // One sentence without its full stop: whole when short (sites cut at 150 characters or more).
  return t.length < CUT_LENGTH ? t : '';
}

export function publisherSummary(meta: ArticleMeta, blocks: readonly Block[]): string | null {
  const source = meta.sources.excerpt ?? '';
  if (!meta.excerpt || !PUBLISHER_SOURCES.test(source)) return null;
  const text = clean(meta.excerpt, meta);
  const words = countWords(text);
  if (words < MIN_WORDS || words > MAX_WORDS) return null;
  // A quote, a question or the site speaking to the reader ("We've spent…", "Let's talk") is
  // a teaser, not a summary.
  if (/^["“„«‘']/u.test(text) || text.endsWith('?') || BLURB.test(text)) return null;
  if ((text.match(/[.!?](?:\s|$)/gu) ?? []).length > MAX_SENTENCES) return null;
  if (meta.title && squash(meta.title).includes(squash(text))) return null;
  const body = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item');
  const first = body[0]?.text ?? '';
  // A truncated first line ("Alibaba is set to raise … pricing its shares […]").
  const stem = squash(text.replace(/…$/u, ''));
  if (stem && squash(first).startsWith(stem)) return null;
  const firstSentence = first.split(/(?<=[.!?])\s/u)[0] ?? '';
  if (similarity(text, firstSentence) > SAME_AS_LEDE) return null;
  // The article's own words: a slogan or a section blurb shares few of them.
  const vocabulary = new Set(body.slice(0, 40).flatMap((b) => contentWords(b.text)));
  const own = contentWords(text);
  if (!own.length || own.filter((w) => vocabulary.has(w)).length / own.length < MIN_SHARED) return null;
  return text.endsWith('…') ? null : text;
}
