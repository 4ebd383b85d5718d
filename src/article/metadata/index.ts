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
import type { ArticleMeta, MetaConfidence, MetaField, MetaSources } from '../../core/types';
import { chooseByline, type NameCandidate } from './choose-byline';
import { chooseDate, type DateCandidate } from './choose-date';
import { cleanNames, findVisibleBylines, isOrganisation } from './byline';
import { dateFromUrl, findLoneDate, findVisibleDates, parseDateText, toIsoDate } from './dates';
import { readJsonLd } from './json-ld';
import { firstTag, readMetaTags } from './meta-tags';
import { bylineAfter, textsAfter, textsBefore } from './near-headline';
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

export interface MetadataOptions {
  /** The clock: a publication date after it is no publication date. */
  now?: Date;
}

type Value = string | readonly string[] | null | undefined;
/** A source and its value; a function when the value is costly to find (only asked for if needed). */
type Candidate = readonly [source: string, value: Value | (() => Value)] | null;

/** Longest title kept from a tag or the document's `<title>`: a headline, not a page. */
const MAX_TITLE_CHARS = 400;

/**
 * Trust in each source of a field when it stands alone (0..1): what the confidence of a
 * field starts from. Agreement between sources raises it (see choose-byline, choose-date).
 */
const TRUST = {
  title: { agreed: 0.95, articleH1: 0.8, h1: 0.7, jsonLd: 0.85, tag: 0.75, document: 0.6, readability: 0.55 },
  byline: {
    jsonLd: 0.9,
    tag: 0.85,
    nextToHeadline: 0.8,
    afterHeadline: 0.75,
    beforeHeadline: 0.6,
    byAfterHeadline: 0.7,
    twitterLabel: 0.5,
    readability: 0.5,
    organisation: 0.4,
  },
  date: {
    jsonLd: 0.9,
    tag: 0.85,
    microdata: 0.8,
    time: 0.75,
    timeText: 0.7,
    dateline: 0.7,
    afterHeadline: 0.65,
    beforeHeadline: 0.55,
    url: 0.5,
    readability: 0.45,
    lone: 0.4,
  },
} as const;

/** A source that throws (a page can break any of them) gives nothing; the others still count. */
function contained<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function readMetadata(
  doc: Document,
  url: string | null,
  readability: ReadabilityMeta | null,
  options: MetadataOptions = {},
): ArticleMeta {
  const now = options.now ?? new Date();
  const ld = contained(() => readJsonLd(doc), null);
  const tags = contained(() => readMetaTags(doc), new Map<string, string[]>());
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
  const scan: PageScan = contained(() => scanPage(doc), scanPage(doc.implementation.createHTMLDocument('')));
  const headline = findHeadline(doc, { claims: tagTitles, siteName, host, url, marked: scan.headlines });
  let after: string[] | undefined;
  const afterHeadline = (): string[] => (after ??= headline ? textsAfter(headline.el) : []);
  const docTitle = clean(doc.title.length <= MAX_TITLE_CHARS ? stripSiteSuffix(doc.title, siteName, host) : null);
  const title = pick(
    'title',
    (v) => {
      const t = text(v);
      if (!t || t.length > MAX_TITLE_CHARS) return null;
      const stripped = stripSiteSuffix(t, siteName, host);
      // A title tag that holds only the site's name ("Harbour Portal") names no article.
      return siteName && squashTitle(stripped) === squashTitle(siteName) ? null : stripped;
    },
    [headline?.kind === 'marked' ? 'headline' : 'h1', headline?.text],
    ['json-ld', ld?.headline],
    tag('og:title', 'twitter:title', 'citation_title', 'dc.title', 'parsely-title', 'sailthru.title'),
    // Readability cuts a title at its colon ("Brexit: the deal" -> "the deal"); the whole one is the page's.
    ['document-title', colonCut(readability?.title, docTitle) ? docTitle : null],
    ['readability', readability?.title],
    ['document-title', doc.title],
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
            : t.document;
  }

  // Bylines: every source's candidate, chosen by trust, agreement and plausibility.
  const nameContext = { siteName };
  const tb = TRUST.byline;
  const nameCandidates: NameCandidate[] = [];
  const addNames = (source: string, trust: number, v: Value, allowHandles = false): void => {
    if (!v || v.length === 0) return;
    const names = contained(() => cleanNames(v, { siteName, allowHandles }), []);
    if (names.length) nameCandidates.push({ source, names, trust });
  };
  addNames(
    'json-ld',
    tb.jsonLd,
    ld?.authors.filter((a) => !isOrganisation(a, nameContext)),
  );
  // The first author tag that names a person ("author" may hold the publisher, "article:author" the writer).
  for (const key of AUTHOR_TAGS) {
    const people = (tags.get(key) ?? []).filter((v) => !/^https?:/iu.test(v) && !isOrganisation(v, nameContext));
    if (!people.length) continue;
    const before = nameCandidates.length;
    addNames(`meta:${key}`, tb.tag, people);
    if (nameCandidates.length > before) break;
  }
  const visibleBylines = contained(() => findVisibleBylines(scan, nameContext, headline?.el), []);
  const firstVisible = visibleBylines[0];
  if (firstVisible) {
    const trust = [tb.beforeHeadline, tb.afterHeadline, tb.nextToHeadline][firstVisible.place] ?? tb.beforeHeadline;
    nameCandidates.push({ source: 'visible', names: firstVisible.names, trust });
  }
  // Right after "by", a lone lower-case word is a name ("by doumae"), not a handle.
  addNames(
    'after-headline',
    tb.byAfterHeadline,
    contained(() => bylineAfter(afterHeadline()), null),
    true,
  );
  // A Twitter card's "Written by" is often the account that posted, so it comes after the page.
  addNames('meta:twitter:label', tb.twitterLabel, labelledTag(tags, /^(?:written by|author|by)$/iu));
  addNames('readability', tb.readability, readability?.byline);
  addNames('json-ld', tb.organisation, ld?.authors);
  const bylineChoice = chooseByline(nameCandidates, {
    // The story's subject is named in its title; its author rarely is. (Not the summary:
    // "Alex Hutchinson reports on…" names the author.)
    subject: (headline?.text ?? title ?? '').slice(0, MAX_SUBJECT_CHARS),
  });
  const byline = bylineChoice?.names ?? [];
  if (bylineChoice) {
    sources.byline = bylineChoice.source;
    confidence.byline = bylineChoice.confidence;
  }

  // Publication dates: every source's candidate, chosen by trust, agreement and plausibility.
  const td = TRUST.date;
  const dateCandidates: DateCandidate[] = [];
  const addDate = (source: string, trust: number, v: string | null | undefined, updated = false): void => {
    const value = v ? contained(() => toIsoDate(v), null) : null;
    if (value) dateCandidates.push({ source, value, trust, updated });
  };
  addDate('json-ld', td.jsonLd, ld?.datePublished);
  const dateTag = firstTag(tags, ...PUBLISHED_TAGS);
  if (dateTag) addDate(dateTag[0], td.tag, dateTag[1][0]);
  const visibleDates = contained(() => findVisibleDates(scan, headline?.el), []);
  const visibleTrust: Record<string, number> = {
    microdata: td.microdata,
    time: td.time,
    'time-text': td.timeText,
    dateline: td.dateline,
  };
  const seenKinds = new Set<string>();
  for (const d of visibleDates) {
    // The best of each kind: the others are teasers, comments and updates.
    if (seenKinds.has(d.source)) continue;
    seenKinds.add(d.source);
    const placeFactor = d.place === 0 && headline ? BEFORE_HEADLINE_FACTOR : 1;
    addDate(d.source, (visibleTrust[d.source] ?? td.dateline) * placeFactor, d.value, d.updated);
  }
  if (headline) {
    const below = contained(() => firstDate(afterHeadline()), null);
    addDate('after-headline', td.afterHeadline, below?.value, below?.updated);
    const above = contained(() => firstDate(textsBefore(headline.el)), null);
    addDate('before-headline', td.beforeHeadline, above?.value, above?.updated);
  }
  addDate('url', td.url, dateFromUrl(url));
  addDate('readability', td.readability, readability?.publishedTime);
  const dateChoice =
    chooseDate(dateCandidates, { now }) ??
    // Last resort, looked for only when nothing else dates the page.
    chooseDate(
      [
        { source: 'lone-date', value: contained(() => findLoneDate(doc), null) ?? '', trust: td.lone, updated: false },
      ].filter((c) => c.value),
      { now },
    );
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
  };
}

