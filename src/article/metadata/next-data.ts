/**
 * The story's authors and first publication from a Next.js page's data (`<script
 * id="__NEXT_DATA__">`), for pages that give them nowhere else (no JSON-LD, no tags): the
 * object in the page's props whose title is the page's headline, with its author or authors
 * and its publication date. A related story's object (another title) names other people and
 * another day, so only the object titled as the headline counts.
 */
import { unwrapScript } from './json-ld';

export interface ScriptStory {
  authors: string[];
  datePublished?: string;
}

/** Scripts larger than this are not read (a page's data is rarely above a few hundred kilobytes). */
const MAX_SCRIPT_CHARS = 2_000_000;
/** Values looked at in the data, at most, and how deep. */
const MAX_NODES = 20_000;
const MAX_DEPTH = 12;
/** Longest string kept as a name or a date. */
const MAX_VALUE_CHARS = 200;
/** Authors kept, at most. */
const MAX_AUTHORS = 10;

/** Keys of a story's title. */
const TITLE_KEYS = ['headline', 'title', 'name', 'seoTitle'];
/** Keys of its first publication, most specific first (not an update's, not the draft's creation). */
const DATE_KEYS = [
  'datePublished',
  'firstPublished',
  'firstPublishedAt',
  'first_published_at',
  'publishedAt',
  'published_at',
  'publishedDate',
  'publishDate',
  'publish_date',
  'publicationDate',
  'published',
  'date',
];
/** Keys of its authors, and the keys of a name in an author's object. */
const AUTHOR_KEYS = ['authors', 'author', 'bylines', 'byline', 'writers', 'contributors'];
const NAME_KEYS = ['name', 'displayName', 'fullName', 'full_name', 'byline'];

const squash = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The story titled `headline` in the page's `__NEXT_DATA__`, or null. */
export function readNextData(doc: Document, headline: string | null): ScriptStory | null {
  const wanted = headline ? squash(headline) : '';
  if (!wanted) return null;
  const script = doc.getElementById('__NEXT_DATA__');
  if (!script || script.tagName.toUpperCase() !== 'SCRIPT') return null;
  const source = script.textContent ?? '';
  if (source.length > MAX_SCRIPT_CHARS) return null;
  let data: unknown;
  try {
    data = JSON.parse(unwrapScript(source));
  } catch {
    return null;
  }
  const story = storyTitled(data, wanted);
  if (!story) return null;
  const authors = authorNames(story);
  const datePublished = DATE_KEYS.map((k) => story[k]).find(isDate);
  if (!authors.length && !datePublished) return null;
  return datePublished ? { authors, datePublished } : { authors };
}

/** The first object (breadth first) whose title key says `wanted` (squashed). */
function storyTitled(data: unknown, wanted: string): Record<string, unknown> | null {
  const queue: [unknown, number][] = [[data, 0]];
  let looked = 0;
  for (let i = 0; i < queue.length && looked < MAX_NODES; i++) {
    const [value, depth] = queue[i] as [unknown, number];
    looked++;
    if (!value || typeof value !== 'object' || depth > MAX_DEPTH) continue;
    const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
    if (!Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      for (const key of TITLE_KEYS) {
        const t = o[key];
        if (typeof t === 'string' && t.length <= MAX_VALUE_CHARS * 2 && squash(t) === wanted) return o;
      }
    }
    for (const child of children) if (child && typeof child === 'object') queue.push([child, depth + 1]);
  }
  return null;
}

/** The names a story's author keys give: strings, objects with a name, lists of either. */
function authorNames(story: Record<string, unknown>): string[] {
  for (const key of AUTHOR_KEYS) {
    const value = story[key];
    const list = Array.isArray(value) ? value.slice(0, MAX_AUTHORS) : value === undefined ? [] : [value];
    const names = list.map(nameOf).filter((n): n is string => n !== null);
    if (names.length) return names;
  }
  return [];
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() && v.length <= MAX_VALUE_CHARS ? v.trim() : null;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  for (const key of NAME_KEYS) {
    const n = o[key];
    if (typeof n === 'string' && n.trim() && n.length <= MAX_VALUE_CHARS) return n.trim();
  }
  return null;
}

/** A date as page data writes it: ISO 8601, at least the day. */
const isDate = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= MAX_VALUE_CHARS && /^\d{4}-\d{2}-\d{2}(?:$|T)/u.test(v);
