/**
 * Article metadata from the page, each field from the most trusted source that has it:
 * JSON-LD (schema.org Article types), then meta tags (OpenGraph, article:*, citation_*,
 * Dublin Core and common publisher tags), then `<time datetime>`, then what Readability
 * read from the visible byline. Every field records its source in `meta.sources`.
 */
import type { ArticleMeta, MetaField, MetaSources } from '../core/types';

export interface ReadabilityMeta {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  publishedTime?: string | null | undefined;
  siteName?: string | null | undefined;
  lang?: string | null | undefined;
  dir?: string | null | undefined;
  excerpt?: string | null | undefined;
}

type Candidate = [source: string, value: string | string[] | null | undefined];

export function readMetadata(doc: Document, url: string | null, readability: ReadabilityMeta | null): ArticleMeta {
  const ld = readJsonLd(doc);
  const meta = readMetaTags(doc);
  const first = (...names: string[]): Candidate => {
    for (const n of names) {
      const v = meta.get(n);
      if (v && v.length > 0) return [`meta:${n}`, n.endsWith('author') || n === 'dc.creator' ? v : v[0]];
    }
    return ['meta', null];
  };
  const sources: MetaSources = {};
  const pick = <T>(
    field: MetaField,
    parse: (v: string | string[]) => T | null,
    ...candidates: Candidate[]
  ): T | null => {
    for (const [source, value] of candidates) {
      if (value === null || value === undefined || value.length === 0) continue;
      const parsed = parse(value);
      if (parsed === null || (Array.isArray(parsed) && parsed.length === 0)) continue;
      sources[field] = source;
      return parsed;
    }
    return null;
  };
  const text = (v: string | string[]): string | null => clean(Array.isArray(v) ? v[0] : v);
  const html = doc.documentElement;

  const siteName = pick(
    'siteName',
    text,
    ['json-ld', ld?.publisher],
    first('og:site_name', 'application-name', 'al:ios:app_name'),
    ['readability', readability?.siteName],
  );
  const rawTitle = pick(
    'title',
    text,
    ['json-ld', ld?.headline],
    first('og:title', 'twitter:title', 'citation_title', 'dc.title', 'parsely-title', 'sailthru.title'),
    ['readability', readability?.title],
    ['document-title', doc.title],
  );
  const byline =
    pick(
      'byline',
      parseByline,
      ['json-ld', ld?.authors],
      first('citation_author', 'author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author'),
      ['microdata', itempropAuthors(doc)],
      ['readability', readability?.byline],
    ) ?? [];
  const publishedTime = pick(
    'publishedTime',
    toIsoDate,
    ['json-ld', ld?.datePublished],
    first(
      'article:published_time',
      'og:article:published_time',
      'datepublished',
      'citation_publication_date',
      'citation_date',
      'dc.date.issued',
      'dc.date',
      'dcterms.created',
      'dcterms.date',
      'pubdate',
      'publishdate',
      'publish-date',
      'parsely-pub-date',
      'sailthru.date',
      'date',
    ),
    ['time', timeElement(doc)],
    ['readability', readability?.publishedTime],
  );
  const modifiedTime = pick(
    'modifiedTime',
    toIsoDate,
    ['json-ld', ld?.dateModified],
    first('article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'),
  );
  const lang = pick(
    'lang',
    text,
    ['html', html?.getAttribute('lang')],
    ['json-ld', ld?.inLanguage],
    first('content-language', 'og:locale'),
    ['readability', readability?.lang],
  );
  const dir = pick(
    'dir',
    (v) => (text(v) === 'rtl' ? 'rtl' : text(v) === 'ltr' ? 'ltr' : null),
    ['html', html?.getAttribute('dir')],
    ['readability', readability?.dir],
  );
  const excerpt = pick(
    'excerpt',
    text,
    ['json-ld', ld?.description],
    first('description', 'og:description', 'twitter:description'),
    ['readability', readability?.excerpt],
  );
  const leadImage = pick(
    'leadImage',
    (v) => absoluteUrl(text(v), url),
    ['json-ld', ld?.image],
    first('og:image', 'twitter:image', 'twitter:image:src'),
  );

  return {
    url,
    title: rawTitle ? stripSiteSuffix(rawTitle, siteName) : null,
    byline,
    publishedTime,
    modifiedTime,
    siteName,
    lang,
    dir,
    excerpt,
    leadImage,
    sources,
  };
}

