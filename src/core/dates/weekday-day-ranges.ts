/**
 * A stretch whose first end writes its weekday and day but leaves the month to the second end
 * ("from Thursday 27 to Sunday 30 August", "Friday 5 – Sunday 7 December 2025"): chrono reads the
 * first end as a weekday alone, placed near the publication; it is the day the number says, in
 * the second end's month (the month before when the number is past the second end's day), and
 * the timeline then joins the two into one range.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { daysInMonth } from './calendar';
import { isOurs } from './timex-tags';

/** A weekday alone, as the first end's words. */
const PLAIN_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;
/** The first end's day number after its weekday, then the words that join it to the second end. */
const DAY_THEN_JOIN = /^\s{1,3}(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:to|until|till|through|-|–)\s{1,3}$/iu;
/** How far after the weekday (characters) the second end may start. */
const JOIN_REACH = 20;

export class WeekdayDayRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const r = results[i] as ParsingResult;
      const next = results[i + 1];
      const end = r.index + r.text.length;
      const join =
        next && !isOurs(r) && PLAIN_WEEKDAY.test(r.text) && next.index > end && next.index - end <= JOIN_REACH
          ? DAY_THEN_JOIN.exec(context.text.slice(end, next.index))
          : null;
      const c = next?.start;
      if (!join || !c || !c.isCertain('day') || !c.isCertain('month') || next.end) {
        out.push(r);
        continue;
      }
      const day = Number(join[1]);
      const endDay = c.get('day') ?? 1;
      let month = c.get('month') ?? 1;
      let year = c.get('year') ?? 0;
      // "Saturday 30 to Monday 2 March": the first end is in the month before.
      if (day > endDay) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
      if (day < 1 || day > daysInMonth(year, month)) {
        out.push(r);
        continue;
      }
      const text = context.text.slice(r.index, end + join[0].indexOf(join[1] ?? '') + (join[1] ?? '').length);
      const first = context.createParsingResult(r.index, text);
      first.start.assign('day', day);
      first.start.assign('month', month);
      // (The year stays implied: the second end writes it, and the timeline joins the two.)
      first.start.imply('year', year);
      first.start.assign('weekday', r.start.get('weekday') ?? 0);
      first.addTags(r.tags());
      out.push(first);
    }
    return out;
  }
}
