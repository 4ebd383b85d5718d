/**
 * chrono parsers for what news writes and chrono's English configuration does not read:
 * bare years ("in 1998"), fiscal quarters ("the third quarter", "third-quarter profit"),
 * weeks ("this week"), decades and centuries ("the late 1970s", "the 20th century"), and
 * references to the present, past and future ("now", "recently", "the future"), months and
 * years relative to today ("last May", "a year ago"), durations ("three years") and years in
 * words ("nineteen ninety-six"). Each is a `WordBoundaryParser` and gives its result a TIMEX3
 * value, type and modifier (`timex-tags.ts`), which `recogniseDates` reads before chrono's
 * components. Seasons have their own file (`season-parser.ts`).
 */
import { PERIOD_ENDED, periodEnded } from './period-ended';
import type { ParsingContext, ParsingResult } from 'chrono-node';
import {
  addDays,
  addMonths,
  isoWeek,
  monthString,
  referenceDay,
  weekday as weekdayOf,
  ymdString,
  type Ymd,
} from './calendar';
import { tagged } from './timex-tags';
import { FUTURE, PAST_WORD, clauseTense } from './news-tense-refiner';
import {
  COUNT_NOUNS,
  DECADE_WORDS,
  modifierOf,
  MONTH_NAMES,
  NUMBERS,
  SEASON_CODE,
  ONES,
  ORDINAL,
  TEENS,
  TENS,
  UNIT_CODE,
} from './vocabulary';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';
import { clauseStart } from './clause';
import { COUNT_LOOKBACK, isCount } from './counts';
import { quarterNextYear } from './quarters-late-in-year';

/** Years further ahead of the publication date than this are no dates ("2090 feet"); plans to 2050 are. */
const FAR_FUTURE_YEARS = 60;
/** How far before a number (characters) the words of a market level are looked for ("closed at 2082"). */
const LEVEL_LOOKBACK = 24;
/** Units of measure after a number ("2030 grams", "2024 & 2031 grams", "2000 mAh"): a measure, not a year. */
const MEASURE_AFTER =
  /^\s{0,2}(?:&\s{0,2}\d{3,4}\s{0,2})?(?:grams?|g|kg|mg|lbs?|oz|ounces|cm|mm|ml|mAh|kWh|watts|W|calories|kcal|rpm|hp)(?![\p{L}\p{N}])/u;
/** Two numbers joined by "&" ("1710 & 1744 Atomic Bent Chetler"): a table's figures, unless a word of time stands before the pair. */
const PAIR_AFTER = /^\s{0,2}&\s{0,2}\d{4}(?!\p{N})/u;
const PAIR_BEFORE = /\d{4}\s{0,2}&\s{0,2}$/u;
const TIME_BEFORE_PAIR =
  /(?<![\p{L}])(?:in|since|from|between|of|by|during|until|through|and|to|years?|seasons?|for)\s{1,3}(?:\d{4}\s{0,2}&\s{0,2})?$/iu;
/** How many years back "a few years ago" is taken to be: its value is the decade of that year. */
const A_FEW_YEARS = 3;

/** A size's other number and its "x" ("2880 x ", " x 1800"): a dimension, not a year. */
const DIMENSION_BEFORE = /\d\s{0,2}[x×]\s{0,2}$/u;
const DIMENSION_AFTER = /^\s{0,2}[x×]\s{0,2}\d/u;

/** A year on its own: "in 1998", "since 2019", "the 1997 season". */
export class YearParser extends WordBoundaryParser {
  override patternLeftBoundary(): string {
    // Not inside a number, a price ($1998), a date or a time (12/1998, 10:1998) or a hashtag.
    return '(?<![\\p{L}\\p{N}$€£.,/:#])(?<!\\d-)';
  }

  innerPattern(): RegExp {
    return new RegExp(
      `(?:fiscal\\s+(?:year\\s+)?)?((?:1[6-9]|20)\\d{2})(?![\\p{L}\\p{N}%/]|[.,]\\d|-\\d|\\s*(?:${COUNT_NOUNS})\\b)`,
      'iu',
    );
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const year = Number(match[1]);
    const ref = referenceDay(context);
    // Far future years in news are rarely dates ("2090 feet" aside, plans to 2050 are).
    if (year > ref.year + FAR_FUTURE_YEARS) return null;
    // "more than 2000 since the fighting resumed": a count.
    const end = match.index + match[0].length;
    if (
      isCount(
        'en',
        context.text.slice(Math.max(0, match.index - COUNT_LOOKBACK), match.index),
        context.text.slice(end, end + 24),
      )
    )
      return null;
    // "closed at 2082", "rose to 1450 from 1390": levels and prices, not years.
    const before = context.text.slice(Math.max(0, match.index - LEVEL_LOOKBACK), match.index);
    // "Measured weight: 2024 & 2031 grams", "1710 & 1744 Atomic Bent Chetler, 184 cm": measures.
    const after = context.text.slice(end, end + 16);
    if (MEASURE_AFTER.test(after)) return null;
    // "2880 x 1800 OLED", "1920×1080 pixels": a screen's or an image's size.
    if (DIMENSION_BEFORE.test(before) || DIMENSION_AFTER.test(after)) return null;
    if ((PAIR_AFTER.test(after) || PAIR_BEFORE.test(before)) && !TIME_BEFORE_PAIR.test(before)) return null;
    if (
      /\b(?:at|to|from)\s+$/iu.test(before) &&
      /\b(?:clos\w*|ended|fell|rose|dropped|climbed|gained|lost|index|level|traded|shed)\b/iu.test(before)
    )
      return null;
    return tagged(context, match.index, match[0], String(year), { year });
  }
}

