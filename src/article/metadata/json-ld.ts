/**
 * schema.org metadata from JSON-LD: the first object of an Article type (NewsArticle,
 * BlogPosting, ReportageNewsArticle…), found at the top level, in arrays, in `@graph` or as a
 * `mainEntity`. Malformed blocks are skipped.
 */

export interface LdArticle {
  headline?: string;
  authors: string[];
  /**
   * The authors are named by reference in a graph ("author": {"@id": …}), as SEO plugins
   * write the account that posted the story, which is not always its writer.
   */
  authorsByReference?: boolean;
  /** Every author is typed an organisation (`"@type": "Organization"`, "NewsMediaOrganization"). */
  authorsAreOrganisations?: boolean;
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
  image?: string;
  inLanguage?: string;
  description?: string;
  /** The section the publisher files it under (`articleSection`: "Opinion", "Sport"), its first when a list. */
  section?: string;
  /** The article's schema.org types ("NewsArticle", "OpinionNewsArticle", "Review"). */
  types?: string[];
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|Posting|ScholarlyArticle|Review|Blog$/u;
/** Nesting followed when reading names, images and graphs; real JSON-LD nests a few levels. */
const MAX_DEPTH = 6;
/** Longest string value kept: a headline or a description, not a page. */
export const MAX_LD_STRING = 2_000;
/** JSON-LD scripts larger than this are skipped (real ones are a few kilobytes). */
const MAX_SCRIPT_CHARS = 1_000_000;

/** The page's JSON-LD article; `scripts`, the page's script elements when the caller has them already. */
export function readJsonLd(
  doc: Document,
  // getElementsByTagName, not an attribute selector: much cheaper in jsdom.
  scripts: readonly Element[] = Array.from(doc.getElementsByTagName('script')),
): LdArticle | null {
  const objects: Record<string, unknown>[] = [];
  for (const script of scripts) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) continue;
    const parsed = parseLenient(unwrapScript(source));
    // Malformed JSON-LD is common; the other sources still apply.
    if (parsed !== undefined) collectObjects(parsed, objects);
  }
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return pageDates(objects);
  // A graph names its nodes once and refers to them by id ("author": {"@id": "#ana"}).
  const byId = new Map<string, Record<string, unknown>>();
  for (const o of objects) {
    const id = o['@id'];
    if (typeof id === 'string' && typeof o['name'] === 'string' && !byId.has(id)) byId.set(id, o);
  }
  let referenced = false;
  // Arrays as deep as MAX_DEPTH, as `names` reads them (a hostile page nests thousands).
  const resolve = (v: unknown, depth = 0): unknown => {
    if (Array.isArray(v)) return depth < MAX_DEPTH ? v.map((x) => resolve(x, depth + 1)) : [];
    if (!v || typeof v !== 'object' || (v as Record<string, unknown>)['name'] !== undefined) return v;
    const id = (v as Record<string, unknown>)['@id'];
    const found = typeof id === 'string' ? byId.get(id) : undefined;
    if (found) referenced = true;
    return found ?? v;
  };
  const author = resolve(article['author']);
  const authors = people(author).concat(people(resolve(article['creator'])));
  const authorsByReference = referenced;
  const authorList = asList(author);
  const published = str(article['datePublished']) ?? str(article['dateCreated']);
  return {
    headline: str(article['headline']) ?? str(article['name']),
    authors,
    authorsByReference,
    authorsAreOrganisations: authorList.length > 0 && authorList.every(isOrganisationNode),
    datePublished: withTimeOfPage(published, objects),
    dateModified: str(article['dateModified']),
    publisher: names(resolve(article['publisher']))[0],
    image: urlOf(article['image']),
    inLanguage: str(article['inLanguage']),
    description: str(article['description']),
    section: str(article['articleSection']) ?? str(asList(article['articleSection'])[0]),
    types: typesOf(article),
  };
}

/**
 * JSON, or JSON as CMSs break it: a comma before a closing bracket (`"News", ]`), a line
 * break inside a string. Undefined when it cannot be read.
 */
function parseLenient(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    try {
      return JSON.parse(source.replace(/[\r\n\t]+/gu, ' ').replace(/,\s*(?=[\]}])/gu, ''));
    } catch {
      return undefined;
    }
  }
}

