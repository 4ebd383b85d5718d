/**
 * Article metadata from the page, each field from the most trusted source that has it,
 * with the source recorded in `meta.sources`:
 *
 *   title      the on-page headline (h1), JSON-LD headline, og:title…, <title> (suffix removed)
 *   byline     JSON-LD authors, author meta tags (not organisations), the visible byline,
 *              Readability's byline, an agency story's closing credit or dateline; always a
 *              list of clean names
 *   published  JSON-LD, meta tags, <time>/microdata, the visible dateline, the URL, Readability
 *   modified   JSON-LD, meta tags
 *   site, language, direction, excerpt, lead image: JSON-LD, meta tags, <html>, Readability
 */
import type { ArticleMeta, MetaConfidence, MetaField, MetaSources } from '../../core/types';
import { isUpdateNamed, toIsoDate, writesDayFirst } from './dates';
import { readJsonLd } from './json-ld';
import { pageParagraphs } from './elements';
import { duringOneReading } from './memo';
import { firstTag, readMetaTags } from './meta-tags';
import { textsAfter } from './near-headline';
import { readNextData, type ScriptStory } from './next-data';
import { besideStory } from './visible-byline';
import { choosePublished } from './published';
import { readByline } from './read-byline';
import { contained, TRUST } from './trust';
import { scanPage, type PageScan } from './page-scan';
import { findHeadline, stripSiteSuffix } from './title';
import { presumedZone } from './zones';

export { cleanNames } from './byline';
export { parseDateText, toIsoDate } from './dates';
export { stripSiteSuffix } from './title';

export interface ReadabilityMeta {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  publishedTime?: string | null | undefined;
  siteName?: string | null | undefined;
  lang?: string | null | undefined;
  dir?: string | null | undefined;
  excerpt?: string | null | undefined;
}

export interface MetadataOptions {
  /** The clock: a publication date after it is no publication date. */
  now?: Date;
  /** The extracted article's opening heading, if it opens with one (a headline that is no h1). */
  firstHeading?: string | null;
  /** The page's scan (page-scan.ts), when the caller has made it already. */
  scan?: PageScan;
  /** The page's meta, script and paragraph elements in document order, when the caller has them already. */
  elements?: PageElements;
}

export interface PageElements {
  /** `getElementsByTagName('meta')` of the document. */
  metas: readonly Element[];
  /** `getElementsByTagName('script')` of the document. */
  scripts: readonly Element[];
  /** `querySelectorAll('p')` of the document. */
  paragraphs: Element[];
  /** `document.body.getElementsByTagName('h1')`. */
  h1s: readonly Element[];
}

type Value = string | readonly string[] | null | undefined;
/** A source and its value; a function when the value is costly to find (only asked for if needed). */
type Candidate = readonly [source: string, value: Value | (() => Value)] | null;

/** Characters of text after the headline read for its dateline, agency and lead. */
const AFTER_BUDGET = 600;

/** Longest title kept from a tag or the document's `<title>`: a headline, not a page. */
const MAX_TITLE_CHARS = 400;

export function readMetadata(
  doc: Document,
  url: string | null,
  readability: ReadabilityMeta | null,
  options: MetadataOptions = {},
): ArticleMeta {
  // The page does not change while it is read: answers about its elements are kept meanwhile.
  return duringOneReading(() => readPage(doc, url, readability, options));
}

