/**
 * A stretch from a day's clock time to another day's ("from 11am on Nov 20 to 3.30pm on Nov 26"):
 * chrono reads the first day's number and the second clock time as a range of hours ("20 to
 * 3.30pm", 8 p.m. to 3.30 the next afternoon) on the second day, and the first clock time apart.
 * The two ends are their own: the first day with its clock time, the second day with its own.
 * The other way round, "from 9 a.m. on December 1 to 5 p.m. on December 3" is read as days 1 to
 * 5 of December: the second end is the clock time on the day after it.
 */
import type { Component, ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { daysInMonth } from './calendar';
import { MONTH_NAMES } from './vocabulary';

/** A bare day's number, then the word that joins it to a clock time ("20 to 3.30pm …"). */
const DAY_TO_CLOCK = /^(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:to|until|till|through|-|–)\s{1,3}(?=\d)/iu;
/** A month's name or its abbreviation just before the day, and a clock time and "on" before it ("11am on Nov "). */
const MONTH_BEFORE =
  /(?:(?<![\p{L}\p{N}])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\.?\s{1,3}on\s{1,3})?(?<![\p{L}])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\s{1,3}$/iu;
/** A first end's day range read to a bare number ("… December 1 to 5") … */
const TO_NUMBER_END = /\s{1,3}(?:to|until|till|through|-|–)\s{1,3}(\d{1,2})$/iu;
/** … that a clock time's meridiem and "on" follow ("5 p.m. on December 3"). */
const CLOCK_ON_AFTER = /^(?:[:.](\d{2}))?\s?([ap])\.?m\.?\s{1,3}on\s{1,3}$/iu;
/** How far before the day (characters) its month and clock time are looked for. */
const BEFORE_REACH = 30;
/** Hours in half a day. */
const HALF_DAY = 12;

/** A clock time written with its meridiem ("11am", "3.30pm") set on a date's components. */
function setClock(to: ParsingComponents, hour: string, minute: string | undefined, meridiem: string | undefined): void {
  const pm = (meridiem ?? '').toLowerCase() === 'p';
  to.assign('hour', (Number(hour) % HALF_DAY) + (pm ? HALF_DAY : 0));
  to.assign('minute', minute ? Number(minute) : 0);
  to.assign('meridiem', pm ? 1 : 0);
}

/** Components copied from one date to another, each as certain or as implied as it was. */
function copyComponents(from: ParsingComponents, to: ParsingComponents, keys: readonly Component[]): void {
  for (const c of keys) {
    const v = from.get(c);
    if (v === null) continue;
    if (from.isCertain(c)) to.assign(c, v);
    else to.imply(c, v);
  }
}

export class DayClockRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const replaced = new Map<ParsingResult, ParsingResult[]>();
    for (const r of results) {
      const join = r.end ? DAY_TO_CLOCK.exec(r.text) : null;
      if (!join || !r.end?.isCertain('hour') || !r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const before = MONTH_BEFORE.exec(context.text.slice(Math.max(0, r.index - BEFORE_REACH), r.index));
      if (!before) continue;
      const [lead, hourText, minuteText, meridiem, monthText = ''] = before;
      const month = MONTH_NAMES.findIndex((name) => name.startsWith(monthText.toLowerCase())) + 1;
      const year = r.start.get('year') ?? 0;
      const day = Number(join[1]);
      if (month < 1 || day < 1 || day > daysInMonth(year, month)) continue;
      const firstIndex = r.index - lead.length;
      const first = context.createParsingResult(
        firstIndex,
        context.text.slice(firstIndex, r.index + (join[1] ?? '').length),
      );
      first.start.assign('month', month);
      first.start.assign('day', day);
      first.start.imply('year', year);
      if (hourText) setClock(first.start, hourText, minuteText, meridiem);
      const second = context.createParsingResult(r.index + join[0].length, r.text.slice(join[0].length));
      second.start.assign('month', r.start.get('month') ?? 1);
      second.start.assign('day', r.start.get('day') ?? 1);
      if (r.start.isCertain('year')) second.start.assign('year', year);
      else second.start.imply('year', year);
      second.start.assign('hour', r.end.get('hour') ?? 0);
      second.start.assign('minute', r.end.get('minute') ?? 0);
      if (r.end.isCertain('meridiem')) second.start.assign('meridiem', r.end.get('meridiem') ?? 0);
      first.addTags(r.tags());
      second.addTags(r.tags());
      replaced.set(r, [first, second]);
    }
    for (let i = 0; i + 1 < results.length; i++) {
      const r = results[i] as ParsingResult;
      const next = results[i + 1] as ParsingResult;
      const tail = r.end && r.start.isCertain('hour') ? TO_NUMBER_END.exec(r.text) : null;
      const gap = context.text.slice(r.index + r.text.length, next.index);
      const clock = tail ? CLOCK_ON_AFTER.exec(gap) : null;
      if (!tail || !clock || replaced.has(r) || !next.start.isCertain('day') || next.end) continue;
      const first = context.createParsingResult(r.index, r.text.slice(0, tail.index));
      copyComponents(r.start, first.start, ['year', 'month', 'day', 'hour', 'minute', 'meridiem']);
      const clockIndex = r.index + tail.index + tail[0].length - (tail[1] ?? '').length;
      const second = context.createParsingResult(
        clockIndex,
        context.text.slice(clockIndex, next.index + next.text.length),
      );
      copyComponents(next.start, second.start, ['year', 'month', 'day']);
      setClock(second.start, tail[1] ?? '0', clock[1], clock[2]);
      first.addTags(r.tags());
      second.addTags(next.tags());
      replaced.set(r, [first]);
      replaced.set(next, [second]);
      i++;
    }
    if (!replaced.size) return results;
    // (The first clock time chrono read apart, "from 11am", is now inside the first end.)
    const firsts = [...replaced.values()].map(([first]) => first as ParsingResult);
    const made = new Set(firsts);
    const inside = (x: ParsingResult): boolean =>
      firsts.some((f) => !made.has(x) && x.index < f.index + f.text.length && f.index < x.index + x.text.length);
    return results.flatMap((x) => replaced.get(x) ?? (inside(x) ? [] : [x]));
  }
}