/**
 * An article's day alone ("2018-09-15") where the graph's WebPage dates it to the second on
 * that day ("2018-09-15T10:15:48+02:00"), as a theme's article block and Yoast's graph do.
 */
function withTimeOfPage(
  published: string | undefined,
  objects: readonly Record<string, unknown>[],
): string | undefined {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/u.test(published)) return published;
  const page = objects.find((o) => typesOf(o).some((t) => WEB_PAGE_TYPE.test(t)));
  const timed = page ? str(page['datePublished']) : undefined;
  return timed?.startsWith(`${published}T`) ? timed : published;
}

/**
 * Without an article object, the dates of the page's own (a Yoast graph's `WebPage`, when the
 * theme's NewsArticle block is malformed or missing): the article's dates, and nothing else
 * (its name is the page's title, with the site's).
 */
function pageDates(objects: readonly Record<string, unknown>[]): LdArticle | null {
  const page = objects.find((o) => typesOf(o).some((t) => WEB_PAGE_TYPE.test(t)) && str(o['datePublished']));
  if (!page) return null;
  return { authors: [], datePublished: str(page['datePublished']), dateModified: str(page['dateModified']) };
}

const WEB_PAGE_TYPE = /^(?:\w*WebPage|ItemPage)$/u;

/**
 * The JSON inside a script that hides it from old parsers: `<![CDATA[ … ]]>` or `<!-- … -->`,
 * each marker perhaps behind `//` (as CMSs write it, NBC News and Medium among them).
 */
export function unwrapScript(source: string): string {
  let s = source.trim();
  for (const [open, close] of [
    ['<![CDATA[', ']]>'],
    ['<!--', '-->'],
  ] as const) {
    const start = s.startsWith('//') ? s.slice(2).trimStart() : s;
    if (!start.startsWith(open)) continue;
    s = start.slice(open.length).trimEnd();
    if (s.endsWith(close)) s = s.slice(0, -close.length).trimEnd();
    if (s.endsWith('//')) s = s.slice(0, -2).trimEnd();
  }
  return s;
}

function collectObjects(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return;
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
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, MAX_LD_STRING) : undefined;
}

/** Names in a value: a string, an object with a name, or arrays of them (a few levels deep). */
function names(v: unknown, depth = 0): string[] {
  if (typeof v === 'string') return [v.slice(0, MAX_LD_STRING)];
  if (Array.isArray(v)) return depth < MAX_DEPTH ? v.flatMap((x) => names(x, depth + 1)) : [];
  if (v && typeof v === 'object') {
    const n = (v as Record<string, unknown>)['name'];
    return typeof n === 'string' ? [n.slice(0, MAX_LD_STRING)] : [];
  }
  return [];
}

const isOrganisationNode = (a: unknown): boolean =>
  !!a && typeof a === 'object' && typesOf(a as Record<string, unknown>).some((t) => /Organization$/u.test(t));

/** A JSON-LD value as a list: one value is a list of one, none an empty one. */
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Author names, people first: an organisation counts only when no person is named. */
function people(v: unknown): string[] {
  // A photographer or an illustrator listed among the authors ("jobTitle": "Photographer") is none.
  const list = asList(v).filter((a) => !(a && typeof a === 'object' && picturesJob(a as Record<string, unknown>)));
  const persons = list.filter(
    (a) => !(a && typeof a === 'object' && typesOf(a as Record<string, unknown>).includes('Organization')),
  );
  return (persons.length ? persons : list).flatMap((a) => names(a, 1));
}

/** Whether a person's job title or role names the pictures' maker. */
function picturesJob(node: Record<string, unknown>): boolean {
  const job = [node['jobTitle'], node['roleName'], node['role']].find((v) => typeof v === 'string');
  return typeof job === 'string' && PICTURES_JOB.test(job.slice(0, MAX_LD_STRING));
}

const PICTURES_JOB = /\b(?:photographer|photojournalist|photo editor|illustrator|videographer|cartoonist)\b/iu;

function urlOf(v: unknown, depth = 0): string | undefined {
  if (typeof v === 'string') return v.slice(0, MAX_LD_STRING);
  if (Array.isArray(v)) return depth < MAX_DEPTH ? urlOf(v[0], depth + 1) : undefined;
  if (v && typeof v === 'object') return str((v as Record<string, unknown>)['url']);
  return undefined;
}
