/**
 * Dates are not names (eval/gold/guidelines/names.md, "What is a name": dates and times, days
 * and months are no names; CoNLL-2003 and Wikigold mark none of the forms below). The tagger now
 * and then marks a date written in Title Case as a name OTHER: a month and its day ("The Feb. 3
 * caucuses"), a span of days ("over the Friday-to-Sunday weekend"), a fiscal year ("its plan for
 * FY2025"). After tagging (English): a mention that is wholly a month's or a day's name with a
 * day's number, or two such names joined by "to" or a hyphen, or "FY" and a year, is dropped. A
 * month's or a day's name alone is left to the other rules (it is a person's name too: "May").
 *
 * Per mention, a look at its first letters: only a mention starting with a month, a day or "FY"
 * is read further.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { unchanged } from './by-block';

/**
 * A date written as a name: a month or day (its abbreviation too) and its number, a span of two,
 * or a fiscal year (bounded: no nested quantifier).
 */
const DATE_NAME =
  /^(?:(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|May|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2}(?:st|nd|rd|th)?|(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|May|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:-to-| to |-)(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|May|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|FY ?\d{2,4})$/u;

/** First letters of the words DATE_NAME can start with. */
const FIRST = new Set(['J', 'F', 'M', 'A', 'S', 'O', 'N', 'D', 'T', 'W']);

/** Whether `name` is a date written as a name. */
function isDateName(name: string): boolean {
  return (
    FIRST.has(charAt(name, 0)) &&
    (name.includes(' ') || name.includes('-') || name.startsWith('FY')) &&
    DATE_NAME.test(name)
  );
}

/** The mentions that are no date. */
export function withoutCalendarSpans(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.some((m) => isDateName(m.text)) ? mentions.filter((m) => !isDateName(m.text)) : unchanged(mentions);
}
