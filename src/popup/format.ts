/**
 * Display helpers for the card: dates, relative times, languages, snippets (a date value's
 * wording is core's `describeDate`). Dates, times and language names are in the reader's
 * language (the UI language, see shared/i18n.ts) unless a locale is given.
 */
import { uiLanguage } from '../shared/i18n';
import { clipRange } from '../core/segment/clip';

/**
 * A locale `Intl` accepts, or undefined (the reader's own). Page strings such as OpenGraph's
 * "en_US" make `Intl.DateTimeFormat` throw a RangeError, which once left the popup on
 * "Reading the article…".
 */
export function safeLocale(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang.replace(/_/gu, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * "12 Mar 2024" (or with the time when the value has one), in the reader's locale. A time
 * with its offset ("…T22:32:00-05:00") is shown as the page wrote it, in its own zone, as
 * the timeline shows the times in the text (read in the page's zone): a header in the
 * reader's zone next to a timeline in the page's disagreed by hours, and even by a day.
 */
export function formatDate(iso: string, locale: string = uiLanguage()): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/u.test(iso);
  const d = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const zone = /(?:([+-])(\d{2}):?(\d{2})|Z)$/u.exec(iso);
  if (!dateOnly && zone) {
    const offset = zone[1] ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
    const wall = new Date(d.getTime() + offset * 60_000);
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(wall);
  }
  return new Intl.DateTimeFormat(
    locale,
    dateOnly ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(d);
}

/** "3 days ago", "in 2 hours", "yesterday". */
export function relativeTime(iso: string, now: Date, locale: string = uiLanguage()): string | null {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/u.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(t)) return null;
  const seconds = (t - now.getTime()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 86400],
    ['month', 30 * 86400],
    ['week', 7 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}

/** "English" for "en" ("inglés" for a Spanish reader); null for an unknown code. */
export function languageName(lang: string, locale: string = uiLanguage()): string | null {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(lang);
    return name && name !== lang ? name : null;
  } catch {
    return null;
  }
}

/**
 * A timeline entry's sentence, whole, and where its date is in it. The analysis keeps about
 * 220 characters of a long sentence, which can leave the date out ("…since records began i…"
 * under 1930): the rest is read from the entry's block, to the sentence's end.
 */
export function entrySentence(
  d: { sentence: string; text: string; blockId: number; start: number },
  blocks: readonly { id: number; text: string }[] | undefined,
): { text: string; at: number } {
  const block = blocks?.find((b) => b.id === d.blockId)?.text;
  const head = d.sentence.endsWith('…') ? d.sentence.slice(0, -1) : d.sentence;
  const from = block?.startsWith(d.text, d.start) ? block.lastIndexOf(head, d.start) : -1;
  if (!block || from < 0 || d.start + d.text.length > block.length) {
    return { text: d.sentence, at: d.sentence.indexOf(d.text) };
  }
  const at = d.start - from;
  // Whole already: the date's own sentence, its "…" (if any) the writer's.
  const cut = head !== d.sentence && !block.startsWith(d.sentence, from);
  if (!cut) return { text: d.sentence, at };
  let end = Math.max(d.start + d.text.length, from + head.length);
  // To the first stop followed by a space (or a closing quote), or the block's end.
  while (end < block.length && !('.!?'.includes(block[end] as string) && ' ”’")'.includes(block[end + 1] ?? ' ')))
    end++;
  return { text: block.slice(from, Math.min(block.length, end + 1)), at };
}

/**
 * The sentence around a date (at `at`, else its first appearance), cut to about `width`
 * characters at words (core/segment/clip.ts, as every sentence Lede shows), split at the date.
 */
export function snippet(
  sentence: string,
  match: string,
  width = 90,
  at = sentence.indexOf(match),
): { before: string; match: string; after: string } {
  if (at < 0 || !sentence.startsWith(match, at)) return { before: '', match, after: '' };
  const matchEnd = at + match.length;
  const { from, to } = clipRange(sentence, at, matchEnd, Math.max(width, match.length));
  return {
    before: (from > 0 ? '…' : '') + sentence.slice(from, at),
    match,
    after: sentence.slice(matchEnd, to) + (to < sentence.length ? '…' : ''),
  };
}