/** How far before a quarter (characters) the words that look ahead to it are looked for. */
const QUARTER_TENSE_REACH = 60;
/** Words that brace for a period just ahead ("investors are bracing for the third quarter"). */
const BRACING = /(?<![\p{L}])(?:bracing|braced|preparing|heading)\s(?:for|into)\s(?:the\s)?$/iu;
/** A plan or a forecast before a quarter ("said it would open the plant in the third quarter"). */
const PLAN_AHEAD = /(?<![\p{L}])(?:will|would|plans?|planned|expects?|expected|aims?|intends?|forecasts?)(?![\p{L}])/iu;

/** A deadline at a period's end just before it ("by the end of ", "before the end of "). */
const END_OF_BEFORE = /(?<![\p{L}])(?:by|before|until|till)\s(?:the\s)?end\sof\s$/iu;
/** "of the year" just after a quarter or a half ("the second half of the year"). */
const OF_THE_YEAR_AFTER = /^\s{1,3}of\s{1,3}the\s{1,3}(?:calendar\s{1,3})?year(?![\p{L}])/iu;
/** A verb of putting out results just before ("will report ", "will publish final figures for the "). */
const REPORTS_BEFORE = /(?<![\p{L}])(?:report|publish|release|announce)(?:s|es|ing)?\s(?:[\p{L}'’-]{1,20}\s){0,4}$/iu;
/** The results of a quarter named after it ("fourth-quarter and full-year 2025 results"). */
const RESULTS_AFTER = /^(?:\s[\p{L}\p{N}-]{1,20}){0,3}\s(?:results|earnings|figures|numbers)(?![\p{L}])/iu;
/** ...or before it ("final figures for the "). */
const RESULTS_OF_BEFORE = /(?<![\p{L}])(?:results|figures|earnings|numbers|data)\s(?:for|of|on)\s(?:the\s)?$/iu;
/** "is" or "are": a phrase told in the present. */
const PRESENT_IS = /(?<![\p{L}])(?:is|are)(?![\p{L}])/iu;
/** "will" or "would" (and not "would have"): a clause told ahead. */
const WILL_OR_WOULD = /(?<![\p{L}])(?:will|would(?!\s{1,3}have(?![\p{L}]))|['’]ll)(?![\p{L}])/iu;
/** A month after "the second half", "the first quarter" ("… of December", "… of the month"). */
const HALF_OF_MONTH =
  /^\s{1,3}of\s{1,3}(?:the\s{1,3}month|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}(?![\p{L}]))/iu;

/** The quarter a month ends: "March" 1 … "Dec" 4. */
const QUARTER_END_MONTH: Record<string, number> = { mar: 1, jun: 2, sep: 3, dec: 4 };

/**
 * "the three months ended Sept. 30", "the three months to 30 June 2019": a calendar quarter,
 * written by its months and its last day (the day must end the quarter); without a year, the
 * last one ended by the publication date.
 */
const THREE_MONTHS_ENDED =
  /(?:the\s{1,3})?(?:three|3)\s{1,3}months\s{1,3}(?:that\s{1,3})?(?:ended|ending|to|through)\s{1,3}(?:(mar|june?|sept?|dec)(?:\p{L}{0,6})\.?\s{1,3}(30|31)|(30|31)\s{1,3}(mar|june?|sept?|dec)\p{L}{0,6}\.?)(?:,?\s{1,3}((?:19|20)\d{2}))?(?![\p{L}\p{N}])/iuy;

/** The quarter of a THREE_MONTHS_ENDED match at `at`, or null when its day does not end a quarter. */
function threeMonthsEnded(context: ParsingContext, at: number): ParsingResult | null {
  THREE_MONTHS_ENDED.lastIndex = at;
  const found = THREE_MONTHS_ENDED.exec(context.text);
  if (!found) return null;
  const [text, monthFirst, dayAfter, dayFirst, monthAfter, yearText] = found;
  const q = QUARTER_END_MONTH[(monthFirst ?? monthAfter ?? '').slice(0, 3).toLowerCase()];
  const day = Number(dayAfter ?? dayFirst);
  if (!q || day !== (q === 1 || q === 4 ? 31 : 30)) return null;
  const ref = referenceDay(context);
  let year = yearText ? Number(yearText) : ref.year;
  if (!yearText && (q * 3 > ref.month || (q * 3 === ref.month && day > ref.day))) year -= 1;
  return tagged(context, at, text, `${year}-Q${q}`, yearText ? { year } : {});
}

/** Whether `ref` is a quarter's last day (31 March, 30 June, 30 September, 31 December). */
function quarterEnding(ref: Ymd): boolean {
  return ref.month % 3 === 0 && new Date(Date.UTC(ref.year, ref.month, 0)).getUTCDate() === ref.day;
}

/** Fiscal quarters and halves. */
export class QuarterParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(the|this|that|last|next)\s+)?(?:((?:19|20)\d{2})\s+)?(?:(latest|last|current|past|previous|same|year-earlier|year-ago|fiscal)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)(?:[\s-]+fiscal)?[\s-]+)?(quarter|half)(?:\s+of\s+((?:fiscal\s+)?(?:19|20)\d{2}|(?:next|last|this)\s+year))?(?![\p{L}])/iu;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, det, yearBefore, which, ordinal, unit, yearAfter] = match;
    if (!ordinal && !det && !which && !yearBefore) return null; // a bare "quarter"
    const ref = referenceDay(context);
    const current = unit === 'half' ? (ref.month <= 6 ? 1 : 2) : Math.ceil(ref.month / 3);
    // "the first quarter of next year": the year told from the publication's.
    const told = /^(next|last|this)\s/iu.exec(yearAfter ?? '')?.[1]?.toLowerCase();
    const explicitYear = told
      ? ref.year + (told === 'next' ? 1 : told === 'last' ? -1 : 0)
      : Number((yearAfter ?? yearBefore ?? '').replace(/\D/gu, '')) || null;
    // "the second half" of a match is no date: a half needs a year or a company's results.
    // ...or "of the year" after it ("the first half of the year").
    const ofYear = OF_THE_YEAR_AFTER.test(context.text.slice(match.index + text.length));
    if (unit === 'half' && !explicitYear && !/fiscal/iu.test(which ?? '') && !RESULTS.test(context.text) && !ofYear)
      return null;
    // "the second half of December", "the first half of the month": part of a month, not a half-year.
    if (
      !explicitYear &&
      HALF_OF_MONTH.test(context.text.slice(match.index + text.length, match.index + text.length + 24))
    )
      return null;
    let n: number;
    let year = explicitYear ?? ref.year;
    if (ordinal) {
      n = ORDINAL[ordinal.toLowerCase()] ?? 1;
      // A quarter that has not begun yet, without a year, is last year's.
      // ...unless the words before it look ahead ("would start production in the fourth quarter").
      const before = context.text.slice(Math.max(0, match.index - QUARTER_TENSE_REACH), match.index);
      const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
      // ...nor one "of the year" told in the present ("the bigger question is demand in the second
      // half of the year", in March): this year's.
      const phrase = clause.slice(Math.max(clause.lastIndexOf(','), clause.lastIndexOf('"')) + 1);
      PAST_WORD.lastIndex = 0;
      // A half "of the year" not told in the past is this year's too ("is going to look different").
      const ofTheYear =
        ofYear &&
        ((PRESENT_IS.test(phrase) && !PAST_WORD.test(phrase)) ||
          (unit === 'half' && clauseTense(context.text, match.index, match.index + text.length) >= 0));
      // A quarter whose results are to be put out ("will report fourth-quarter results", in March) is
      // one already over: the "will" is the report's.
      const reported =
        REPORTS_BEFORE.test(before) &&
        (RESULTS_OF_BEFORE.test(before) || RESULTS_AFTER.test(context.text.slice(match.index + text.length)));
      if (
        !explicitYear &&
        n > current &&
        (reported || (!FUTURE.test(before) && !PLAN_AHEAD.test(clause) && !ofTheYear))
      )
        year -= 1;
      // A deadline at the end of a quarter already over, told ahead ("the money would last until
      // the end of the first quarter", in November): next year's.
      if (!explicitYear && n < current && END_OF_BEFORE.test(before) && WILL_OR_WOULD.test(clause)) year += 1;
      // Late in a year, an earlier quarter reached into ("extend output cuts into the first
      // quarter", in December): next year's.
      else if (!explicitYear && !reported && unit === 'quarter' && quarterNextYear(n, current, ref.month, before))
        year += 1;
      // In a quarter's last month, the quarter just ahead told in the future or braced for ("bracing
      // for the third quarter" in late June, "estimates for the first quarter … will" in December).
      // On a quarter's last day, the quarter just ahead told in the present too ("What happens in the
      // second quarter depends on …" on 31 March).
      const tense = clauseTense(context.text, match.index, match.index + text.length);
      if (
        !explicitYear &&
        !reported &&
        unit !== 'half' &&
        n === (current % 4) + 1 &&
        ref.month % 3 === 0 &&
        (BRACING.test(before) || tense > 0 || (tense === 0 && quarterEnding(ref)))
      )
        year = n < current ? ref.year + 1 : ref.year;
    } else if (explicitYear && /^(?:last|latest)$/iu.test(which ?? '')) {
      // "the last half of 1989": the year's last.
      n = unit === 'half' ? 2 : 4;
    } else if (/current|this/iu.test(`${which ?? ''} ${det ?? ''}`)) {
      n = current;
    } else if (/next/iu.test(det ?? '')) {
      n = current + 1;
    } else if (
      !which &&
      unit === 'quarter' &&
      END_OF_BEFORE.test(context.text.slice(0, match.index)) &&
      (clauseTense(context.text, match.index, match.index + text.length) >= 0 ||
        PLAN_AHEAD.test(context.text.slice(clauseStart(context.text, match.index), match.index)))
    ) {
      // "plans a software update by the end of the quarter": a deadline, in the quarter under
      // way ("subscribers had reached 5 million by the end of the quarter": the one reported).
      n = current;
    } else if (!which && quarterEnding(ref) && unit === 'quarter') {
      // "a gain of 5.8% in the quarter" on its last day: the quarter ending, not the one reported.
      n = current;
    } else {
      // "the quarter", "the latest quarter": the one just reported.
      n = current - 1;
    }
    const per = unit === 'half' ? 2 : 4;
    if (/year-earlier|year-ago/iu.test(which ?? '')) year -= 1;
    while (n < 1) {
      n += per;
      year -= 1;
    }
    while (n > per) {
      n -= per;
      year += 1;
    }
    const value = `${year}-${unit === 'half' ? 'H' : 'Q'}${n}`;
    // "the third-quarter loss": the hyphenated adjective is the expression, not the article.
    const lead = det && /-(?:quarter|half)$/iu.test(text) ? (/^\S+\s+/u.exec(text)?.[0].length ?? 0) : 0;
    return tagged(context, match.index + lead, text.slice(lead), value, explicitYear ? { year: explicitYear } : {});
  }
}