// ---------------------------------------------------------------- JSON-LD

interface LdArticle {
  headline?: string;
  authors?: string[];
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
  image?: string;
  inLanguage?: string;
  description?: string;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|Posting|NewsArticle|ScholarlyArticle|Review/u;

function readJsonLd(doc: Document): LdArticle | null {
  const objects: Record<string, unknown>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      collectObjects(JSON.parse(script.textContent ?? ''), objects);
    } catch {
      // Malformed JSON-LD is common; the other sources still apply.
    }
  }
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return null;
  return {
    headline: str(article['headline']) ?? str(article['name']),
    authors: names(article['author']),
    datePublished: str(article['datePublished']) ?? str(article['dateCreated']),
    dateModified: str(article['dateModified']),
    publisher: names(article['publisher'])[0],
    image: urlOf(article['image']),
    inLanguage: str(article['inLanguage']),
    description: str(article['description']),
  };
}

function collectObjects(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 5 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectObjects(v, out, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  out.push(o);
  if (Array.isArray(o['@graph'])) collectObjects(o['@graph'], out, depth + 1);
  if (o['mainEntity']) collectObjects(o['mainEntity'], out, depth + 1);
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function names(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === 'object') {
    const n = (v as Record<string, unknown>)['name'];
    return typeof n === 'string' ? [n] : [];
  }
  return [];
}

function urlOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return urlOf(v[0]);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>)['url']);
  return undefined;
}

// ---------------------------------------------------------------- meta tags

/** All meta tags by lower-cased name/property/itemprop, values in document order. */
function readMetaTags(doc: Document): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = m.getAttribute('content');
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = out.get(key) ?? [];
      list.push(content.trim());
      out.set(key, list);
    }
  }
  return out;
}

function itempropAuthors(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[itemprop~="author"]'))
    .map((el) => (el.querySelector('[itemprop~="name"]') ?? el).textContent ?? '')
    .map((s) => s.trim())
    .filter(Boolean);
}

function timeElement(doc: Document): string | null {
  const el =
    doc.querySelector('time[pubdate][datetime], time[itemprop~="datePublished"][datetime]') ??
    doc.querySelector('article time[datetime], header time[datetime], time[datetime]');
  return el?.getAttribute('datetime') ?? null;
}

// ---------------------------------------------------------------- normalising

function clean(v: string | undefined | null): string | null {
  if (!v) return null;
  const s = v.replace(/\s+/gu, ' ').trim();
  return s || null;
}

const MONTH_DATE = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}.*$/u;

/** A byline as a list of names: no "By", no trailing dates, split on commas and "and". */
export function parseByline(v: string | string[]): string[] | null {
  const parts = (Array.isArray(v) ? v : [v])
    .flatMap((s) => s.replace(MONTH_DATE, '').split(/\s*(?:,|;|\band\b|&|\|)\s*/u))
    .map((s) =>
      s
        .replace(/^\s*(?:by|written by|words by)[:\s]+/iu, '')
        .replace(/\s+/gu, ' ')
        .trim(),
    )
    .filter((s) => s.length > 1 && s.length < 80 && !/^https?:|@|^www\./iu.test(s));
  const unique = [...new Set(parts)];
  return unique.length ? unique : null;
}

/** An ISO 8601 date or instant, or null when the value is not a date. */
export function toIsoDate(v: string | string[]): string | null {
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(s)) return s;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)$/u.test(s)) return s;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(ms).toISOString();
}

function absoluteUrl(v: string | null, base: string | null): string | null {
  if (!v) return null;
  try {
    return new URL(v, base ?? undefined).href;
  } catch {
    return null;
  }
}

const SEPARATORS = /\s+[|\-–—·:»]\s+/u;

/** "Headline | Site" -> "Headline" when the tail is the site's name or short. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]?.trim().toLowerCase() ?? '';
  const site = siteName?.trim().toLowerCase();
  if (site && (last === site || last.includes(site) || site.includes(last))) {
    return title
      .slice(0, title.toLowerCase().lastIndexOf(last))
      .replace(/[\s|\-–—·:»]+$/u, '')
      .trim();
  }
  return title;
}
