/**
 * Publication dates: normalising what tags hold, and finding the date a page shows when no
 * tag holds it (a dateline under the headline, a `<time>` without `datetime`, a Japanese
 * 2019年3月5日, a /2016/12/09/ in the URL). Values are ISO 8601: an instant (with its offset
 * when the page gives one) or a calendar date.
 */
import { Chrono, configuration, strict } from 'chrono-node/en';
import { findWordDate } from '../month-names';
import { holdsNamed } from './elements';
import { place } from './near-headline';
import type { PageScan } from './page-scan';
import { inRegion, tokensOf as tokensOfElement } from './regions';
import { withPresumedZone, type PresumedZone } from './zones';
import { flatText } from './visible-text';

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
  // A date in eight digits ("20250303").
  m = /^(\d{4})(\d{2})(\d{2})$/u.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // Unix time in seconds or milliseconds.
  if (/^\d{10}(\d{3})?$/u.test(s)) {
    const d = new Date(Number(s) * (s.length === 10 ? 1000 : 1));
    return plausibleYear(d.getUTCFullYear()) ? d.toISOString() : null;
  }
  // Written dates ("Mon, 08 Apr 2024 14:20:00 +0200") keep the page's offset; what chrono
  // cannot read, Date.parse may.
  const written = parseDateText(s);
  if (written) return written;
  const ms = Date.parse(s);
  if (!Number.isNaN(ms) && plausibleYear(new Date(ms).getUTCFullYear())) return new Date(ms).toISOString();
  return null;
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
/**
 * "05.03.2025, 18:42", "05.03.2025, 18.42 Uhr", "05.03.2025 um 18:42": a time after the date, by
 * colon or dot. The day may follow a letter with no space (a role and the date in adjacent
 * elements read as one text: "correspondent05.01.2024"), never a digit or a dot.
 */
const EU_DATE = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b(?:,?\s(?:um\s)?(\d{1,2})[:.](\d{2})(?![.\d]))?/u;

const HAS_DIGIT = /\d/u;
/** A small letter, then an English month's name in capitals and a day ("LimaMarch 3"). */
const GLUED_MONTH =
  /(\p{Ll})(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d)/gu;