function readPage(
  doc: Document,
  url: string | null,
  readability: ReadabilityMeta | null,
  options: MetadataOptions,
): ArticleMeta {
  const now = options.now ?? new Date();
  const elements = options.elements;
  if (elements) pageParagraphs.know(doc, elements.paragraphs);
  const ld = contained(() => readJsonLd(doc, elements?.scripts), null);
  const tags = contained(() => readMetaTags(doc, elements?.metas), new Map<string, string[]>());
  const sources: MetaSources = {};
  const confidence: MetaConfidence = {};
  const tag = (...names: string[]): Candidate => firstTag(tags, ...names);

  /** The first candidate that `parse` accepts; records its source. */
  function pick<T>(
    field: MetaField,
    parse: (v: string | readonly string[], source: string) => T | null,
    ...candidates: Candidate[]
  ): T | null {
    for (const c of candidates) {
      if (!c) continue;
      const [source, lazy] = c;
      const value = typeof lazy === 'function' ? lazy() : lazy;
      if (value === null || value === undefined || value.length === 0) continue;
      const parsed = parse(value, source);
      if (parsed === null || (Array.isArray(parsed) && parsed.length === 0)) continue;
      sources[field] = source;
      return parsed;
    }
    return null;
  }
  const text = (v: string | readonly string[]): string | null => clean(typeof v === 'string' ? v : v[0]);
  const html = doc.documentElement;
  const host = safeHost(url);

  const siteName = pick(
    'siteName',
    (v) => siteNameOf(text(v)),
    ['json-ld', ld?.publisher],
    tag('og:site_name', 'application-name', 'al:ios:app_name', 'twitter:app:name:iphone'),
    ['readability', readability?.siteName],
  );

  const tagTitles = [
    ld?.headline,
    ...(tags.get('og:title') ?? []),
    ...(tags.get('twitter:title') ?? []),
    doc.title,
  ].filter((t): t is string => !!t && t.length <= MAX_TITLE_CHARS);
  // One pass over the page's elements, made only when a field needs what the page shows
  // (JSON-LD with the authors and the date, and an h1 the tags agree with, need none).
  let scanned: PageScan | undefined = options.scan;
  const scan = (): PageScan =>
    (scanned ??= contained(() => scanPage(doc), null) ?? scanPage(doc.implementation.createHTMLDocument('')));
  const documentTitle = doc.title;
  const h1 = findHeadline(doc, { claims: tagTitles, documentTitle, siteName, host, url, h1s: elements?.h1s });
  // An h1 only `<title>` confirms may be a section's name: the marked headline may be the story's.
  const headline =
    h1?.agrees && !h1.weak
      ? h1
      : findHeadline(doc, {
          claims: tagTitles,
          documentTitle,
          siteName,
          host,
          url,
          marked: scan().headlines,
          h1s: elements?.h1s,
        });
  let after: string[] | undefined;
  // Not into a sidebar or a block of other stories after a short story, nor a date its
  // class calls an update ("<time class=updated>").
  const afterHeadline = (): string[] =>
    (after ??= headline
      ? textsAfter(headline.el, AFTER_BUDGET, (e) => isUpdateNamed(e) || besideStory(e, headline.el))
      : []);
  const docTitle = clean(doc.title.length <= MAX_TITLE_CHARS ? stripSiteSuffix(doc.title, siteName, host) : null);
  const title = pick(
    'title',
    (v) => {
      const t = text(v);
      if (!t || t.length > MAX_TITLE_CHARS) return null;
      const stripped = stripSiteSuffix(t, siteName, host);
      // A title tag that holds only the site's name ("Harbour Portal", on harbourportal.com) names no article.
      return isSiteOnly(stripped, siteName, host) ? null : stripped;
    },
    [headline?.kind === 'marked' ? 'headline' : 'h1', headline?.text],
    ['json-ld', ld?.headline],
    tag('og:title', 'twitter:title', 'citation_title', 'dc.title', 'parsely-title', 'sailthru.title'),
    // Readability cuts a title at its colon ("Brexit: the deal" -> "the deal"); the whole one is the page's.
    ['document-title', colonCut(readability?.title, docTitle) ? docTitle : null],
    ['readability', readability?.title],
    ['document-title', doc.title],
    // Every title tag names only the site: the heading the article opens with.
    ['article-heading', options.firstHeading],
  );
  if (title !== null) {
    const t = TRUST.title;
    const inArticle = headline?.el.closest('article, main, [role="main"], [itemprop~="headline"]') !== null;
    confidence.title = headline
      ? headline.agrees
        ? t.agreed
        : inArticle
          ? t.articleH1
          : t.h1
      : sources.title === 'json-ld'
        ? t.jsonLd
        : sources.title?.startsWith('meta:')
          ? t.tag
          : sources.title === 'readability'
            ? t.readability
            : sources.title === 'article-heading'
              ? t.articleHeading
              : t.document;
  }

  // A Next.js page's data, read at most once, when JSON-LD lacks the authors or the date.
  let script: ScriptStory | null | undefined;
  const scriptStory = (): ScriptStory | null =>
    (script ??= contained(() => readNextData(doc, headline?.text ?? title), null));

  // Bylines: every source's candidate, chosen by trust, agreement and plausibility.
  const bylineRead = readByline({
    doc,
    ld,
    tags,
    scan,
    headline: headline?.el ?? null,
    afterHeadline,
    siteName,
    readability,
    // The story's subject is named in its title; its author rarely is. (Not the summary:
    // "Alex Hutchinson reports on…" names the author.)
    subject: (headline?.text ?? title ?? '').slice(0, MAX_SUBJECT_CHARS),
    scriptAuthors: () => scriptStory()?.authors,
  });
  const byline = bylineRead.names;
  if (bylineRead.source) sources.byline = bylineRead.source;
  if (bylineRead.confidence !== undefined) confidence.byline = bylineRead.confidence;

  // Publication dates: every source's candidate, chosen by trust, agreement and plausibility.
  // The page's declared language (read again below, with its other sources, for `lang`).
  const pageLanguage = declaredLanguage([
    html?.getAttribute('lang'),
    tags.get('og:locale')?.[0],
    tags.get('content-language')?.[0],
  ]);
  const dateChoice = choosePublished({
    doc,
    ld,
    tags,
    scan,
    headline: headline?.el ?? null,
    afterHeadline,
    url,
    readability,
    now,
    dayFirst: writesDayFirst(pageLanguage),
    zone: presumedZone(pageLanguage),
    scriptDate: () => scriptStory()?.datePublished,
  });
  const publishedTime = dateChoice?.value ?? null;
  if (dateChoice) {
    sources.publishedTime = dateChoice.source;
    confidence.publishedTime = dateChoice.confidence;
  }

  const modifiedTime = pick(
    'modifiedTime',
    toIsoDate,
    ['json-ld', ld?.dateModified],
    tag('article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'utime'),
  );
  const lang = pick(
    'lang',
    (v) => languageTag(text(v)),
    ['html', html?.getAttribute('lang')],
    ['json-ld', ld?.inLanguage],
    tag('content-language', 'og:locale', 'dc.language'),
    ['readability', readability?.lang],
  );
  const dir = pick(
    'dir',
    (v) => {
      const d = text(v)?.toLowerCase();
      return d === 'rtl' || d === 'ltr' ? d : null;
    },
    ['html', html?.getAttribute('dir')],
    ['body', doc.body?.getAttribute('dir')],
    ['readability', readability?.dir],
    // Without a dir attribute, the language decides.
    ['lang', lang ? (/^(?:ar|he|iw|fa|ur|yi|ps|sd|ug|dv|ckb)(?:[-_]|$)/iu.test(lang) ? 'rtl' : 'ltr') : null],
  );
  const excerpt = pick(
    'excerpt',
    text,
    ['json-ld', ld?.description],
    tag('description', 'og:description', 'twitter:description'),
    ['readability', readability?.excerpt],
  );
  const leadImage = pick(
    'leadImage',
    (v) => absoluteUrl(text(v), url),
    ['json-ld', ld?.image],
    tag('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'),
  );

  // Where the publisher files the article and what it types it: the summary reads its genre there.
  const section = clean(ld?.section ?? tags.get('article:section')?.[0])?.slice(0, MAX_SECTION_CHARS);
  const schemaTypes = ld?.types?.filter((t) => t.length <= MAX_SECTION_CHARS).slice(0, MAX_SCHEMA_TYPES);

  return {
    url,
    title,
    byline,
    publishedTime,
    modifiedTime,
    siteName,
    lang,
    dir: dir as ArticleMeta['dir'],
    excerpt,
    leadImage,
    sources,
    confidence,
    ...(section ? { section } : {}),
    ...(schemaTypes?.length ? { schemaTypes } : {}),
  };
}

/** Longest section name or schema type kept: a label, not a page. */
const MAX_SECTION_CHARS = 80;
/** Most schema.org types kept for an article (one or two in practice). */
const MAX_SCHEMA_TYPES = 4;

/** Text of the title and summary looked at for the story's subject. */
const MAX_SUBJECT_CHARS = 1_000;

const squashTitle = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether a title is only the site's name: its og:site_name, or, where the page gives none,
 * a label of its host written out ("Harbour Portal" on news.harbourportal.com).
 */
export function isSiteOnly(title: string, siteName: string | null, host: string | null): boolean {
  const t = squashTitle(title);
  if (!t) return true;
  if (siteName && t === squashTitle(siteName)) return true;
  const joined = t.replace(/ /gu, '');
  return (host ?? '')
    .toLowerCase()
    .split('.')
    .some((label) => label.length >= MIN_HOST_LABEL && label.replace(/-/gu, '') === joined);
}

/** Shortest host label taken for a site's name ("bbc"; not "co", "www" is no name either way). */
const MIN_HOST_LABEL = 3;

/** Whether Readability's title is the tail of the page's title after a colon. */
function colonCut(cut: string | null | undefined, whole: string | null): boolean {
  if (!cut || !whole || cut.length >= whole.length || !whole.endsWith(cut.trim())) return false;
  return /[:：]\s*$/u.test(whole.slice(0, whole.length - cut.trim().length));
}

/** A domain glued to a site's name ("The Jerusalem Post | JPost.com") goes. */
function siteNameOf(v: string | null): string | null {
  if (!v) return null;
  const parts = v.split(/\s[|\-–—·]\s/u);
  if (parts.length < 2) return v;
  const kept = parts.filter((p) => !SITE_DOMAIN.test(p.trim()));
  return kept.length && kept.length < parts.length ? kept.join(' | ').trim() : v;
}

const SITE_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|co|io|news|tv|fm|[a-z]{2})$/iu;