/** How far before "the weekend" (characters) a word of the future is looked for. */
const WEEKEND_REACH = 60;
/**
 * A deadline just before "the weekend" ("before the weekend", "by the weekend", "ahead of this
 * weekend"), or a spell that runs through it ("snow could linger through the weekend").
 */
const DEADLINE_BEFORE = /(?<![\p{L}])(?:before|by|until|till|through|ahead of)\s+$/iu;

/**
 * Whether "the weekend" said early in a week is the coming one: a word of the future before it
 * ("will rest over the weekend"), a future clause, or a deadline in a clause not told in the past.
 */
function weekendAhead(context: ParsingContext, start: number, end: number): boolean {
  const before = context.text.slice(Math.max(0, start - WEEKEND_REACH), start);
  const tense = clauseTense(context.text, start, end);
  if (tense === 1 || FUTURE.test(before)) return true;
  // (The expectation may open a longer clause: "expect the rush to peak on Tuesday, and again over".)
  if (EXPECT_TO_BEFORE.test(context.text.slice(clauseStart(context.text, start), start))) return true;
  // "more Arctic air is on the way for the weekend": a forecast told in the present.
  return tense === 0 && (DEADLINE_BEFORE.test(before) || FORECAST_FOR.test(before));
}

/** A deadline at the end of a week ("by the end of the week", "before the end of this week"). */
const BY_END_OF = /(?<![\p{L}])(?:before|by|until|till)\s{1,3}the\s{1,3}end\s{1,3}of\s{1,3}$/iu;

