/**
 * The time zone of a time a page writes without one ("December 16, 2016, 4:19 PM" on an
 * American news site, "2019年3月15日 09:43" on a Japanese one). A reader of the page knows
 * it: the site's own zone. Lede presumes it from the page's language where the language
 * is spoken in one zone (Japanese, Korean, Chinese, German, Dutch, British English…), and
 * for American English only for times written the American way (month first, with am/pm),
 * as US Eastern time, where most American newsrooms date their stories. The offset on the
 * day itself is used (summer time included), so the header's time and the timeline's are
 * the same instant.
 */

export interface PresumedZone {
  /** An IANA zone name. */
  timeZone: string;
  /** Only for times written the American way ("Dec. 1, 2016 1:01 PM", "12/01/2016 01:01 PM"). */
  americanOnly: boolean;
}

/** Languages (and regions) spoken in one time zone. */
const ZONE_OF_LANGUAGE: Record<string, string> = {
  ja: 'Asia/Tokyo',
  ko: 'Asia/Seoul',
  zh: 'Asia/Shanghai',
  'zh-tw': 'Asia/Taipei',
  'zh-hk': 'Asia/Hong_Kong',
  hi: 'Asia/Kolkata',
  'en-in': 'Asia/Kolkata',
  'en-gb': 'Europe/London',
  'en-ie': 'Europe/Dublin',
  de: 'Europe/Berlin',
  nl: 'Europe/Amsterdam',
  it: 'Europe/Rome',
  pl: 'Europe/Warsaw',
  cs: 'Europe/Prague',
  sv: 'Europe/Stockholm',
  da: 'Europe/Copenhagen',
  nb: 'Europe/Oslo',
  no: 'Europe/Oslo',
};

const AMERICAN: PresumedZone = { timeZone: 'America/New_York', americanOnly: true };

/** The zone presumed for a page in this language (a BCP 47 tag, "en_US" too), or null. */
export function presumedZone(lang: string | null | undefined): PresumedZone | null {
  const tag = (lang ?? '').trim().toLowerCase().replace(/_/gu, '-');
  // English without a region (or no language at all) is read the American way, as numeric dates are.
  if (!tag || tag === 'en' || tag === 'en-us') return AMERICAN;
  const [language, region] = tag.split('-');
  const timeZone = ZONE_OF_LANGUAGE[`${language}-${region}`] ?? ZONE_OF_LANGUAGE[language ?? ''];
  return timeZone ? { timeZone, americanOnly: false } : null;
}

/** A time written the American way: a month's name or a numeric month before the day, and am/pm. */
const AMERICAN_CLOCK = /\d\s?[ap]\.?m\b/iu;
const MONTH_FIRST =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s{1,3}\d{1,2}(?!\d)|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/iu;

/**
 * A local time ("2016-12-16T16:19:00") with the offset of the presumed zone on that day
 * ("2016-12-16T16:19:00-05:00"), when the zone applies to the text it was read from;
 * otherwise the local time as it is.
 */
export function withPresumedZone(local: string, zone: PresumedZone | null | undefined, text: string): string {
  if (!zone || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/u.test(local)) return local;
  if (zone.americanOnly && !(AMERICAN_CLOCK.test(text) && MONTH_FIRST.test(text))) return local;
  const offset = offsetAt(local, zone.timeZone);
  return offset === null ? local : `${local}${offset}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes (east positive), or null. */
function zoneOffset(t: number, timeZone: string): number | null {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      return null;
    }
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(t))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
  return Math.round((wall - Math.floor(t / 60_000) * 60_000) / 60_000);
}

/** An instant ("2025-03-12T02:00:00Z") as the wall-clock time in a zone, with its offset ("2025-03-11T22:00:00-04:00"); null when unreadable. */
export function inZone(instant: string, timeZone: string): string | null {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return null;
  const offset = zoneOffset(t, timeZone);
  if (offset === null) return null;
  const wall = new Date(Math.floor(t / 1000) * 1000 + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The offset ("-05:00") of a zone at a wall-clock time in it. */
function offsetAt(local: string, timeZone: string): string | null {
  const wall = Date.parse(`${local}Z`);
  if (Number.isNaN(wall)) return null;
  // The offset at the wall time read as UTC, then at the instant that gives (right across a change).
  const first = zoneOffset(wall, timeZone);
  if (first === null) return null;
  const offset = zoneOffset(wall - first * 60_000, timeZone) ?? first;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
