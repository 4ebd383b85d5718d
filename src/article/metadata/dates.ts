/**
 * Publication dates: normalising what tags hold, and finding the date a page shows when no
 * tag holds it (a dateline under the headline, a `<time>` without `datetime`, a Japanese
 * 2019年3月5日, a /2016/12/09/ in the URL). Values are ISO 8601: an instant (with its offset
 * when the page gives one) or a calendar date.
 */
import { strict } from 'chrono-node/en';
import type { PageScan } from './page-scan';
import { inRegion, tokensOf as tokensOfElement } from './regions';

const pad = (n: number): string => String(n).padStart(2, '0');
const MIN_YEAR = 1990;

function plausibleYear(y: number): boolean {
  return y >= MIN_YEAR && y <= new Date().getUTCFullYear() + 1;
}

/** A date or date-time from a tag value, as ISO 8601, or null. Keeps the page's offset. */
export function toIsoDate(v: string | readonly string[]): string | null {
  const s = (typeof v === 'string' ? v : v[0])?.trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (m) return plausibleYear(Number(m[1])) ? s : null;
  // ISO with a sloppy offset ("2018-10-29T10:15-500", "…+0530", "… 09:13:00Z").
  m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{1,2}:?\d{2})?$/u.exec(s);
  if (m) {
    if (!plausibleYear(Number(m[1]))) return null;
    const zone = m[7] === undefined ? '' : m[7] === 'Z' ? 'Z' : normaliseOffset(m[7]);
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  // Unix time in seconds or milliseconds.
  if (/^\d{10}(\d{3})?$/u.test(s)) {
    const d = new Date(Number(s) * (s.length === 10 ? 1000 : 1));
    return plausibleYear(d.getUTCFullYear()) ? d.toISOString() : null;
  }
  const ms = Date.parse(s);
  if (!Number.isNaN(ms) && plausibleYear(new Date(ms).getUTCFullYear())) return new Date(ms).toISOString();
  return parseDateText(s);
}

function normaliseOffset(z: string): string {
  const m = /^([+-])(\d{1,2}):?(\d{2})$/u.exec(z);
  return m ? `${m[1]}${pad(Number(m[2]))}:${m[3]}` : '';
}

// Spaces are bounded ({0,3}): the text has its white space collapsed, and unbounded runs
// between optional parts make a pattern backtrack polynomially.
const CJK_DATE =
  /(?<!\d)(\d{4})\s{0,3}[年./-]\s{0,3}(\d{1,2})\s{0,3}[月./-]\s{0,3}(\d{1,2})\s{0,3}日?(?:\s{0,3}[（(]?[^\d)）]{0,3}[)）]?\s{0,3}(\d{1,2})\s{0,3}[:時]\s{0,3}(\d{2}))?/u;
/** Dates are looked for in the opening of a text only: a date line is short. */
const MAX_DATE_TEXT = 400;
const EU_DATE = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b(?:,?\s+(\d{1,2}):(\d{2}))?/u;

/** The first full date (year, month, day) written in a short text, or null. */
export function parseDateText(text: string): string | null {
  const t = text.slice(0, MAX_DATE_TEXT).replace(/\s+/gu, ' ').trim();
  if (!t) return null;
  let m = CJK_DATE.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
  m = EU_DATE.exec(t);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]), m[4], m[5]);
  let results;
  try {
    results = strict.parse(t, new Date(), { forwardDate: false });
  } catch {
    return null;
  }
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const year = c.get('year') ?? 0;
    if (!plausibleYear(year)) continue;
    const date = `${year}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    if (!c.isCertain('hour')) return date;
    const time = `${date}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}:00`;
    const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
    if (offset === null) return time;
    const sign = offset < 0 ? '-' : '+';
    return `${time}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  }
  return null;
}

function ymd(y: number, mo: number, d: number, h?: string, mi?: string): string | null {
  if (!plausibleYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  return h !== undefined && mi !== undefined ? `${date}T${pad(Number(h))}:${mi}:00` : date;
}

const DATE_TOKENS = new Set([
  'date',
  'dates',
  'time',
  'timestamp',
  'published',
  'publish',
  'publishdate',
  'pubdate',
  'posted',
  'dateline',
  'byline',
  'meta',
  'datetime',
  'created',
  'updated',
  'info',
]);
const UPDATED_FIRST = /^\s*(?:updated|last updated|modified|aktualisiert|mis à jour|actualizado)\b/iu;
const EXCLUDED =
  /comment|related|recommend|footer|sidebar|newsletter|promo|popular|trending|widget|calendar|archive|event/iu;

const tokensOf = (el: Element): string[] => tokensOfElement(el);
const inExcludedRegion = (el: Element): boolean => inRegion(el, EXCLUDED);

/**
 * The publication date shown in the page: `<time>` elements (attribute or text),
 * `[itemprop=datePublished]`, `[data-published]`, then short elements whose class or id
 * speaks of dates, in document order, skipping comments, related lists and footers and
 * preferring a "published" date over an "updated" one.
 */
export function findVisibleDate(scan: PageScan): { value: string; source: string } | null {
  // Marked-up dates: schema.org first, then data attributes and <time>.
  for (const [explicit, elements] of [
    [true, scan.datePublished],
    [false, scan.timeLike],
  ] as const) {
    for (const el of elements) {
      // An explicit datePublished is trusted wherever it sits.
      if (!explicit && inExcludedRegion(el)) continue;
      for (const attr of ['content', 'datetime', 'data-published', 'data-timestamp']) {
        const v = el
          .getAttribute(attr)
          ?.slice(0, MAX_DATE_TEXT)
          .replace(/^[\s"'\\]+/u, '')
          .replace(/(?<![\s"'\\])[\s"'\\]+$/u, '');
        const iso = v ? toIsoDate(v) : null;
        if (iso) return { value: iso, source: el.tagName.toLowerCase() === 'time' ? 'time' : 'microdata' };
      }
      const iso = parseDateText(el.textContent ?? '');
      if (iso) return { value: iso, source: 'time-text' };
    }
  }
  let updated: string | null = null;
  for (const el of scan.dateNamed) {
    if (!tokensOf(el).some((t) => DATE_TOKENS.has(t))) continue;
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (!text || text.length > 160 || inExcludedRegion(el)) continue;
    // "Published 3 May 2019 · Updated 5 May 2019": the date after "published" wins.
    const published = /\b(?:published|posted|publicado|veröffentlicht|publié)\b[:\s]*([^]*)$/iu.exec(text);
    const iso = parseDateText(published?.[1] ?? text);
    if (!iso) continue;
    if (UPDATED_FIRST.test(text) && !published) {
      updated ??= iso;
      continue;
    }
    return { value: iso, source: 'dateline' };
  }
  return updated ? { value: updated, source: 'dateline' } : null;
}

/** Last resort: an element whose whole text is a date ("2019.03.05" closing a press release). */
export function findLoneDate(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  for (const el of Array.from(body.querySelectorAll('p, span, div, td, li, small, em, strong, b'))) {
    if (el.childElementCount > 0) continue;
    const text = (el.textContent ?? '').trim();
    if (text.length < 6 || text.length > 32 || inExcludedRegion(el)) continue;
    const iso = parseDateText(text);
    if (iso && /^[\d\s./年月日-]+$/u.test(text)) return iso;
  }
  return null;
}

/** A date in the URL's path: /2016/12/09/, /2016-12-09-, /20161209/. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/u.exec(path) ??
    /(?:^|\/)((?:19|20)\d{2})(\d{2})(\d{2})(?:[/-]|$)/u.exec(path);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
