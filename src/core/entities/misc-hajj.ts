/**
 * The pilgrimage's words in a story about it (issue 15, en-train22; the thirty-seventh session's
 * rulings on religious calendars: `Hajj` and `Umrah` are OTHER, as events; a Hijri month is a date).
 * The tagger reads "Hajj" and "Umrah" as persons or organisations, the months ("Dhu Al-Hijjah",
 * "Dhul Qadah") and the days ("Tarwiyah", "the Day of Arafat") as persons or places. After tagging
 * (English):
 * - "Hajj" and "Umrah" alone are OTHER, and so is "Hijri" (the calendar's adjective);
 * - a Hijri month, a named day of the pilgrimage and "Islamic New Year" are no names (dates);
 * - in a text that names the Hajj, "Arafat" alone is the plain (a place), not Yasser Arafat;
 * - "the Ministry of Hajj and Umrah" is one organisation (the tagger ends it before "and").
 * One look at each mention's text.
 */
import type { EntityMention } from '../types';
import { kept, mapped, respan, retype, unchanged } from './by-block';
import { keptByName } from './kept-by-name';

/** Names of the pilgrimage and of the calendar, OTHER. */
const OTHER_NAMES = new Set(['Hajj', 'Umrah', 'Hijri']);

/**
 * The Hijri months and the pilgrimage's named days, folded (lower case, no space, hyphen or
 * apostrophe): dates, no names.
 */
const DATES = new Set(
  [
    'muharram',
    'safar',
    'rabialawwal',
    'rabiulawwal',
    'rabialthani',
    'rabiulakhir',
    'jumadaalula',
    'jumadaalawwal',
    'jumadaalakhirah',
    'jumadaalthani',
    'rajab',
    'shaban',
    'shawwal',
    'dhulqadah',
    'dhualqadah',
    'dhulqidah',
    'dhualqidah',
    'dhulhijjah',
    'dhualhijjah',
    'dayofarafat',
    'dayofarafah',
    'tarwiyah',
    'tashreeq',
    'tashriq',
    'islamicnewyear',
  ].values(),
);

const fold = (name: string): string => name.toLowerCase().replace(/[\s'’-]/gu, '');

/** First letters (ASCII, lower case) of the folded DATES. */
const DATE_INITIALS = new Set([...DATES].map((d) => d.charCodeAt(0)));

/** Names `foldsToDate` keeps its answers for at most. */
const DATES_LIMIT = 10_000;

/**
 * Whether `name` folds to one of DATES, kept by the name: the same names come back text after
 * text (speed, issue 15).
 */
const foldsToDate = keptByName((name) => DATES.has(fold(name)), DATES_LIMIT);

/**
 * Whether `name` folds to one of DATES, reading its first letter before folding (most names start
 * with a letter no Hijri month or pilgrimage day starts with); a first character outside ASCII
 * letters is folded in full, since fold may drop or change it.
 */
function isDate(name: string): boolean {
  const c = name.charCodeAt(0);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (letter && !DATE_INITIALS.has(c | 32)) return false;
  return foldsToDate(name);
}

/** The mentions with the pilgrimage's words typed as the rulings have them. */
export function withHajjWords(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!mentions.some((m) => OTHER_NAMES.has(m.text) || isDate(m.text))) return unchanged(mentions);
  const hajj = mentions.some((m) => m.text === 'Hajj');
  // "Ministry of Hajj" + " and " + "Umrah": one organisation.
  const joined = new Set<EntityMention>();
  const out = kept(
    mapped(mentions, (m, i) => {
      const next = mentions[i + 1];
      if (m.type !== 'ORG' || !m.text.endsWith(' of Hajj') || next?.text !== 'Umrah' || next.blockId !== m.blockId)
        return m;
      const block = text.get(m.blockId) ?? '';
      if (block.slice(m.end, next.start) !== ' and ') return m;
      joined.add(next);
      return respan(m, m.start, next.end, block.slice(m.start, next.end));
    }),
    (m) => !isDate(m.text) && !joined.has(m),
  );
  return mapped(out, (m) => {
    if (OTHER_NAMES.has(m.text)) return m.type === 'OTHER' ? m : retype(m, 'OTHER');
    if (hajj && m.text === 'Arafat' && m.type !== 'PLACE') return retype(m, 'PLACE');
    return m;
  });
}
