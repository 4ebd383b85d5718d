/**
 * chrono refiners for how news writes dates. Each takes chrono's results for one sentence
 * and returns them cleaned, in this order:
 *
 *   - extents without a leading preposition or trailing punctuation (TIMEX3 keeps "on"
 *     outside: on <TIMEX3>Tuesday</TIMEX3>);
 *   - no results that are not dates at all ("May" the name, "1/4" the fraction);
 *   - spans chrono read as dates ("for three years") typed as durations (P3Y);
 *   - a range written "from Friday to December" becomes two dates (a hyphen range such as
 *     "July-August 2025" stays one);
 *   - extents with their determiners and modifiers ("the end of the month", "early
 *     Tuesday", "January this year"), the modifier kept as TIMEX3 mod;
 *   - a weekday or a month without a year resolved as news means it: the most recent one,
 *     unless the sentence speaks of the future (`news-tense-refiner.ts`);
 *   - parts of the day ("Thursday evening", "this morning") as TIME values (1998-02-12TEV);
 *   - of overlapping results, the longest (ours on a tie);
 *   - "the week of March 6" as that week.
 *
 * Where chrono's own refiners stand in that order, and the ones Lede replaces, is in
 * `chrono-dates.ts` and `chrono-refiners.ts`.
 */
import { PERIOD_ENDED_TAG } from './period-ended';
import type { ParsedComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { casual } from 'chrono-node/en';
import { addDays, isoWeek, referenceDay, weekday, type Ymd } from './calendar';
import { addModifier, hasType, isOurs, ownValue, restate, setTimex } from './timex-tags';
import { AMBIGUOUS, NUMBERS, ORDINAL, PART_OF_DAY, UNIT_CODE } from './vocabulary';

/**
 * How far before a result (characters) the word is looked for that makes it a date ("in
 * May") or "last" a verb ("could last").
 */
const CONTEXT_REACH = 12;
/** How far before a result (characters) the modifiers that belong in its extent are looked for ("the very end of"). */
const MODIFIER_REACH = 30;

/** The `chars` characters of the text before `index`. */
export const textBefore = (context: ParsingContext, index: number, chars: number): string =>
  context.text.slice(Math.max(0, index - chars), index);

/** A preposition or dash before a date, which TIMEX3 leaves out of the extent. */
export const LEADING = /^(?:[\s—–-]+|(?:on|in|at|by|from|since|until|till|during|of|for|to|through)\s+)/iu;
/** Punctuation after a date. */
export const TRAILING = /(?<![\s,.;:])[\s,.;:]+$/u;

/** A price's currency and whole units just before its decimals ("Sh21.", "$4."). */
const PRICE_BEFORE = /(?:\p{L}|[$£€¥₹])\d{1,7}\.$/u;
/** How far before a date (characters) a price's whole units are looked for. */
const PRICE_REACH = 12;

export class TrimPrepositionRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      // A price or score chrono read as a time ("6.43, on Friday"): the date starts after it.
      const price = /^\d+\.\d+,?\s+/u.exec(r.text);
      // …but "2.5 hours" is a span of that many hours.
      const span =
        price && /^(?:second|minute|hour|day|week|month|year|decade|centur)/iu.test(r.text.slice(price[0].length));
      if (price && !span && r.text.length > price[0].length) {
        r.index += price[0].length;
        r.text = r.text.slice(price[0].length);
        for (const k of ['hour', 'minute', 'second', 'meridiem'] as const) r.start.delete?.(k);
      }
      // The decimals of a price chrono read as an hour ("Sh21.15 on Wednesday"): no time.
      const decimals = /^\d{1,2}\s+/u.exec(r.text);
      if (
        decimals &&
        PRICE_BEFORE.test(textBefore(context, r.index, PRICE_REACH)) &&
        r.text.length > decimals[0].length
      ) {
        r.index += decimals[0].length;
        r.text = r.text.slice(decimals[0].length);
        for (const k of ['hour', 'minute', 'second', 'meridiem'] as const) r.start.delete?.(k);
      }
      const lead = LEADING.exec(r.text);
      if (lead) {
        r.index += lead[0].length;
        r.text = r.text.slice(lead[0].length);
      }
      r.text = r.text.replace(TRAILING, '');
    }
    return results.filter((r) => r.text.length > 0);
  }
}

