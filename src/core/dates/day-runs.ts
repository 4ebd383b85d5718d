/**
 * Days of a month told in a story's past right after a day with its year, in the same paragraph
 * ("On the morning of Nov. 8, 2023, customers began pulling funds … Coralbit halted them shortly after
 * 10 p.m. Eastern time on Nov. 10. The company filed for bankruptcy on Nov. 13"): a month's day
 * without a year, a few days to a month after the dated day and told with a verb in the past in its
 * clause, is of the dated day's year, not of the year nearest the publication. The run goes on
 * through the days it dates. Narrow on purpose: a month alone, a day in another paragraph, a day more
 * than a month on, or a clause with a word of the future keep their reading ("sued in March 2023 …
 * the case went to trial on April 14" is the publication's year).
 */
import type { Block, DateMention } from '../types';
import { dayNumber, parseYmd, type Ymd } from './calendar';
import { clauseAround } from './clause';
import { PAST_IRREGULAR, PAST_WORD } from './news-tense-refiner';

/** A month's day without a year, as written ("Nov. 10", "November 13th"). */
const MONTH_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?$/iu;
/** A day written with its year ("Nov. 8, 2023", "8 November 2023"). */
const WITH_YEAR = /(?<!\p{N})(?:19|20)\d{2}(?!\p{N})/u;
/** A day's value, with its clock time or part of the day if any. */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}(?:T[\dA-Z:]{2,5})?$/u;
/** Plain words of the future: a day in their clause is not the story's past. */
const FUTURE_WORDS =
  /(?<![\p{L}])(?:will|won['’]t|shall|going to|would|plans? to|expects? to|scheduled|due|set to)(?![\p{L}])|['’]ll(?![\p{L}])/iu;
/** How many days after the dated day a day of its run may lie. */
const RUN_DAYS = 31;

/** Sets, in place, the year of the days told in a dated day's run. */
export function dayRuns(mentions: readonly DateMention[], blocks: readonly Block[]): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  let anchor: Ymd | null = null;
  let block = -1;
  for (const m of mentions) {
    if (m.blockId !== block) {
      anchor = null;
      block = m.blockId;
    }
    const day = DAY_VALUE.test(m.value) && !m.endValue ? parseYmd(m.value.slice(0, 10)) : null;
    if (!day) continue;
    if (m.certainty === 'exact' && WITH_YEAR.test(m.text)) {
      anchor = day;
      continue;
    }
    if (!anchor || !MONTH_DAY.test(m.text) || day.year <= anchor.year) continue;
    const moved: Ymd = { year: anchor.year, month: day.month, day: day.day };
    const after = dayNumber(moved) - dayNumber(anchor);
    if (after <= 0 || after > RUN_DAYS) continue;
    const clause = clauseAround(text.get(m.blockId) ?? '', m.start, m.end);
    PAST_WORD.lastIndex = 0;
    PAST_IRREGULAR.lastIndex = 0;
    if (FUTURE_WORDS.test(clause) || !(PAST_WORD.test(clause) || PAST_IRREGULAR.test(clause))) continue;
    m.value = `${anchor.year}${m.value.slice(4)}`;
    m.certainty = 'inferred';
    anchor = moved;
  }
}
