/**
 * The dates of a page without a publication date. Relative expressions are then read against
 * the moment of reading, which is no date of the story: "yesterday" in an undated essay of 2003,
 * or "March 18" in an undated story of 2015, is not the day before (or the March 18 nearest)
 * the day a reader opens the page. A date whose value depends on that reference — read again
 * against another moment, it moves — is not fixed by the text and is left out; the dates the
 * text writes ("1991", "September 2013") or counts from one it writes ("the following year")
 * stay. The moment of writing ("today", "now") stays as it is: it is never on the timeline.
 */
import { recogniseDates } from './chrono-dates';
import type { Block, DateMention } from '../types';

const DAY_MS = 86_400_000;
/**
 * How far before the moment of reading the second reading is made: over three years and a
 * month and not a whole number of weeks, so that a year, a month, a week or a weekday told
 * from the reference all move.
 */
const SHIFT_DAYS = 1137;

const valueOf = (m: DateMention): string => `${m.value}/${m.endValue ?? ''}/${m.mod ?? ''}`;
const keyOf = (m: DateMention): string => `${m.blockId}:${m.start}:${m.end}`;

/** The dates of `blocks` that the text fixes, on a page without a publication date read at `instant`. */
export function recogniseUndatedDates(blocks: readonly Block[], instant: Date, lang = 'en'): DateMention[] {
  const read = recogniseDates(blocks, { instant }, lang);
  if (!read.some((m) => !m.present)) return read;
  const again = new Map(
    recogniseDates(blocks, { instant: new Date(instant.getTime() - SHIFT_DAYS * DAY_MS) }, lang).map((m) => [
      keyOf(m),
      valueOf(m),
    ]),
  );
  const kept = read.filter((m) => m.present || again.get(keyOf(m)) === valueOf(m));
  kept.forEach((m, i) => (m.id = i + 1));
  return kept;
}