/** Words before an ambiguous date word (`AMBIGUOUS`) that make it a date ("in May", "since March"). */
const DATE_CONTEXT =
  /\b(?:in|on|of|since|until|till|by|from|to|through|during|early|late|mid|last|next|this|before|after)[\s-]+$/iu;

/** "between January and March", "from May to July": a month of a stretch of months. */
const MONTH_RANGE_BEFORE =
  /(?<![\p{L}])(?:between|(?:between|from)\s(?:(?:early|late|mid)[\s-])?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s(?:and|to|through|until))\s$/u;

/** How far before a month (characters) the first month of its stretch is looked for. */
const RANGE_REACH = 36;

/** A weekday written in full. */
const FULL_WEEKDAY = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/iu;
/** A month shortened alone ("Jun", "Sept."). */
const SHORT_MONTH = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/iu;
/** The text just after a result. */
const afterOf = (context: ParsingContext, r: ParsingResult): string =>
  context.text.slice(r.index + r.text.length, r.index + r.text.length + CONTEXT_REACH);

/** A month written in full, capitalised. */
const FULL_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;
/** Capitalised words that stand before a month as dates' words do ("Last June", "In April", "Sunday, May"). */
const DATE_WORD_BEFORE =
  /^(?:In|On|Of|Since|Until|Till|By|From|To|Through|During|Early|Late|Mid|Last|Next|This|Before|After|Until|Each|Every|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/u;
/** How far before a month (characters) a first name is looked for. */
const NAME_REACH = 24;

/**
 * Whether a month stands in a person's name: between a first name and a list's comma ("Jill
 * June,") or before a surname ("April Schiff"), with no word of time before it.
 */
function isInName(before: string, after: string): boolean {
  if (DATE_CONTEXT.test(before)) return false;
  // A list's comma, or a reference's or a list item's mark ("^ Beandrea July,", "• Jill June,").
  const first = /(?:^|[,;:^•·]\s{1,3}|\sand\s{1,3})(\p{Lu}\p{Ll}+)\s$/u.exec(before)?.[1];
  if (first && !DATE_WORD_BEFORE.test(first) && /^(?:\s{0,2}[,;]|\s{1,3}and\s)/u.test(after)) return true;
  const last = /^\s(\p{Lu}\p{Ll}+)/u.exec(after)?.[1];
  return (
    last !== undefined && !DATE_WORD_BEFORE.test(last) && !FULL_MONTH.test(last) && !/^[A-Z]\p{Ll}*day$/u.test(last)
  );
}

/** A possessive just before (a word or a name's "'s", not "it's"): "her last night out", "the band's last night". */
const OWNER_BEFORE =
  /(?:(?<![\p{L}])(?:her|his|their|my|our|your|its)|(?<![\p{L}])(?!(?:it|that|what|there|here|who|he|she)['’]s)\p{L}{1,10}['’]s)\s{1,3}$/iu;
/** How far before "last night" (characters) a possessive is looked for. */
const OWNER_REACH = 12;

/** "… a week", "… per month" after a count of days: how often something happens. */
const HOW_OFTEN = /^\s{1,3}(?:a|an|per|each)\s{1,3}(?:day|week|month|year)(?![\p{L}])/iu;

/** "lasts", "pasty": a unit's letters glued to "last", "past" or "next", one word and no date. */
const GLUED_UNIT = /^(?:last|past|next)(?:s|m|h|d|w|y|mo|yr|hr|min|sec)$/iu;

export class DropNonDatesRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const text = r.text.toLowerCase();
      // "Tue – Sat 4PM (Closed on Sun & Mon)": a weekday shortened without its date is a
      // schedule's day, every week; "Costume_Lee Ho Jun": a month shortened alone is a name.
      if (!r.start.isCertain('day') && !FULL_WEEKDAY.test(r.text)) {
        if (r.start.isCertain('weekday')) return false;
        if (SHORT_MONTH.test(r.text) && !r.start.isCertain('year'))
          return DATE_CONTEXT.test(textBefore(context, r.index, CONTEXT_REACH));
      }
      // "invited to march back": a month is written with a capital.
      if (/^(?:march|may)$/u.test(r.text)) return false;
      if (AMBIGUOUS.has(text)) {
        if (DATE_CONTEXT.test(textBefore(context, r.index, CONTEXT_REACH))) return true;
        return r.text !== text && MONTH_RANGE_BEFORE.test(textBefore(context, r.index, RANGE_REACH));
      }
      // Fractions and prices ("12 3/4", "1/8"), and bare numbers chrono takes for days.
      if (/^\d{1,2}\/\d{1,2}$/u.test(r.text) || /\d\s+\d{1,2}\/\d{1,2}/u.test(r.text)) return false;
      if (/^\d{1,2}\/\d{1,2}/u.test(r.text) && /\d\s*$/u.test(textBefore(context, r.index, 3))) return false;
      if (/^\d+(?:\.\d+)?$/u.test(r.text) && !hasType(r, 'DATE')) return false;
      // A part of the day alone ("at night", "in the morning") names no day.
      if (/^(?:the\s+)?(?:morning|afternoon|evening|night)$/iu.test(r.text)) return false;
      // "a 10-year bond": a number and a unit joined by a hyphen qualify a noun.
      if (/^\d+-(?:day|week|month|year|hour|minute)s?$/iu.test(r.text)) return false;
      // "in 3D", "a 4K screen": a number and a unit letter name no time.
      if (/^\d+(?:d|w|m|mo|y|yr|h|hr)$/iu.test(r.text)) return false;
      // "this may be the longest stage": the verb, not the month (a month is written May).
      if (/(?<![\p{L}])may$/u.test(r.text) && /^\s{1,3}\p{Ll}/u.test(afterOf(context, r))) return false;
      // "on her last night out", "the band's last night in Leeds": the last of someone's nights, not
      // the night before the story.
      if (/^last\s{1,3}night$/iu.test(r.text) && OWNER_BEFORE.test(textBefore(context, r.index, OWNER_REACH)))
        return false;
      // "your favourite weekend activity": a kind of day, not a weekend of the story.
      if (/^weekend$/iu.test(r.text)) return false;
      // "the battery lasts six hours", "a pasty": chrono reads "last s" (a second ago) and "past y"
      // in one word; a unit's letters glued to "last", "past" or "next" make a word, not a date.
      if (GLUED_UNIT.test(r.text)) return false;
      // "the min-max theorem", "the sec": a unit shortened alone names no time.
      if (/^(?:the\s+)?(?:min|mins|sec|secs|hr|hrs)$/iu.test(r.text)) return false;
      // "a drop in the S&P 500": a capital letter alone is an initial, not a unit.
      if (/^(?:in\s+)?(?:the\s+)?\p{Lu}$/u.test(r.text)) return false;
      // "a few days a week", "two nights a month": how often, not when.
      if (/(?:day|night|week|month)s$/iu.test(r.text) && HOW_OFTEN.test(afterOf(context, r))) return false;
      if (/(?:day|night|week|month)s\s{1,3}(?:a|an|per|each)\s{1,3}(?:day|week|month|year)$/iu.test(r.text))
        return false;
      // "See You Yesterday", "Edge of Tomorrow": a day counted from today written with a
      // capital after a word, inside a sentence, is a word of a title.
      const titled = /^(?:Yesterday|Tomorrow|Tonight)(?:\s{1,3}|$)/u.exec(r.text)?.[0];
      if (titled && /[\p{L}'’]\s$/u.test(textBefore(context, r.index, 2))) {
        if (titled.length === r.text.length) return false;
        // "Edge of Tomorrow last week": the date is what follows the title.
        r.index += titled.length;
        r.text = r.text.slice(titled.length);
      }
      // "a two thousand-year story": a length.
      // "the quarter-finals": a round of a tournament.
      if (/^-(?:year|day|week|month|decade|centur|final)/iu.test(afterOf(context, r))) return false;
      // "Steve Schale, April Schiff, Max Steele", "Jill June, Lori Jungling": a month in a name.
      if (FULL_MONTH.test(r.text) && !r.start.isCertain('day') && !r.start.isCertain('year'))
        return !isInName(textBefore(context, r.index, NAME_REACH), afterOf(context, r));
      return true;
    });
  }
}

