/**
 * Days and months are no names (English, issue 15; names guidelines: dates, days and holidays
 * are not names). The tagger reads a weekday or a month in the plural as an organisation ("open
 * until 9pm on Fridays", "the last two Decembers"), and a civic day's place alone as the place
 * ("Australia" of "Australia Day", "Canada" of "the week of Canada Day"). After tagging:
 *
 * - a mention that is a weekday or a month in the plural is dropped;
 * - a place or organisation the tagger cut before a capitalised " Day" ("Australia" of
 *   "Australia Day"), or that ends in " Day" ("Heritage Day" typed a place), is dropped.
 *
 * A civic day the tagger typed as another name ("Labor Day" OTHER) is left to it, and the civic
 * days civic-days.ts lists are named whole after this pass ("Australia Day" OTHER, names.md); a
 * day inside a longer name ("Canada Day Parade") is left alone. Reads the mention's own words
 * and the four characters after it.
 */
import type { EntityMention } from '../types';
import { kept } from './by-block';

/** Weekdays and months in the plural. */
const PLURAL_DAYS = new Set(
  'Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays Januarys Februarys Marches Aprils Mays Junes Julys Augusts Septembers Octobers Novembers Decembers'.split(
    ' ',
  ),
);

/** A capitalised " Day" after a mention, not followed by another capitalised word ("Canada Day Parade"). */
const DAY_AFTER = /^ Day(?![\p{L}\p{N}]| \p{Lu})/u;

/** Whether `m` is a day or a month, not a name, in its block's `block`. */
function isCalendarWord(block: string, m: EntityMention): boolean {
  if (PLURAL_DAYS.has(m.text)) return true;
  if (m.type !== 'PLACE' && m.type !== 'ORG') return false;
  if (m.text.endsWith(' Day')) return !/^ \p{Lu}/u.test(block.slice(m.end, m.end + 2));
  return block.startsWith(' Day', m.end) && DAY_AFTER.test(block.slice(m.end, m.end + 7));
}

/** The mentions (in text order) without the days and months taken for names; `text` holds each block's text by its id. */
export function withoutCalendarWords(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return kept(mentions, (m) => !isCalendarWord(text.get(m.blockId) ?? '', m));
}