/** A year, a separator, then a clock time ("2024 / 05:12 PM", "2025 · 4:15", "2025 | 17.42"). */
const YEAR_THEN_CLOCK = /(?<!\d)(\d{4}) ?[·•|/] ?(?=\d{1,2}[:.]\d{2}(?![.\d]))/gu;
/** A clock time (its am/pm and zone), a separator, then a month's name ("9:10 AM PT · July 4, 2024"). */
const CLOCK_THEN_MONTH = /(\d[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?) ?[·•|] ?(?=\p{Lu}\p{Ll}{2})/gu;
/**
 * What chrono needs to read a year, a month and a day (each certain): an English month's
 * name, or numbers joined by a date's separator ("2024-03-05", "3/5/24", "2024 3 5"). A
 * text with neither is not given to chrono (the costly part of reading a date).
 */
const MAY_BE_FULL_DATE = /\d[-./\s]\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;

/** A North American zone written without its season, whose offset depends on the day. */
const SEASONLESS_ZONE = /\b[ECMP]T\b/u;

const RELATIVE = /\b(?:ago|today|yesterday|tomorrow|tonight|now)\b/iu;

/** chrono as strict as `strict`, reading "05/03/2025" day first (as British and European pages write it). */
const strictDayFirst = new Chrono(configuration.createConfiguration(true, true));

/**
 * Whether a page in this language writes a numeric date day first ("05/03/2025" is 5 March):
 * every language but American English (and English without a region, read the American way)
 * and those that write the year first (whose dates the year-first patterns read).
 */
export function writesDayFirst(lang: string | null | undefined): boolean {
  const tag = (lang ?? '').trim().toLowerCase().replace(/_/gu, '-');
  if (!tag) return false;
  const [language, region] = tag.split('-');
  if (language === 'en') return region !== undefined && !MONTH_FIRST_REGIONS.has(region);
  return !YEAR_FIRST_LANGUAGES.has(language ?? '');
}
/** English-speaking regions that write the month first. */
const MONTH_FIRST_REGIONS = new Set(['us', 'ph', 'ca', 'um', 'as', 'gu', 'mp', 'pr', 'vi', 'fm', 'mh']);
const YEAR_FIRST_LANGUAGES = new Set(['ja', 'zh', 'ko', 'hu', 'lt', 'mn']);

/**
 * The first full date (year, month, day) written in a short text, or null. `dayFirst`: the
 * page writes numeric dates day first (see writesDayFirst). `zone`: the zone of a time
 * written without one (see zones.ts).
 */
export function parseDateText(text: string, dayFirst = false, zone: PresumedZone | null = null): string | null {
  return readDateText(text, dayFirst, zone)?.value ?? null;
}

/** A date read from a text, and whether its zone was presumed (not written). */
export interface DateRead {
  value: string;
  presumed: boolean;
}

/** As `parseDateText`, saying whether the zone was presumed. */
export function readDateText(text: string, dayFirst = false, zone: PresumedZone | null = null): DateRead | null {
  // A month's name glued to the word before it ("By Ana LimaMarch 3, 2025") is read apart.
  // A separator between the date and its time ("Jun 2, 2024 / 05:12 PM CDT", "Feb. 9, 2025 ·
  // 4:15 PM ET", "9:10 AM PT · July 4, 2024") is read as a space, so that the time stays the date's.
  const t = text
    .slice(0, MAX_DATE_TEXT)
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(GLUED_MONTH, '$1 ')
    .replace(YEAR_THEN_CLOCK, '$1 ')
    .replace(CLOCK_THEN_MONTH, '$1 ');
  // Every full date has its year in digits: a text without one is not parsed (chrono is costly).
  if (!HAS_DIGIT.test(t)) return null;
  const zoned = (v: string | null): DateRead | null => {
    if (!v) return null;
    const value = withPresumedZone(v, zone, t);
    return { value, presumed: value !== v };
  };
  const written = (v: string | null): DateRead | null => (v ? { value: v, presumed: false } : null);
  // A numeric date and its time, then perhaps the zone's abbreviation ("2024-05-07 08:10 KST").
  const numeric = (v: string | null, rest: string): DateRead | null => {
    const offset = v?.includes('T') ? zoneAfter(rest) : null;
    return offset === null ? zoned(v) : written(`${v}${offset}`);
  };
  let m = CJK_DATE.exec(t);
  if (m) return numeric(ymd(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]), t.slice(m.index + m[0].length));
  m = EU_DATE.exec(t);
  if (m) return numeric(ymd(Number(m[3]), Number(m[2]), Number(m[1]), m[4], m[5]), t.slice(m.index + m[0].length));
  let results: ReturnType<typeof strict.parse> = [];
  try {
    if (MAY_BE_FULL_DATE.test(t))
      results = (dayFirst ? strictDayFirst : strict).parse(t, new Date(), { forwardDate: false });
  } catch {
    return null;
  }
  for (const r of results) {
    // "2 hours ago" is a date relative to the reading, not one the page states.
    if (RELATIVE.test(r.text)) continue;
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const year = c.get('year') ?? 0;
    if (!plausibleYear(year)) continue;
    const date = `${year}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    if (!c.isCertain('hour')) return written(date);
    const time = `${date}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}:00`;
    let offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
    if (offset === null) return zoned(time);
    // "3:45 PM ET March 12, 2025": chrono gives a zone without its season ("ET", "PT") the
    // offset it has on the reference day when the time comes before the date, so read on
    // 1 December a March story got winter time. Read again with the story's own day as the
    // reference, the season is the story's.
    if (SEASONLESS_ZONE.test(r.text)) {
      const again = (dayFirst ? strictDayFirst : strict).parse(r.text, new Date(`${date}T12:00:00Z`), {
        forwardDate: false,
      })[0];
      if (again?.start.isCertain('timezoneOffset')) offset = again.start.get('timezoneOffset') ?? offset;
    }
    const sign = offset < 0 ? '-' : '+';
    return written(`${time}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`);
  }
  // A dateline in another language ("12 de marzo de 2025", "5 mars 2024", "3. März 2023").
  const word = findWordDate(t);
  if (!word) return null;
  // "12 mars 2025 à 18h42", "3. März 2025, 10:15 Uhr", "12 de marzo de 2025 a las 18:42".
  const clock = WORD_DATE_TIME.exec(t.slice(word.end, word.end + MAX_TIME_GAP));
  return clock
    ? zoned(ymd(word.year, word.month, word.day, clock[1], clock[2]))
    : written(ymd(word.year, word.month, word.day));
}

/**
 * Zones written by their abbreviation after a numeric date's time, with their offsets: those
 * one zone only goes by (not "IST", India's, Ireland's and Israel's; "CST" is Central, as chrono reads it).
 */
const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  UTC: 'Z',
  GMT: 'Z',
  KST: '+09:00',
  JST: '+09:00',
  HKT: '+08:00',
  SGT: '+08:00',
  PHT: '+08:00',
  AWST: '+08:00',
  WIB: '+07:00',
  AEST: '+10:00',
  AEDT: '+11:00',
  ACST: '+09:30',
  ACDT: '+10:30',
  NZST: '+12:00',
  NZDT: '+13:00',
  MSK: '+03:00',
  EET: '+02:00',
  EEST: '+03:00',
  CET: '+01:00',
  CEST: '+02:00',
  WET: 'Z',
  WEST: '+01:00',
  BST: '+01:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};
/** The abbreviation right after a time ("… 08:10 KST"), bounded. */
const ZONE_ABBREVIATION = /^\s?\(?([A-Z]{3,4})\)?(?![\p{L}])/u;

/** The offset of the zone whose abbreviation starts `rest` (the text after a time), or null. */
function zoneAfter(rest: string): string | null {
  const m = ZONE_ABBREVIATION.exec(rest);
  return m ? (ZONE_OFFSETS[m[1] ?? ''] ?? null) : null;
}

/** A time right after a date in words, with the connectors of these languages. */
const WORD_DATE_TIME =
  /^,?\s?(?:-\s|à\s|a las\s|a la\s|um\s|alle\s|às\s|om\s|ore\s)?(\d{1,2})\s?[h:.]\s?(\d{2})(?!\d)/iu;
/** Characters after a date in words looked at for its time. */
const MAX_TIME_GAP = 24;

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
  /comment|related|recommend|footer|sidebar|newsletter|promo|more-(?:from|stories|news|articles)|read-?next|up-?next|recirc|popular|trending|widget|calendar|archive|event/iu;

const tokensOf = (el: Element): string[] => tokensOfElement(el);
const inExcludedRegion = (el: Element, headline?: Element | null): boolean => inRegion(el, EXCLUDED, headline);

/**
 * The date of a dateline that opens a text ("HARBOUR CITY, March 3, 2025 — The …", "NEW
 * YORK, Fla., March 3, 2025 /PRNewswire/ --"): a place in capitals, perhaps its state, a
 * comma, and a date right after it; null for any other text.
 */
export function datelineDate(text: string, dayFirst = false, zone: PresumedZone | null = null): DateRead | null {
  const t = text.trimStart();
  const place = DATELINE_PLACE.exec(t);
  return place ? readDateText(t.slice(place[0].length, place[0].length + MAX_DATELINE_DATE), dayFirst, zone) : null;
}

const DATELINE_PLACE = /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:, \p{Lu}[\p{L}.]{1,6})?, ?/u;
/** Characters after a dateline's place read for its date. */
const MAX_DATELINE_DATE = 40;

/** Whether a date's element sits away from the story: a sidebar, a related list, a comment, another story's teaser. */
export function awayFromStory(el: Element, headline?: Element | null): boolean {
  return inExcludedRegion(el, headline) || inTeaser(el, headline);
}

/** A date the page shows, and what it is: a publication date, or one marked as an update. */
export interface VisibleDate {
  value: string;
  /** microdata, time (a `datetime` attribute), time-text, dateline */
  source: string;
  updated: boolean;
  /** Where it sits: 2 next to the headline, 1 after it, 0 before it or with no headline. */
  place: number;
  /** Its zone is presumed from the page's language, not written. */
  presumed: boolean;
}

/** Words that say a date is an update, not the publication ("Updated", "Modified"). */
const UPDATED_WORD =
  /\b(?:updated?|last updated|modified|aktualisiert|mis à jour|actualizado|atualizado|bijgewerkt)\b/iu;
const UPDATED_TOKENS = new Set(['updated', 'update', 'modified', 'lastmod', 'datemodified']);

/**
 * The publication dates shown in the page, best first: `[itemprop=datePublished]`, then
 * `<time>` elements (attribute or text) and `[data-published]`, then short elements whose
 * class or id speaks of dates. Dates in comments, related lists, footers and teaser
 * cards are skipped; those next to the headline come before those after it, and those
 * before it (a teaser above the story) last; a date marked as an update comes after the
 * publication dates of its kind.
 */
export function findVisibleDates(
  scan: PageScan,
  headline?: Element | null,
  dayFirst = false,
  zone: PresumedZone | null = null,
): VisibleDate[] {
  const out: VisibleDate[] = [];
  const placeOf = (el: Element): number => (headline ? place(el, headline) : 0);
  // Marked-up dates: schema.org first, then data attributes and <time>.
  for (const [explicit, elements] of [
    [true, scan.datePublished],
    [false, scan.timeLike],
  ] as const) {
    const found: VisibleDate[] = [];
    // Dates called updates by their class alone (hAtom's class="updated").
    const classOnly = new Set<VisibleDate>();
    for (const el of elements) {
      // An explicit datePublished is trusted wherever it sits.
      if (!explicit && (inExcludedRegion(el, headline) || inTeaser(el, headline))) continue;
      const updated = !explicit && isUpdate(el);
      let value: string | null = null;
      let presumed = false;
      let source = explicit ? 'microdata' : 'time';
      // A microformat's <abbr class="published" title="2025-03-05T09:30:00-08:00"> (Blogger) holds it in its title.
      for (const attr of explicit ? MICRODATA_ATTRIBUTES : TIME_ATTRIBUTES) {
        const v = el
          .getAttribute(attr)
          ?.slice(0, MAX_DATE_TEXT)
          .replace(/^[\s"'\\]+/u, '')
          .replace(/(?<![\s"'\\])[\s"'\\]+$/u, '');
        value = v ? toIsoDate(v) : null;
        if (value) break;
      }
      if (!value) {
        const read = readDateText(el.textContent ?? '', dayFirst, zone) ?? tooltipDate(el, dayFirst, zone);
        value = read?.value ?? null;
        presumed = read?.presumed ?? false;
        source = 'time-text';
      } else if (LOCAL_TIME.test(value)) {
        // datetime="2022-10-17 16:01:26" shown as "04:01 PM EDT": the text gives the zone.
        const shown = readDateText(el.textContent ?? '', dayFirst, zone);
        const offset = shown?.value.slice(0, 16) === value.slice(0, 16) ? OFFSET.exec(shown.value)?.[0] : undefined;
        if (offset) {
          value += offset;
          presumed = shown?.presumed ?? false;
        }
      }
      if (value) {
        const d = { value, source: explicit ? 'microdata' : source, updated, place: placeOf(el), presumed };
        found.push(d);
        if (updated && isClassOnlyUpdate(el)) classOnly.add(d);
      }
      // Enough to choose from: the page's own dates come first in real pages.
      if (found.length >= MAX_VISIBLE_DATES) break;
    }
    // A blog's only <time> is class="updated" (hAtom asks every entry for one), shown as
    // the post's date with no "Updated" before it and no published time beside it: the
    // publication.
    if (found.every((d) => d.updated)) for (const d of classOnly) d.updated = false;
    out.push(...rank(found));
  }
  const named: VisibleDate[] = [];
  for (const el of scan.dateNamed) {
    if (!tokensOf(el).some((t) => DATE_TOKENS.has(t))) continue;
    // An element its class calls an update is one; in another, the updates its class marks are passed over.
    const update = isUpdateNamed(el);
    const whole = flatText(el);
    if (!whole || whole.length > 160 || inExcludedRegion(el, headline) || inTeaser(el, headline)) continue;
    const text = update ? whole : withoutUpdates(el).replace(/\s+/gu, ' ').trim();
    // "Published 3 May 2019 · Updated 5 May 2019": the date after "published" wins.
    const published = /\b(?:published|posted|publicado|veröffentlicht|publié)\b[:\s]*([^]*)$/iu.exec(text);
    const read = readDateText(published?.[1] ?? text, dayFirst, zone) ?? tooltipDate(el, dayFirst, zone);
    if (!read) continue;
    named.push({
      value: read.value,
      source: 'dateline',
      updated: (update || UPDATED_FIRST.test(text)) && !published,
      place: placeOf(el),
      presumed: read.presumed,
    });
    if (named.length >= MAX_VISIBLE_DATES) break;
  }
  out.push(...rank(named));
  return out;
}

/**
 * Whether an element's class or id calls its date an update ("updated", "date-modified"),
 * and not also the publication ("update_posted_time" is the time posted).
 */
export function isUpdateNamed(el: Element): boolean {
  if (!el.hasAttribute('class') && !el.id) return false;
  const tokens = tokensOf(el);
  return tokens.some((t) => UPDATED_TOKENS.has(t)) && !tokens.some((t) => PUBLISHED_TOKENS.has(t));
}

const PUBLISHED_TOKENS = new Set(['published', 'publish', 'posted', 'pubdate', 'created', 'publication']);

/**
 * An element's text without that of the dates in it called updates by their class
 * ("<span class=updated>March 10</span> <span class=published>March 3</span>"): the text
 * alone when it holds none (the common case, one query).
 */
function withoutUpdates(el: Element): string {
  const marked = Array.from(el.querySelectorAll('[class]')).filter(isUpdateNamed);
  if (!marked.length) return el.textContent ?? '';
  let text = el.textContent ?? '';
  for (const m of marked) {
    if (marked.some((o) => o !== m && o.contains(m))) continue;
    text = text.replace(m.textContent ?? '', ' ');
  }
  return text;
}

/** A time without offset, and an offset. */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/u;
const OFFSET = /[+-]\d{2}:\d{2}$/u;

/** Dates of one kind looked at; pages list a few of their own before any others. */
const MAX_VISIBLE_DATES = 12;

/** Publication dates before updates; next to the headline, after it, before it; then document order. */
function rank(dates: VisibleDate[]): VisibleDate[] {
  return dates
    .map((d, i) => ({ d, i }))
    .sort((a, b) => Number(a.d.updated) - Number(b.d.updated) || b.d.place - a.d.place || a.i - b.i)
    .map(({ d }) => d);
}

/** Levels climbed from a date to find the link of a teaser card. */
const TEASER_DEPTH = 6;
/** The headings a teaser card's link may hold. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A date in a link card for another story (a teaser): its link holds a headline or much more text. */
function inTeaser(el: Element, headline?: Element | null): boolean {
  const link = linkAround(el);
  if (!link || (headline && link.contains(headline))) return false;
  if (holdsNamed(link, HEADINGS)) return true;
  return (link.textContent ?? '').length > 3 * (el.textContent ?? '').length + 40;
}

/** The link an element sits in, a few levels up (cheaper than `closest` in DOMs such as jsdom). */
function linkAround(el: Element): Element | null {
  let e: Element | null = el;
  for (let depth = 0; e && depth < TEASER_DEPTH; e = e.parentElement, depth++) {
    if (e.tagName.toUpperCase() === 'A' && e.hasAttribute('href')) return e;
  }
  return null;
}

/** A date called an update by its class alone: no itemprop=dateModified, no "Updated" label before it. */
function isClassOnlyUpdate(el: Element): boolean {
  return (
    !/\bdateModified\b/u.test(el.getAttribute('itemprop') ?? '') &&
    !UPDATED_WORD.test((el.textContent ?? '').slice(0, MAX_LABEL_DISTANCE)) &&
    !labelledUpdate(el)
  );
}

/** Whether a date element is marked as an update ("Updated 5 May", class="updated", itemprop=dateModified). */
function isUpdate(el: Element): boolean {
  if (/\bdateModified\b/u.test(el.getAttribute('itemprop') ?? '')) return true;
  if (tokensOf(el).some((t) => UPDATED_TOKENS.has(t))) return true;
  return labelledUpdate(el);
}

/** Whether the label just before a date says it is an update. */
function labelledUpdate(el: Element): boolean {
  // The label just before it: "Updated <time>"; in "Updated 7 May · Published <time>" the
  // nearest label is "Published".
  const parentText = (el.parentElement?.textContent ?? '').slice(0, MAX_DATE_TEXT);
  const at = parentText.indexOf(el.textContent ?? '');
  const lead = parentText.slice(Math.max(0, at - MAX_LABEL_DISTANCE), Math.max(0, at));
  let last: string | undefined;
  for (const m of lead.matchAll(DATE_LABEL)) last = m[0];
  return last !== undefined && UPDATED_WORD.test(last);
}

/**
 * The full date in the tooltip (`title`) of an element that shows it relative to the
 * reading ("5 years ago", "<span class=date title='March 4, 2019 10:15 AM'>"), or of a
 * microformat's `<abbr>` that shows it without its year; null otherwise.
 */
function tooltipDate(el: Element, dayFirst: boolean, zone: PresumedZone | null): DateRead | null {
  const title = el.getAttribute('title') ?? TOOLTIP_ATTRIBUTES.map((a) => el.getAttribute(a)).find(Boolean);
  if (!title) return null;
  // hAtom's <abbr class="published" title="2025-03-12T09:30:00-04:00">March 12</abbr>: the
  // date for machines in the title, the day shown without its year.
  if (el.tagName.toUpperCase() === 'ABBR' && ISO_DAY.test(title)) {
    const value = toIsoDate(title.slice(0, MAX_DATE_TEXT).trim());
    return value ? { value, presumed: false } : null;
  }
  if (!RELATIVE_SHOWN.test(el.textContent ?? '')) return null;
  return readDateText(title, dayFirst, zone);
}

/** Attributes of scripted tooltips (Bootstrap 5 and 3/4, Tippy, others) read as a `title`. */
const TOOLTIP_ATTRIBUTES = ['data-bs-title', 'data-original-title', 'data-tippy-content', 'data-tooltip'];

/** A title that opens with an ISO 8601 day (a microformat's machine date). */
const ISO_DAY = /^\s*\d{4}-\d{2}-\d{2}/u;

/** A date shown relative to the reading ("5 years ago", "yesterday"). */
const RELATIVE_SHOWN = /\b(?:ago|yesterday|today|just now)\b/iu;

const TIME_ATTRIBUTES = ['content', 'datetime', 'data-published', 'data-timestamp', 'data-unix', 'data-epoch'];
const MICRODATA_ATTRIBUTES = [...TIME_ATTRIBUTES, 'title'];

/** Characters before a date looked at for its label. */
const MAX_LABEL_DISTANCE = 40;
const DATE_LABEL =
  /\b(?:updated?|last updated|modified|aktualisiert|mis à jour|actualizado|atualizado|bijgewerkt|published|posted|publicado|veröffentlicht|publié|gepubliceerd)\b/giu;

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

/** A date in the URL's path: /2016/12/09/, /2016-12-09-, /20161209/, /2016/dec/09/, story-20161209.html. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  // "/2016/12/09/", "/2016-12-09/", and at the end of a slug: "/port-plan-2016-12-09".
  let m = /(?:^|[/_-])((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/._-]|$)/u.exec(path);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(?:^|\/)((?:19|20)\d{2})\/([a-z]{3})[a-z]*\/(\d{1,2})(?:\/|$)/iu.exec(path);
  const month = m ? URL_MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1 : 0;
  if (m && month > 0) return ymd(Number(m[1]), month, Number(m[3]));
  m = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/u.exec(path);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