/**
 * Whether "this week" or "the week", said on a Sunday, looks ahead: a clause of the future, or a
 * deadline at its end ("would name his cabinet by the end of the week"), not told in the past.
 */
function sundayWeekAhead(context: ParsingContext, start: number, text: string): boolean {
  const before = context.text.slice(Math.max(0, start - WEEKEND_REACH), start);
  // (A deadline is judged by the words before it: "he would name it by the end of the week and
  // expected …" looks ahead, "sales had doubled by the end of the week" does not.)
  if (BY_END_OF.test(before)) {
    PAST_WORD.lastIndex = 0;
    return !PAST_WORD.test(context.text.slice(clauseStart(context.text, start), start));
  }
  const tense = clauseTense(context.text, start, start + text.length);
  return tense === 1 || (tense === 0 && (FUTURE.test(before) || GOES_ON_NOW.test(before)));
}

/** "since" just before "the weekend": the weekend just past. */
const SINCE_BEFORE = /(?<![\p{L}])since\s{1,3}$/iu;

/**
 * What goes on, told in the present just before "this week" ("Registration continues at every
 * campus this week", "the office stays open this week"), said on a Sunday: the week to come.
 */
const GOES_ON_NOW =
  /(?<![\p{L}])(?:continues|resumes|remains\s(?:open|closed)|stays\s(?:open|closed))(?![\p{L}])[^.;"”]{0,40}$/iu;

/** What someone expects of it ("officials expect the rush to peak again over the weekend"). */
const EXPECT_TO_BEFORE = /(?<![\p{L}])expects?(?:\s\p{Ll}{2,20}){1,2}\sto\s[^.;"”]{0,60}$/u;

/** What a forecast has in store for the weekend ("is on the way for", "looks like for", "in store for"). */
const FORECAST_FOR =
  /(?<![\p{L}])(?:on the way|in store|looks? (?:like|set)|expected|forecast)\s{1,3}(?:\p{Ll}{1,12}\s{1,3})?for\s{1,3}$/u;

/** "this week", "last week", "the past week", "early next week". */
export class WeekParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(early|late|later|earlier)\s+)?(this|last|next|the past|the last|the previous|the coming|the following|the|that)\s+(week|weekend)(?![\p{L}-])/iu;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult {
    const [text, mod, which, unit] = match as unknown as [string, string | undefined, string, string];
    const ref = referenceDay(context);
    const w = which.toLowerCase();
    // "last week" is the one before this; "the past week", "the last week" end today.
    let shift = w === 'last' || w === 'the previous' ? -7 : /next|coming|following/u.test(w) ? 7 : 0;
    // "the weekend" said early in a week is the one just past (news looks back).
    const weekend = unit.toLowerCase() === 'weekend';
    // ...unless its clause looks ahead ("Nobody thinks this gets done before the weekend", "will
    // rest over the weekend"): a deadline or a plan in a clause with no verb in the past.
    if (
      weekend &&
      (w === 'the' || w === 'this') &&
      weekdayOf(ref) >= 1 &&
      weekdayOf(ref) <= 3 &&
      !weekendAhead(context, match.index, match.index + text.length)
    )
      shift = -7;
    // "prices had risen since the weekend", said on a weekday: the weekend just past.
    if (
      weekend &&
      w === 'the' &&
      weekdayOf(ref) >= 1 &&
      weekdayOf(ref) <= 5 &&
      SINCE_BEFORE.test(context.text.slice(Math.max(0, match.index - 8), match.index))
    )
      shift = -7;
    // "would name his cabinet by the end of the week", said on a Sunday (the ISO week's last day):
    // the week still to come is the one that starts tomorrow.
    if (
      !weekend &&
      (w === 'the' || w === 'this') &&
      weekdayOf(ref) === 0 &&
      sundayWeekAhead(context, match.index, text)
    )
      shift = 7;
    const week = isoWeek(addDays(ref, shift));
    const value = weekend ? `${week}-WE` : week;
    return tagged(context, match.index, text, value, {}, 'DATE', modifierOf(mod));
  }
}

