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
import { chooseByline, isPersonName, type NameCandidate } from './choose-byline';
import { cleanNames, isOrganisation } from './byline';
import { findVisibleBylines } from './visible-byline';
import { datelineAgency } from './dateline-agency';
import { endCreditAuthors } from './end-credit';
import { toIsoDate, writesDayFirst } from './dates';
import { readJsonLd } from './json-ld';
import { firstTag, readMetaTags } from './meta-tags';
import { bylineAfter, textsAfter, textsBefore } from './near-headline';
import { choosePublished } from './published';
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
}

type Value = string | readonly string[] | null | undefined;
/** A source and its value; a function when the value is costly to find (only asked for if needed). */
type Candidate = readonly [source: string, value: Value | (() => Value)] | null;

/** Longest title kept from a tag or the document's `<title>`: a headline, not a page. */
const MAX_TITLE_CHARS = 400;

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
  // One pass over the page's elements, made only when a field needs what the page shows
  // (JSON-LD with the authors and the date, and an h1 the tags agree with, need none).
  let scanned: PageScan | undefined;
  const scan = (): PageScan =>
    (scanned ??= contained(() => scanPage(doc), null) ?? scanPage(doc.implementation.createHTMLDocument('')));
  const h1 = findHeadline(doc, { claims: tagTitles, siteName, host, url });
  const headline = h1?.agrees
    ? h1
    : findHeadline(doc, { claims: tagTitles, siteName, host, url, marked: scan().headlines });
  let after: string[] | undefined;
  const afterHeadline = (): string[] => (after ??= headline ? textsAfter(headline.el) : []);
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

  // Bylines: every source's candidate, chosen by trust, agreement and plausibility.
  const nameContext = { siteName };
  const tb = TRUST.byline;
  const nameCandidates: NameCandidate[] = [];
  const addNames = (source: string, trust: number, v: Value, allowHandles = false): void => {
    if (!v || v.length === 0) return;
    const names = contained(() => cleanNames(v, { siteName, allowHandles }), []);
    if (names.length) nameCandidates.push({ source, names, trust });
  };
  // Authors a graph names by reference are the account that posted, when the page names no one else.
  const ldAuthors = ld?.authorsByReference ? [] : ld?.authors;
  addNames(
    'json-ld',
    tb.jsonLd,
    ldAuthors?.filter((a) => !isOrganisation(a, nameContext)),
  );
  // The first author tag that names a person ("author" may hold the publisher, "article:author" the writer).
  for (const key of AUTHOR_TAGS) {
    const people = (tags.get(key) ?? []).filter((v) => !/^https?:/iu.test(v) && !isOrganisation(v, nameContext));
    if (!people.length) continue;
    const before = nameCandidates.length;
    addNames(`meta:${key}`, tb.tag, people);
    if (nameCandidates.length > before) break;
  }
  // With JSON-LD naming people, the byline by the headline is still read: it may name them all.
  const fromLd = nameCandidates[0]?.source === 'json-ld' && nameCandidates[0].names.every(isPersonName);
  const visibleBylines = contained(() => findVisibleBylines(scan(), nameContext, headline?.el), []);
  const firstVisible = visibleBylines[0];
  if (firstVisible && (!fromLd || firstVisible.place >= 1)) {
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
  // "By …" just above the headline (a kicker line), when the page shows no byline below it.
  if (headline && !nameCandidates.some((c) => c.source === 'visible' || c.source === 'after-headline'))
    addNames(
      'before-headline',
      tb.beforeHeadline,
      contained(() => bylineAfter(textsBefore(headline.el)), null),
    );
  // A Twitter card's "Written by" is often the account that posted, so it comes after the page.
  addNames('meta:twitter:label', tb.twitterLabel, labelledTag(tags, /^(?:written by|author|by)$/iu));
  addNames('readability', tb.readability, readability?.byline);
  addNames('json-ld', tb.organisation, ldAuthors);
  if (nameCandidates.length === 0) addNames('json-ld', tb.twitterLabel, ld?.authors);
  const bylineChoice = chooseByline(nameCandidates, {
    // The story's subject is named in its title; its author rarely is. (Not the summary:
    // "Alex Hutchinson reports on…" names the author.)
    subject: (headline?.text ?? title ?? '').slice(0, MAX_SUBJECT_CHARS),
  });
  let byline = bylineChoice?.names ?? [];
  if (bylineChoice) {
    sources.byline = bylineChoice.source;
    confidence.byline = bylineChoice.confidence;
  }
  // An agency's story credited to the agency alone ("Reuters"), or to no one: the reporters
  // its closing credit names ("Reporting by A, B and C; Editing by D").
  if (!byline.some(isPersonName)) {
    const reporters = contained(() => endCreditAuthors(doc, nameContext), []);
    if (reporters.length) {
      byline = reporters;
      sources.byline = 'end-credit';
      confidence.byline = tb.endCredit;
    }
  }
  // No one credited but the agency its dateline names ("LONDON (Reuters) - …").
  const agency = byline.length ? null : contained(() => datelineAgency(afterHeadline()), null);
  if (agency) {
    byline = [agency];
    sources.byline = 'dateline';
    confidence.byline = tb.dateline;
  }
  // No one credited anywhere but the organisation JSON-LD names as the author (RT, a fact
  // checker, a syndicator's source): the organisation, even where it is the site itself.
  if (byline.length === 0 && ld?.authorsAreOrganisations) {
    const org = ld.authors.map((a) => a.replace(/\s+/gu, ' ').trim()).filter(isOrganisationCredit);
    if (org.length) {
      byline = org.slice(0, 1);
      sources.byline = 'json-ld';
      confidence.byline = tb.organisation;
    }
  }

  // Publication dates: every source's candidate, chosen by trust, agreement and plausibility.
  // The page's declared language (read again below, with its other sources, for `lang`).
  const pageLanguage = html?.getAttribute('lang') ?? tags.get('og:locale')?.[0] ?? tags.get('content-language')?.[0];
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

/** An organisation's name as JSON-LD credits it ("RT", "POLYGRAPH.info"): short, with a letter, no address. */
function isOrganisationCredit(name: string): boolean {
  return name.length >= 2 && name.length <= MAX_ORGANISATION_CHARS && /\p{L}/u.test(name) && !/^https?:|@/iu.test(name);
}

const MAX_ORGANISATION_CHARS = 60;

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