const SPAN =
  /^(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)\s+(day|week|month|year|decade|hour|minute)s?$/iu;
/** Words before "last" that make it a verb ("could last", "will last", "to last"). */
const MODAL_BEFORE = /\b(?:could|would|will|may|might|can|should|must|to|did|does|not|'ll)\s+$/iu;

/** A span chrono read as a date ("for three years" -> "three years"): a DURATION, P3Y. */
export class DurationTypeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (isOurs(r)) continue;
      // "could last three weeks": "last" the verb; the span is the duration.
      const verb = /^last\s+/iu.exec(r.text);
      if (verb && MODAL_BEFORE.test(textBefore(context, r.index, CONTEXT_REACH))) {
        r.index += verb[0].length;
        r.text = r.text.slice(verb[0].length);
      }
      const m = SPAN.exec(r.text);
      if (!m) continue;
      const count = /^\d+$/u.test(m[1] ?? '') ? Number(m[1]) : NUMBERS[(m[1] ?? '').toLowerCase()] || undefined;
      const unit = (m[2] ?? '').toLowerCase();
      const code = UNIT_CODE[unit] ?? 'D';
      const value = unit === 'hour' || unit === 'minute' ? `PT${count ?? 'X'}${code}` : `P${count ?? 'X'}${code}`;
      setTimex(r, value, 'DURATION');
    }
    return results;
  }
}