/** An era after a century ("the 6th century BC"). */
const BC_AFTER = /^\s{1,2}(?:BCE?|B\.C\.(?:E\.)?)(?![\p{L}])/u;

/** "the 1990s", "the late 1970s", "the '90s", "the nineties", "the 20th century". */
export class DecadeParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:((?:1[5-9]|20)\d)0['’]?s|['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(\d{1,2})(?:st|nd|rd|th)\s+century)(?![\p{L}])/iu;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, mod, decade, shortDecade, wordDecade, century] = match;
    let value: string;
    // "the late 1800s" is the century (TIMEX3 18, as "the 19th century"); "the 2000s" the decade.
    if (decade) value = /^1\d0$/u.test(decade) ? decade.slice(0, 2) : decade;
    else if (shortDecade) value = `19${shortDecade}`;
    else if (wordDecade) value = `19${DECADE_WORDS.indexOf(wordDecade.toLowerCase()) + 2}`;
    else if (century) value = String(Number(century) - 1).padStart(2, '0');
    else return null;
    if (wordDecade && !/^the\s/iu.test(text)) return null; // "in his forties" is an age
    // "the late 6th century BC": TIMEX3's BC05.
    const era = century
      ? BC_AFTER.exec(context.text.slice(match.index + text.length, match.index + text.length + 8))
      : null;
    if (era) return tagged(context, match.index, text + era[0], `BC${value}`, {}, 'DATE', modifierOf(mod));
    return tagged(context, match.index, text, value, {}, 'DATE', modifierOf(mod));
  }
}

/** The present, the past and the future as news refers to them. */
export class ReferenceParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    // Words news uses for the present, past and future when they date something; "soon",
    // "previously" or a bare "future" mostly do not (TimeBank rarely marks them).
    return /(now|currently|current|nowadays|at present|these days|the present|(?:more\s+)?recently|recent\s+(?:years|months|weeks|days)|the past|the (?:near\s+)?future|the near term)(?![\p{L}-])/iu;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult {
    const text = match[0];
    const t = text.toLowerCase();
    const value = /now|current|present|these days/u.test(t)
      ? 'PRESENT_REF'
      : /future|soon|near term/u.test(t)
        ? 'FUTURE_REF'
        : 'PAST_REF';
    return tagged(context, match.index, text, value);
  }
}

/** The month a sentence of results reports ("sales for September", "in October"). */
const RESULTS_MONTH =
  /(?<![\p{L}])(?:for|in)\s{1,3}(January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}\p{N}])(?!\s{1,3}\d)/u;
/**
 * Words of a sentence reporting results, where "a year ago" means the same quarter then ("sales",
 * not the people who sell: "a German sales team").
 */
const RESULTS =
  /\b(?:quarter|net income|profits?|earnings|revenues?|sales(?!\s(?:teams?|force|staff|people|reps?|offices?|departments?|managers?|pitch))|per share|a share|operating)\b/iu;
