/**
 * Article metadata from the page, each field from the most trusted source that has it,
 * with the source recorded in `meta.sources`:
 *
 *   title      the on-page headline (h1), JSON-LD headline, og:title…, <title> (suffix removed)
 *   byline     JSON-LD authors, author meta tags (not organisations), the visible byline,
 *              Readability's byline; always a list of clean names
 *   published  JSON-LD, meta tags, <time>/microdata, the visible dateline, the URL, Readability
 *   modified   JSON-LD, meta tags
 *   site, language, direction, excerpt, lead image: JSON-LD, meta tags, <html>, Readability
 */
import type { ArticleMeta, MetaField, MetaSources } from '../../core/types';
import { cleanNames, findVisibleByline, isOrganisation } from './byline';
import { dateFromUrl, findLoneDate, findVisibleDate, parseDateText, toIsoDate } from './dates';
import { readJsonLd } from './json-ld';
import { firstTag, readMetaTags } from './meta-tags';
import { bylineAfter, textsAfter } from './near-headline';
import { scanPage, type PageScan } from './page-scan';
import { findHeadline, stripSiteSuffix } from './title';

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

type Value = string | readonly string[] | null | undefined;
/** A source and its value; a function when the value is costly to find (only asked for if needed). */
type Candidate = readonly [source: string, value: Value | (() => Value)] | null;

/** Longest title kept from a tag or the document's `<title>`: a headline, not a page. */
const MAX_TITLE_CHARS = 400;

/** A source that throws (a page can break any of them) gives nothing; the others still count. */
function contained<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function readMetadata(doc: Document, url: string | null, readability: ReadabilityMeta | null): ArticleMeta {
  const ld = contained(() => readJsonLd(doc), null);
  const tags = contained(() => readMetaTags(doc), new Map<string, string[]>());
  const sources: MetaSources = {};
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
    text,
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
  const headline = findHeadline(doc, tagTitles, siteName);
  let scanned: PageScan | undefined;
  const scan = (): PageScan => (scanned ??= scanPage(doc));
  let after: string[] | undefined;
  const afterHeadline = (): string[] => (after ??= headline ? textsAfter(headline.el) : []);
  const title = pick(
    'title',
    (v) => {
      const t = text(v);
      return t && t.length <= MAX_TITLE_CHARS ? stripSiteSuffix(t, siteName, host) : null;
    },
    ['h1', headline?.text],
    ['json-ld', ld?.headline],
    tag('og:title', 'twitter:title', 'citation_title', 'dc.title', 'parsely-title', 'sailthru.title'),
    ['readability', readability?.title],
    ['document-title', doc.title],
  );

  // Right after "by", a lone lower-case word is a name ("by doumae"), not a handle.
  const names = (v: string | readonly string[], source: string): string[] | null => {
    const list = cleanNames(v, { siteName, allowHandles: source === 'after-headline' });
    return list.length ? list : null;
  };
  const personTag = (...keys: string[]): Candidate => {
    const found = firstTag(tags, ...keys);
    if (!found) return null;
    const people = found[1].filter((v) => !/^https?:/iu.test(v) && !isOrganisation(v, { siteName }));
    return [found[0], people];
  };
  const byline =
    pick(
      'byline',
      names,
      ['json-ld', ld?.authors.filter((a) => !isOrganisation(a, { siteName }))],
      personTag(
        'citation_author',
        'author',
        'article:author',
        'dc.creator',
        'dcterms.creator',
        'byl',
        'parsely-author',
        'sailthru.author',
        'sailthru.byline_name',
        'article.author',
        'twitter:creator:name',
      ),
      ['visible', () => findVisibleByline(scan(), { siteName }, headline?.el)],
      ['after-headline', () => bylineAfter(afterHeadline())],
      // A Twitter card's "Written by" is often the account that posted, so it comes after the page.
      ['meta:twitter:label', labelledTag(tags, /^(?:written by|author|by)$/iu)],
      ['readability', readability?.byline],
      ['json-ld', ld?.authors],
    ) ?? [];

  let visible: ReturnType<typeof findVisibleDate> | undefined;
  const visibleDate = (): ReturnType<typeof findVisibleDate> =>
    visible === undefined ? (visible = findVisibleDate(scan())) : visible;
  const publishedTime = pick(
    'publishedTime',
    toIsoDate,
    ['json-ld', ld?.datePublished],
    tag(
      'article:published_time',
      'og:article:published_time',
      'datepublished',
      'citation_publication_date',
      'citation_date',
      'citation_online_date',
      'dc.date.issued',
      'dc.date',
      'dcterms.created',
      'dcterms.date',
      'dcterms.issued',
      'pubdate',
      'publishdate',
      'publish-date',
      'publish_date',
      'published_time',
      'parsely-pub-date',
      'sailthru.date',
      'article.published',
      'date',
      'og:published_time',
      'article_date_original',
      'ptime',
    ),
    ['microdata', () => (visibleDate()?.source === 'microdata' ? visibleDate()?.value : null)],
    ['time', () => (visibleDate()?.source === 'time' ? visibleDate()?.value : null)],
    ['time-text', () => (visibleDate()?.source === 'time-text' ? visibleDate()?.value : null)],
    ['dateline', () => (visibleDate()?.source === 'dateline' ? visibleDate()?.value : null)],
    ['after-headline', () => firstDate(afterHeadline())],
    ['lone-date', () => findLoneDate(doc)],
    ['url', () => dateFromUrl(url)],
    ['readability', readability?.publishedTime],
  );
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
  };
}

/**
 * A value announced by a Twitter card label: twitter:label1 = "Written by",
 * twitter:data1 = "Ellyn Shook" (as blogs and LinkedIn write it).
 */
function labelledTag(tags: Map<string, string[]>, label: RegExp): string | null {
  for (let i = 1; i <= 4; i++) {
    if (label.test(tags.get(`twitter:label${i}`)?.[0] ?? '')) return tags.get(`twitter:data${i}`)?.[0] ?? null;
  }
  return null;
}

/** The first full date in a run of short texts (each alone, then each with the next). */
function firstDate(texts: readonly string[]): string | null {
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] ?? '';
    if (t.length > 200) continue;
    const found = parseDateText(t) ?? parseDateText(`${t} ${texts[i + 1] ?? ''}`);
    if (found) return found;
  }
  return null;
}

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
