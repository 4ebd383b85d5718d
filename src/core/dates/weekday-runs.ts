/**
 * Weekdays read one by one that other words of the text place: a weekday told from a holiday
 * ("the Sunday after Thanksgiving"), a weekday coordinated with one ahead ("use them on Sunday
 * or Monday", in a Saturday story: the Monday after that Sunday; "'I will be back Friday,' she
 * said. 'Maybe Saturday.'"), and a list's weekday after
 * its dated items ("Saturday, December 17: … ¶ Sunday: …": the Sunday after).
 */
import type { Block, DateMention } from '../types';
import { addDays, dayNumber, parseYmd, stepToWeekday, utcDayNumber, ymdString } from './calendar';
import { countedYear, FROM_HOLIDAY, holidayDay } from './holidays';
import { WEEKDAY_NAMES } from './vocabulary';

/** A weekday named alone, as its ISO number (1 Monday … 7 Sunday); 0 for any other text. */
const isoWeekday = (text: string): number => WEEKDAY_NAMES.indexOf(text.toLowerCase()) + 1;
/** "or" or "and" between two weekdays. */
const OR_AND = /^\s{1,3}(?:or|and)\s{1,3}$/iu;
/**
 * A sentence of a weekday alone that offers another day ("I will be back Friday," she said.
 * "Maybe Saturday."): what comes before the weekday, from the last one.
 */
const MAYBE_FRAGMENT = /[.!?]["”]?\s{1,3}["“]?(?:or\s{1,3})?(?:maybe|perhaps|possibly|probably|or)\s{1,3}$/iu;
/** How far after the weekday ahead (characters) the sentence offering another may open. */
const FRAGMENT_REACH = 60;
/** A list item's opening date or weekday, then a colon ("Saturday, December 17: ", "Sunday: "). */
const ITEM_COLON = /^\s{0,2}:/u;

export function placeWeekdays(mentions: readonly DateMention[], blocks: readonly Block[], reference: Date): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  const today = utcDayNumber(reference);
  let item: DateMention | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    const body = text.get(m.blockId) ?? '';
    const wanted = isoWeekday(m.text);
    const own = parseYmd(m.value);
    const opensItem = m.start === 0 && ITEM_COLON.test(body.slice(m.end, m.end + 3));
    if (wanted && own && m.value.length === 10) {
      const holiday = /(?<![\p{L}])the\s{1,3}$/iu.test(body.slice(Math.max(0, m.start - 5), m.start))
        ? FROM_HOLIDAY.exec(body.slice(m.end, m.end + 40))
        : null;
      const prev = mentions[i - 1];
      const prevDay = prev ? parseYmd(prev.value) : null;
      if (holiday) {
        // The holiday of the year written after it, else the one nearest the publication.
        // ("the Friday before Easter last year": the Easter of the year before the publication's.)
        const year = holiday[3]
          ? Number(holiday[3])
          : holiday[4]
            ? countedYear(holiday[4], reference.getUTCFullYear())
            : nearestYear(holiday[2] ?? '', reference);
        const day = holidayDay(holiday[2] ?? '', year);
        if (day) {
          const after = holiday[1] === 'after';
          m.value = ymdString(stepToWeekday(addDays(day, after ? 1 : -1), wanted, after ? 1 : -1));
          m.certainty = holiday[3] ? 'exact' : 'inferred';
        }
      } else if (
        prev &&
        prev.blockId === m.blockId &&
        prevDay &&
        isoWeekday(prev.text) &&
        (OR_AND.test(body.slice(prev.end, m.start)) ||
          (m.start - prev.end <= FRAGMENT_REACH &&
            MAYBE_FRAGMENT.test(body.slice(prev.end, m.start)) &&
            /^[.!?]/u.test(body.slice(m.end)))) &&
        dayNumber(prevDay) > today &&
        dayNumber(own) < today
      ) {
        // "on Sunday or Monday", the Sunday ahead: the Monday after it (as "… Friday." "Maybe Saturday.").
        m.value = ymdString(stepToWeekday(addDays(prevDay, 1), wanted, 1));
      } else if (opensItem && item && item.blockId >= m.blockId - 2) {
        // A list's weekday after a dated item ("Saturday, December 17: …" then "Sunday: …").
        const from = parseYmd(item.value.slice(0, 10));
        if (from) m.value = ymdString(stepToWeekday(addDays(from, 1), wanted, 1));
      } else if (opensItem && !item && weekdayItemAfter(mentions, i, text)) {
        // A guide's days ("Friday: … ¶ Saturday: … ¶ Sunday: …"), the first undated: the days to come.
        const start = new Date(reference.getTime());
        const from = { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, day: start.getUTCDate() };
        m.value = ymdString(stepToWeekday(from, wanted, 1));
        m.certainty = 'inferred';
      }
    }
    // A dated list item ("Saturday, December 17: "), the day the next bare weekday counts from.
    if (opensItem && /\d/u.test(m.text) && /^\d{4}-\d{2}-\d{2}/u.test(m.value)) item = m;
    else if (opensItem && wanted) item = m;
  }
}

/** How many blocks on the next list item of a guide's days may open. */
const ITEM_BLOCKS = 2;

/** Whether a later block, near the one of mention `i`, opens with a weekday alone and a colon. */
function weekdayItemAfter(mentions: readonly DateMention[], i: number, text: ReadonlyMap<number, string>): boolean {
  const m = mentions[i] as DateMention;
  for (let k = i + 1; k < mentions.length; k++) {
    const n = mentions[k] as DateMention;
    if (n.blockId > m.blockId + ITEM_BLOCKS) return false;
    if (n.blockId > m.blockId && n.start === 0 && isoWeekday(n.text))
      return ITEM_COLON.test((text.get(n.blockId) ?? '').slice(n.end, n.end + 3));
  }
  return false;
}

/** The year whose holiday `name` lies nearest the publication date. */
function nearestYear(name: string, reference: Date): number {
  const today = utcDayNumber(reference);
  const year = reference.getUTCFullYear();
  let best = year;
  for (const y of [year - 1, year, year + 1]) {
    const d = holidayDay(name, y);
    const b = holidayDay(name, best);
    if (d && b && Math.abs(dayNumber(d) - today) < Math.abs(dayNumber(b) - today)) best = y;
  }
  return best;
}