/** How far before "a year ago" (characters) a word of comparison is looked for. */
const COMPARED_REACH = 60;
/** A word that compares a figure with the same period before ("down from", "compared with"). */
const COMPARED = /(?<![\p{L}])(?:from|than|compared|against|versus|vs\.?)(?![\p{L}])/iu;
/** A figure just before the phrase ("$96 million a year earlier", "2.6 percent, a year ago"). */
const FIGURE_BEFORE = /\d(?:\s{1,3}(?:percent|per\s{1,3}cent|million|billion|crore|lakh|points?))?%?\)?,?\s{1,3}$/iu;
/** "from" or "than" just before the phrase ("higher than a year ago"). */
const FROM_OR_THAN = /(?<![\p{L}])(?:from|than)\s{1,3}$/iu;
/** Nothing before the phrase but the sentence's start or an opening quote mark. */
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s{1,3}|["“]\s{0,2})$/u;

/**
 * "A year ago" is last year (a narrative frame: "A year ago, the team had expected …", "the
 * budget the government sought a year ago"; the ruling of the twenty-second session), except
 * where a company's results compare a figure with the same period before ("net income rose from
 * $5 million a year earlier"), where it is the same quarter a year before the quarter just
 * reported (15 to 2 in TimeBank's results stories, where "last year" is the year, 18 to 3).
 */
function yearAgo(context: ParsingContext, ref: Ymd, at: number): string {
  const before = context.text.slice(Math.max(0, at - COMPARED_REACH), at);
  const compares = COMPARED.test(before) || FIGURE_BEFORE.test(before) || OPENS_SENTENCE.test(before);
  // "up from 2.17 per cent a year ago", "25 cents higher than a year ago": a figure compared
  // with a year ago, outside a company's results, is the month a year back (the rulings of the
  // thirty-second and thirty-fifth sessions; "a year earlier" is left as it was).
  if (
    compares &&
    /^(?:a|one)\s{1,3}year\s{1,3}ago/iu.test(context.text.slice(at, at + 12)) &&
    !RESULTS.test(context.text) &&
    (FIGURE_BEFORE.test(before) || FROM_OR_THAN.test(before))
  )
    return monthString(ref.year - 1, ref.month);
  if (!compares || !RESULTS.test(context.text)) return String(ref.year - 1);
  // "sales for September were down … from the same period a year ago": that month a year before.
  const named = RESULTS_MONTH.exec(context.text)?.[1];
  if (named) {
    const month = MONTH_NAMES.indexOf(named.toLowerCase()) + 1;
    return monthString(month <= ref.month ? ref.year - 1 : ref.year - 2, month);
  }
  let quarter = Math.ceil(ref.month / 3) - 1;
  let year = ref.year - 1;
  if (quarter < 1) {
    quarter = 4;
    year -= 1;
  }
  return `${year}-Q${quarter}`;
}

/** How many years back "the same point in 2022" may name: further back, a week is no longer meant. */
const SAME_POINT_YEARS = 5;

/**
 * "This time last year", "at this point last year", "the same time a year ago": the ISO week
 * that holds the publication's date a year back, as the guidelines rule (on 31 December 2015,
 * 2015-W01; on Monday 21 April 2025, Sunday 21 April 2024's 2024-W16, not the 2024-W17 of 52 weeks
 * back); "the same point in 2022", in a story of 15 October 2023, the ISO week of 15 October 2022.
 */
export class SameTimeLastYearParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:this|the\s+same)\s+(?:time|point)\s+(?:last\s+year|a\s+year\s+ago|in\s+((?:19|20)\d{2}))(?![\p{L}\p{N}])/iu;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const ref = referenceDay(context);
    const written = match[1] ? Number(match[1]) : null;
    if (written !== null && (written >= ref.year || ref.year - written > SAME_POINT_YEARS)) return null;
    const year = written ?? ref.year - 1;
    // (29 February in a year without one is 1 March.)
    const day = addDays({ year, month: ref.month, day: 1 }, ref.day - 1);
    return tagged(context, match.index, match[0], isoWeek(day), written === null ? {} : { year: written });
  }
}

/**
 * "this month", "last month", "this year", "last year", "year-earlier", "a year ago"; "later in
 * the month" is this month (or the month the story speaks of: anaphora.ts).
 */