/** "from Friday to December": two dates. A hyphen range ("July-August 2025") stays one. */
export class SplitWordRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      // "the six months to September 30" is one period (period-ended.ts).
      const m =
        r.end && !r.tags().has(PERIOD_ENDED_TAG)
          ? /(?<!\s)\s+(?:to|until|till|through|and|or)\s+/iu.exec(r.text)
          : null;
      if (!r.end || !m) {
        out.push(r);
        continue;
      }
      const first = context.createParsingResult(r.index, r.text.slice(0, m.index).replace(TRAILING, ''), r.start);
      const secondText = r.text.slice(m.index + m[0].length);
      const second = context.createParsingResult(r.index + m.index + m[0].length, secondText, r.end);
      first.addTags(r.tags());
      second.addTags(r.tags());
      // "The mandate lasts until January 2026": chrono joined its "last s" to the month; the
      // word is no date, the month stays.
      if (!GLUED_UNIT.test(first.text)) out.push(first);
      out.push(second);
    }
    return out;
  }
}

/** Each starts a word: "the weekend of 2026" holds no "end of 2026", "pyramid 2026" no "mid 2026". */
const LEFT_MODIFIERS: [RegExp, string | undefined][] = [
  [/(?<![\p{L}\p{N}])(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\s+$/iu, 'END'],
  [/(?<![\p{L}\p{N}])(?:the\s+)?(?:beginning|start)\s+of\s+$/iu, 'START'],
  [/(?<![\p{L}\p{N}])(?:the\s+)?middle\s+of\s+$/iu, 'MID'],
  [/(?<![\p{L}\p{N}])(?:the\s+)?(?:first|second)\s+half\s+of\s+$/iu, undefined],
  [/(?<![\p{L}\p{N}])(?:early|earlier)[\s-]+$/iu, 'START'],
  [/(?<![\p{L}\p{N}])late[\s-]+$/iu, 'END'],
  [/(?<![\p{L}\p{N}])mid[\s-]+$/iu, 'MID'],
  [/(?<![\p{L}\p{N}])(?:nearly|almost)\s+$/iu, 'LESS_THAN'],
  [/(?<![\p{L}\p{N}])(?:about|around|approximately)\s+$/iu, 'APPROX'],
  [/(?<![\p{L}\p{N}])more than\s+$/iu, 'MORE_THAN'],
  [/(?<![\p{L}\p{N}])(?:this|last|next|fiscal|the previous|the following)\s+$/iu, undefined],
  [/(?<![\p{L}\p{N}])the\s+$/iu, undefined],
];

/** What "the" may stand before in a time expression ("the weekend", not "the August 1988"). */
const TAKES_THE =
  /^(?:past|last|next|previous|coming|following|latest|same|first|second|third|fourth|final|end|middle|beginning|start|weekend|week|month|year|decade|century|winter|spring|summer|fall|autumn|early|late|mid|\d+(?:st|nd|rd|th)|\d{4}s)(?![\p{L}-])/iu;
/** Modifiers of amount apply to spans ("about three years"), not to dates. */
const AMOUNT = /^(?:\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten|several|few)/iu;

/** Determiners and modifiers belong inside the extent (TIMEX3), with the modifier as mod. */
export class ExtendExtentRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      // Words at the start of the extent that are modifiers (a parser may include them).
      for (let grown = true; grown;) {
        grown = false;
        const before = textBefore(context, r.index, MODIFIER_REACH);
        for (const [pattern, mod] of LEFT_MODIFIERS) {
          const m = pattern.exec(before);
          if (!m) continue;
          // "the" only before words that take it; amounts only before spans.
          if (/^the\s+$/iu.test(m[0]) && !TAKES_THE.test(r.text)) continue;
          // "could last three weeks": the verb stays out.
          if (/^last\s+$/iu.test(m[0]) && MODAL_BEFORE.test(before.slice(0, before.length - m[0].length))) continue;
          if ((mod === 'APPROX' || mod === 'LESS_THAN' || mod === 'MORE_THAN') && !AMOUNT.test(r.text)) continue;
          r.index -= m[0].length;
          r.text = m[0] + r.text;
          if (mod) addModifier(r, mod);
          grown = true;
          break;
        }
      }
      // After a year, the noun it dates ("the 1988 period"); after a span, "or so".
      const rest = context.text.slice(r.index + r.text.length);
      const noun =
        /^['’]s\s+(?:(?:first|second|third|fourth)\s+)?quarter\b|^\s+or\s+(?:so|two|three)(?:\s+ago)?\b/iu.exec(rest);
      if (noun && (/\d{4}$/u.test(r.text) || /\b(?:year|years|week|weeks|month|months|ago)$/iu.test(r.text))) {
        // "this year's third quarter" is the quarter of that year.
        const ordinal = /(first|second|third|fourth)\s+quarter$/iu.exec(noun[0])?.[1]?.toLowerCase();
        const year =
          /^\d{4}$/u.exec(ownValue(r) ?? '')?.[0] ?? (r.start.isCertain('year') ? r.start.get('year') : null);
        if (ordinal && year) restate(r, `${year}-Q${ORDINAL[ordinal]}`);
        r.text += noun[0];
        const before = textBefore(context, r.index, 'the '.length);
        if (/the\s+$/iu.test(before) && /\d{4}/u.test(r.text)) {
          r.index -= before.length - before.search(/the\s+$/iu);
          r.text = context.text.slice(r.index, r.index + r.text.length + (before.length - before.search(/the\s+$/iu)));
        }
      }
      // "January this year", "June last year": the year words belong to the month.
      const after = /^(?:,?\s+)(this|last|next)\s+year\b/iu.exec(context.text.slice(r.index + r.text.length));
      if (after && r.start.isCertain('month') && !r.start.isCertain('year')) {
        const ref = referenceDay(context);
        const w = (after[1] ?? '').toLowerCase();
        r.start.assign('year', ref.year + (w === 'last' ? -1 : w === 'next' ? 1 : 0));
        r.text += after[0];
      }
    }
    return results;
  }
}

