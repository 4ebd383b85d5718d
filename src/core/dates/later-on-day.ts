/**
 * "a week later, on Monday, September 16": a "later" or "earlier" count set beside the day it
 * reaches is that day (the lang-news ruling of the thirty-sixth session: the sentence dates the
 * point itself), not the week the count would reach from the publication. chrono reads the count
 * and the day as one result; this refiner gives it the day's value.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { casual } from 'chrono-node/en';
import { ymdString } from './calendar';
import { restate } from './timex-tags';

/** A count of days, weeks or months "later" or "earlier", its comma and "on" before a day. */
const COUNT_THEN_DAY =
  /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,3}(?:days?|weeks?|months?)\s{1,3}(?:later|earlier),\s{1,3}(?:on\s{1,3})?(?=\p{Lu})/iu;

export class LaterOnDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      // Most results start with no count: a cheap test first.
      if (!/(?:later|earlier),/iu.test(r.text)) continue;
      const count = COUNT_THEN_DAY.exec(r.text);
      if (!count) continue;
      const day = casual.parse(r.text.slice(count[0].length), context.reference)[0];
      // The day alone, all of the rest ("Monday, September 16"), with its month and day.
      if (!day || day.index !== 0 || day.text.length !== r.text.length - count[0].length) continue;
      if (!day.start.isCertain('day') || !day.start.isCertain('month')) continue;
      restate(
        r,
        ymdString({
          year: day.start.get('year') ?? 0,
          month: day.start.get('month') ?? 1,
          day: day.start.get('day') ?? 1,
        }),
      );
    }
    return results;
  }
}