export class RelativeUnitParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(early|late|later|earlier)\s+)?(this|last|next|the past|the previous|the coming|the following|the current|the same|(?<=(?:early|late|later|earlier)\s{1,3})in\s{1,3}the(?=\s{1,3}month))\s+(month|year)(?![\p{L}-])|(?<![\p{L}\p{N}-])(year-earlier|year-ago|year-end|a year earlier|a year ago)(?![\p{L}])/iu;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult {
    const [text, mod, which, unit, fixed] = match;
    const ref = referenceDay(context);
    if (fixed) {
      const f = fixed.toLowerCase();
      if (f === 'year-end') return tagged(context, match.index, text, String(ref.year), {}, 'DATE', 'END');
      return tagged(context, match.index, text, yearAgo(context, ref, match.index));
    }
    const w = (which ?? '').toLowerCase();
    const shift = /last|past|previous/u.test(w) ? -1 : /next|coming|following/u.test(w) ? 1 : 0;
    const modifier = modifierOf(mod);
    if ((unit ?? '').toLowerCase() === 'year') {
      // "Last year" is the year, even in results ("sales of $154 million last year").
      const year = ref.year + shift;
      return tagged(context, match.index, text, String(year), { year }, 'DATE', modifier);
    }
    const { year, month } = addMonths(ref.year, ref.month, shift);
    return tagged(context, match.index, text, monthString(year, month), { year, month }, 'DATE', modifier);
  }
}

/**
 * A month or a season told from the time the story speaks of: "the following January", "the
 * next spring", "the previous summer", "that December". Its value is left open (`XXXX-01`,
 * `XXXX-SP`): anaphora.ts places it after (or before, or in the year of) the date the story last
 * wrote, else it stays a month the text does not fix. "that" is a demonstrative only before a
 * stop, a conjunction or a new clause ("an inquiry that December, and"), not the conjunction of
 * "said that December sales fell".
 */
const STORY_MONTH =
  /(?:the\s{1,3}(following|next|previous|preceding)\s{1,3}(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)|(that)\s{1,3}(january|february|march|april|may|june|july|august|september|october|november|december)(?=\s{0,3}[,.;:)]|\s{1,3}(?:and|when|as|after|before|the|he|she|it|they|we|I|his|her|its|their)(?![\p{L}])))(?![\p{L}])/iuy;

/** The open month or season of a STORY_MONTH match at `at`. */
function storyMonth(context: ParsingContext, at: number): ParsingResult | null {
  STORY_MONTH.lastIndex = at;
  const found = STORY_MONTH.exec(context.text);
  if (!found) return null;
  const [text, , name, , thatName] = found;
  const word = (name ?? thatName ?? '').toLowerCase();
  const month = MONTH_NAMES.indexOf(word) + 1;
  const value = month > 0 ? `XXXX-${String(month).padStart(2, '0')}` : `XXXX-${SEASON_CODE[word] ?? 'SU'}`;
  return tagged(context, at, text, value, {});
}

/** "last May", "next March", "this past April": a month named relative to today. */
export class RelativeMonthParser extends WordBoundaryParser {
  override patternLeftBoundary(): string {
    return '(?<![\\p{L}])';
  }

  innerPattern(): RegExp {
    // (One parser for them all: "the following January", "the six months to September 30" and
    // "the three months ended Sept. 30" are read by STORY_MONTH, PERIOD_ENDED (period-ended.ts)
    // and THREE_MONTHS_ENDED where they match.)
    return new RegExp(
      `(?:(last|next|this past|this coming|this)\\s+(${MONTH_NAMES.join('|')})(?![\\p{L}])|${STORY_MONTH.source}|${PERIOD_ENDED.source}|${THREE_MONTHS_ENDED.source})`,
      'iu',
    );
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, which, name] = match;
    if (!which)
      return (
        storyMonth(context, match.index) ?? periodEnded(context, match.index) ?? threeMonthsEnded(context, match.index)
      );
    const ref = referenceDay(context);
    const month = MONTH_NAMES.indexOf((name ?? '').toLowerCase()) + 1;
    const w = (which ?? '').toLowerCase();
    let year = ref.year;
    // ("introduced last January", on 26 February: the month just over is the one of a year before,
    // which news would have called "in January" or "last month"; "this past January" is the one just over.)
    if (w === 'last') year = month < ref.month - 1 ? ref.year : ref.year - 1;
    else if (w === 'this past') year = month < ref.month ? ref.year : ref.year - 1;
    else if (w === 'next' || w === 'this coming') year = month > ref.month ? ref.year : ref.year + 1;
    return tagged(context, match.index, text ?? '', monthString(year, month), { year, month });
  }
}

/**
 * Durations ("three years", "a week", "the past six months") and spans ago ("two years
 * ago"): durations are typed DURATION (P3Y), spans ago resolve to the unit's granularity.
 */
export class DurationParser extends WordBoundaryParser {
  override patternLeftBoundary(): string {
    // A hyphenated "30-year" qualifies a noun (a bond, a mortgage): not a span of time.
    return '(?<![\\p{L}\\p{N}-])';
  }