/** A day's date, a comma and a bare clock number ("Dec. 31, 4:30"), as chrono joins them. */
const DATE_THEN_HOUR = /^(.*\d),\s{1,3}\d{1,2}(?::\d{2})?$/u;
/** After it, the end of a span of hours ("… to 9 p.m. nightly"). */
const HOURS_END = /^\s{1,3}(?:to|-|–)\s{1,3}\d{1,2}(?::\d{2})?\s?[ap]\.?m/iu;

/**
 * "Garden lights: Nov. 30 to Dec. 31, 4:30 to 9 p.m. nightly": a listing's opening hours after
 * its last day are not a time of that day; the date stands alone (and ends its stretch).
 */
export class HoursAfterDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (isOurs(r) || !r.start.isCertain('day') || !r.start.isCertain('hour')) continue;
      const date = DATE_THEN_HOUR.exec(r.text)?.[1];
      if (!date || !HOURS_END.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 16))) continue;
      r.text = date;
      r.start.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem']);
      r.end = undefined;
    }
    return results;
  }
}

/** Before this hour of the publication's day, its night is the one that began the day before. */
const SMALL_HOURS_END = 4;

/** "Thursday evening", "this morning", "tonight": the day and a part of it (TIMEX3 TEV…). */
export class PartOfDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (isOurs(r)) continue;
      // Where the part of the day is the point: "this morning", "tonight", "last night",
      // "Thursday evening", "last Friday evening" ("Thursday morning" is dated as Thursday, as
      // TimeBank does).
      const part =
        /^(?:this|last|tomorrow|yesterday)?\s*(morning|afternoon|evening|night|tonight|overnight)$/iu
          .exec(r.text)?.[1]
          ?.toLowerCase() ?? /^(?:(?:last|this|next)\s+)?\p{L}+day\s+(evening)$/iu.exec(r.text)?.[1]?.toLowerCase();
      if (!part || /\d/u.test(r.text)) continue;
      const c = r.start;
      const ref = referenceDay(context);
      let y = c.get('year') ?? ref.year;
      let m = c.get('month') ?? ref.month;
      let d = c.get('day') ?? ref.day;
      // "last night" is the night before the day of writing, whatever the hour it was written
      // (chrono counts from the hour: a story of 6 a.m. had it the same day).
      if (/^last\s+night$/iu.test(r.text)) ({ year: y, month: m, day: d } = addDays(ref, -1));
      // "tonight" in a story written in the small hours is the night under way, which began the
      // day before ("Tonight we celebrate", said after a final and published at 00:40).
      // (chrono's own reading of the reference's local time.)
      const hour = context.reference.getDateWithAdjustedTimezone().getHours();
      if (/^tonight$/iu.test(r.text) && hour < SMALL_HOURS_END) ({ year: y, month: m, day: d } = addDays(ref, -1));
      setTimex(r, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${PART_OF_DAY[part]}`, 'TIME');
    }
    return results;
  }
}

/** The day a parsed result names. */
const dayOf = (c: ParsedComponents): Ymd => ({
  year: c.get('year') ?? 0,
  month: c.get('month') ?? 1,
  day: c.get('day') ?? 1,
});

/** A comma between a day and what stands in apposition to it ("Saturday, November 25, the weekend"). */
const APPOSITION_GAP = /^,\s{1,3}$/u;
/** What tells a weekend from another time ("the weekend after the vote", "the weekend of the 18th"). */
const WEEKEND_TOLD_FROM = /^\s{1,3}(?:after|before|of|following|preceding)(?![\p{L}])/iu;

/** "the week of March 6", "the week ending Oct. 8": one expression, the ISO week of that day. */
export class WeekOfRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const r = results[i] as ParsingResult;
      const next = results[i + 1];
      const gap = next ? context.text.slice(r.index + r.text.length, next.index) : '';
      if (
        next &&
        /^(?:the\s+)?week(?:end)?$/iu.test(r.text) &&
        /^\s+(?:of|ending|ended|beginning|starting)\s+$/iu.test(gap) &&
        next.start.isCertain('day')
      ) {
        const weekend = /end$/iu.test(r.text) ? '-WE' : '';
        next.text = r.text + gap + next.text;
        next.index = r.index;
        restate(next, isoWeek(dayOf(next.start)) + weekend);
        continue;
      }
      // "on Saturday, November 25, the weekend the lights go on": a weekend in apposition to the
      // day before it is that day's weekend (not "the weekend after the vote", another one).
      const prev = out.at(-1);
      if (
        prev &&
        /^(?:the\s+)?weekend$/iu.test(r.text) &&
        prev.start.isCertain('day') &&
        prev.start.isCertain('month') &&
        APPOSITION_GAP.test(context.text.slice(prev.index + prev.text.length, r.index)) &&
        !WEEKEND_TOLD_FROM.test(context.text.slice(r.index + r.text.length))
      ) {
        const day = dayOf(prev.start);
        const wd = weekday(day);
        if (wd === 0 || wd === 5 || wd === 6) restate(r, `${isoWeek(day)}-WE`);
      }
      // chrono may have joined them already, keeping the week's day: read the day again
      // ("the weekend of 28 January": that day's weekend).
      const joined = /^(?:the\s+)?week(end)?\s+of\s+/iu.exec(r.text);
      if (joined) {
        const day = casual.parse(r.text.slice(joined[0].length), context.reference)[0]?.start;
        if (day?.isCertain('day')) restate(r, isoWeek(dayOf(day)) + (joined[1] ? '-WE' : ''));
      }
      out.push(r);
    }
    return out;
  }
}

/** Of overlapping results, the longest; on a tie, the one with a TIMEX3 value of ours. */
export class LongestWinsRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ours = (r: ParsingResult): number => (isOurs(r) ? 1 : 0);
    const sorted = [...results].sort((a, b) => b.text.length - a.text.length || ours(b) - ours(a) || a.index - b.index);
    const kept: ParsingResult[] = [];
    for (const r of sorted) {
      if (kept.some((k) => r.index < k.index + k.text.length && k.index < r.index + r.text.length)) continue;
      kept.push(r);
    }
    return kept.sort((a, b) => a.index - b.index);
  }
}