/** Meta tags that name the author, most specific first. */
const AUTHOR_TAGS = [
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
];

/** Meta tags that hold the publication date, most specific first. */
const PUBLISHED_TAGS = [
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
  'publication_date',
  'published_time',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'date',
  'og:published_time',
  'og:pubdate',
  'article_date_original',
  'ptime',
];

/** How much a date shown above the headline is trusted, relative to one below it. */
const BEFORE_HEADLINE_FACTOR = 0.7;
/** Text of the title and summary looked at for the story's subject. */
const MAX_SUBJECT_CHARS = 1_000;

const squashTitle = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

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
 * A value announced by a Twitter card label: twitter:label1 = "Written by",
 * twitter:data1 = "Ellyn Shook" (as blogs and LinkedIn write it).
 */
function labelledTag(tags: Map<string, string[]>, label: RegExp): string | null {
  for (let i = 1; i <= 4; i++) {
    if (label.test(tags.get(`twitter:label${i}`)?.[0] ?? '')) return tags.get(`twitter:data${i}`)?.[0] ?? null;
  }
  return null;
}

/**
 * The first full date in a run of short texts (each alone, then each with the next), and
 * whether the text calls it an update ("Updated: Nov. 2, 2024"): the first publication
 * date, else the first update.
 */
function firstDate(texts: readonly string[]): { value: string; updated: boolean } | null {
  let update: { value: string; updated: boolean } | null = null;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] ?? '';
    if (t.length > 200) continue;
    // A date split over two texts ("December 16," "2016"); one whole in the next text is read there.
    const next = texts[i + 1] ?? '';
    const found =
      parseDateText(t) ?? (next.length <= 200 && parseDateText(next) ? null : parseDateText(`${t} ${next}`));
    if (!found) continue;
    if (!UPDATED_LINE.test(t) && !UPDATED_LINE.test(texts[i - 1]?.slice(-MAX_LABEL_CHARS) ?? ''))
      return { value: found, updated: false };
    update ??= { value: found, updated: true };
  }
  return update;
}

/** A text that calls its date an update, or ends in a label saying so. */
const UPDATED_LINE = /(?:^|\s)(?:updated|last updated|modified|aktualisiert|mis à jour|actualizado)(?:\s|:|$)/iu;
/** Characters of the text before a date that are looked at for its label. */
const MAX_LABEL_CHARS = 30;

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