  innerPattern(): RegExp {
    return /(?:(the (?:past|last|next|previous|coming|first)|nearly|almost|about|more than|less than|over|some|at least)\s+)?(\d+(?:\.\d+)?|a few|an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|several|few|many|some)\s+(days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?)(\s+(?:ago|earlier|before|later|from\s+now))?((?<=ago)\s+today)?(?![\p{L}-])/iu;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, modifier, count, unitText, ago, today] = match as unknown as [
      string,
      string | undefined,
      string,
      string,
      string | undefined,
      string | undefined,
    ];
    // "Twenty years ago today": "today" after "ago" makes it an anniversary.
    const anniversary = !!today;
    const at = match.index;
    let unit = unitText.toLowerCase().replace(/ies$/u, 'y').replace(/s$/u, '');
    const n = /^\d+(?:\.\d+)?$/u.test(count) ? Number(count) : numberWord(count);
    const code = UNIT_CODE[unit] ?? 'D';
    const timeUnit = unit === 'hour' || unit === 'minute';
    if (!ago) return tagged(context, at, text, `P${timeUnit ? 'T' : ''}${n || 'X'}${code}`, {}, 'DURATION');
    // "37 years old" is an age.
    if (/^\s+old\b/iu.test(context.text.slice(at + text.length))) return null;
    const ref = referenceDay(context);
    // "two years later" counts from another event; resolved from the reference all the same.
    const sign = /later/iu.test(ago) ? -1 : 1;
    // "a year from now" is the month a year ahead (the guidelines' ruling, like "twelve months
    // from now"); other counts from now are chrono's ("two years from now" the year).
    if (/from/iu.test(ago))
      return unit === 'year' && n === 1 && !modifier
        ? tagged(context, at, text, monthString(ref.year + 1, ref.month))
        : null;
    if (!n) {
      // "a few years ago": some year of this decade or the last.
      if (unit === 'year' && sign > 0)
        return tagged(context, at, text, `${Math.floor((ref.year - A_FEW_YEARS) / 10)}X`);
      return tagged(context, at, text, sign > 0 ? 'PAST_REF' : 'FUTURE_REF');
    }
    // "2.5 years ago" is counted in the next finer unit (30 months back), "1.5 days ago" in days.
    let back = sign * n;
    if (!Number.isInteger(back)) [unit, back] = finer(unit, back);
    // "Twenty years ago today": the anniversary, that day so many years back.
    if (anniversary && unit === 'year' && Number.isInteger(back))
      return tagged(context, at, text, ymdString({ ...ref, year: ref.year - back }));
    if (unit === 'year' && back === 1) return tagged(context, at, text, yearAgo(context, ref, at));
    if (unit === 'year') return tagged(context, at, text, String(ref.year - back));
    // "a decade ago" is the year ten years back (2008 in 2018), and "two decades ago" the year
    // twenty back (2005 in 2025), as "twenty years ago" is; "more than four decades ago" a decade.
    if (unit === 'decade' && back > 0 && !modifier && (back > 1 || /^(?:an?|one)$/iu.test(count)))
      return tagged(context, at, text, String(ref.year - 10 * back));
    if (unit === 'decade') return tagged(context, at, text, String(Math.floor((ref.year - 10 * back) / 10)));
    if (unit === 'month') {
      const { year, month } = addMonths(ref.year, ref.month, -back);
      return tagged(context, at, text, monthString(year, month));
    }
    if (unit === 'week') return tagged(context, at, text, isoWeek(addDays(ref, -7 * back)));
    if (unit === 'day') {
      const d = addDays(ref, -back);
      const value = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      return tagged(context, at, text, value);
    }
    return null;
  }
}

/** A count in words ("three", "fifty-nine"); 0 for an amount with no number ("several"). */
function numberWord(words: string): number {
  const [tens, units] = words.toLowerCase().split('-');
  return (NUMBERS[tens ?? ''] ?? 0) + (units ? (NUMBERS[units] ?? 0) : 0);
}

/** A fractional count of a unit as a whole count of the next finer unit (a day stays a day, rounded). */
function finer(unit: string, back: number): [string, number] {
  const [to, times] = FINER[unit] ?? [unit, 1];
  return [to, Math.round(back * times)];
}
const FINER: Record<string, [string, number]> = {
  decade: ['year', 10],
  year: ['month', 12],
  month: ['day', 30],
  week: ['day', 7],
  day: ['day', 1],
};

/** Years in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand". */
export class SpelledYearParser extends WordBoundaryParser {
  override patternLeftBoundary(): string {
    return '(?<![\\p{L}])';
  }

  innerPattern(): RegExp {
    return /(?:(?:the\s+year\s+)?two\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?|(nineteen|eighteen)[\s-]+(?:(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?|hundred))(?![\p{L}])/iu;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult {
    const [text, afterThousand, century, teen, tens, unit] = match;
    let year: number;
    if (!century) {
      // "two thousand ten" is 2010 (ONES has no "ten": it once read 2009), "two thousand twelve" 2012.
      const after = afterThousand?.toLowerCase() ?? '';
      year =
        2000 +
        (!after ? 0 : after === 'ten' ? 10 : ONES.includes(after) ? ONES.indexOf(after) : TEENS.indexOf(after) + 10);
    } else {
      const base = century.toLowerCase() === 'nineteen' ? 1900 : 1800;
      const rest = teen
        ? TEENS.indexOf(teen.toLowerCase()) + 10
        : tens
          ? TENS.indexOf(tens.toLowerCase()) * 10 + (unit ? ONES.indexOf(unit.toLowerCase()) : 0)
          : 0;
      year = base + rest;
    }
    return tagged(context, match.index, text, String(year), { year });
  }
}