/**
 * A page's language declaration as a BCP 47 tag that `Intl` accepts: "en_US" (OpenGraph's
 * way) becomes "en-US", the first of a list ("en-US, fr") is taken, anything `Intl` refuses
 * is no language. A raw "en_US" made the popup's date formatting throw.
 */
export function languageTag(v: string | null): string | null {
  const first = v?.split(/[,;\s]/u)[0]?.replace(/_/gu, '-');
  if (!first || first.length > 35) return null;
  try {
    return Intl.getCanonicalLocales(first)[0] ?? null;
  } catch {
    return null;
  }
}

function clean(v: string | undefined | null): string | null {
  if (!v) return null;
  const s = v.replace(/\s+/gu, ' ').trim();
  return s || null;
}

function safeHost(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

function absoluteUrl(v: string | null, base: string | null): string | null {
  if (!v) return null;
  try {
    return new URL(v, base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * The page's declared language, for how it writes dates: the first declaration (`<html
 * lang>`, then og:locale, then Content-Language), made regional by a later one of the same
 * language ("en" and og:locale "en_GB": British English, whose "03/04/2024" is 3 April). An
 * empty declaration is none.
 */
export function declaredLanguage(declared: readonly (string | null | undefined)[]): string | undefined {
  const tags = declared.map((d) => (d ?? '').trim()).filter((d) => d);
  const first = tags[0];
  if (first === undefined || /[-_]/u.test(first)) return first;
  const language = first.toLowerCase();
  return (
    tags.find((t) => t.toLowerCase().startsWith(`${language}-`) || t.toLowerCase().startsWith(`${language}_`)) ?? first
  );
}
