/**
 * "A year earlier", "a year ago" told of a period the sentence has just named: that period a
 * year back, not the year before the publication's ("In the fall term, attendance rose 9% from a
 * year earlier": last year's fall; "sales in November and December fell from a year earlier":
 * those two months a year before; "a first-quarter loss in May, against a profit a year
 * earlier": that quarter a year before). Without such a period a company's quarter is left to the
 * results rule (news-parsers.ts), as TimeBank dates it.
 */
import type { Block, DateMention } from '../types';

/** The words of a year back. */
const YEAR_BACK = /^(?:a|one)\s{1,3}year\s{1,3}(?:earlier|ago|before)$/iu;
/** A month, a season, a quarter or a half of a year ("2025-11", "2024-FA", "2024-Q1"): the periods counted back. */
const PERIOD = /^\d{4}-(?:\d{2}|SP|SU|FA|WI|Q[1-4]|H[12])$/u;
/** A quarter of a year ("2020-Q1"). */
const QUARTER = /^\d{4}-Q[1-4]$/u;
/** Two months joined as one stretch ("November and December", "March to May"). */
const JOINED = /^\s{1,3}(?:and|to|through|-|–)\s{1,3}$/iu;
/** A sentence's end between the period and "a year earlier" (not the stop of "Nov. "). */
const STOP = /(?<![\p{Lu}]\p{Ll}{1,3})[.!?]\s/u;

/** How far before the period (characters) a word of comparison is looked for. */
const BEFORE_REACH = 40;
/** A word that makes the period a point of comparison ("down from a record in mid-June"). */
const COMPARED = /(?<![\p{L}])(?:from|than|since)(?![\p{L}])/iu;

const yearBack = (value: string): string =>
  `${String(Number(value.slice(0, 4)) - 1).padStart(4, '0')}${value.slice(4)}`;

/** "the same time last year", "this time a year ago": a week a year back. */
const SAME_TIME = /^(?:this|the\s{1,3}same)\s{1,3}(?:time|point)\s{1,3}(?:last\s{1,3}year|a\s{1,3}year\s{1,3}ago)$/iu;
/** An ISO week ("2022-W41"). */
const WEEK = /^(\d{4})-W(\d{2})$/u;

/**
 * "Vaccinated as of last week, down from the same time last year": the week the sentence has
 * just named, a year back (the same week number), not the publication's.
 */
function sameTimeOfWeek(m: DateMention, p: DateMention, body: string): void {
  const week = WEEK.exec(p.value);
  if (!week || p.blockId !== m.blockId || STOP.test(body.slice(p.end, m.start))) return;
  m.value = `${String(Number(week[1]) - 1).padStart(4, '0')}-W${week[2]}`;
  m.certainty = 'inferred';
}

/** How many mentions back a quarter is looked for. */
const QUARTER_REACH = 6;

/** A quarter named before mention `i` in its sentence, the nearest. */
function quarterBefore(mentions: readonly DateMention[], i: number, body: string): DateMention | null {
  const last = mentions[i] as DateMention;
  for (let k = i - 1; k >= Math.max(0, i - QUARTER_REACH); k--) {
    const q = mentions[k] as DateMention;
    if (q.blockId !== last.blockId || STOP.test(body.slice(q.end, last.start))) return null;
    if (QUARTER.test(q.value) && !q.endValue) return q;
  }
  return null;
}

/** Sets, in place, "a year earlier" after a named month or season to that period a year back. */
export function yearEarlierOfPeriod(mentions: readonly DateMention[], blocks: readonly Block[]): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    const body = text.get(m.blockId) ?? '';
    const p = mentions[i - 1] as DateMention;
    if (SAME_TIME.test(m.text)) sameTimeOfWeek(m, p, body);
    if (!YEAR_BACK.test(m.text)) continue;
    if (p.blockId !== m.blockId || STOP.test(body.slice(p.end, m.start)) || !PERIOD.test(p.value)) continue;
    if (p.endValue && !PERIOD.test(p.endValue)) continue;
    // "down from a record in mid-June but higher than a year ago": a period that is itself a
    // point of comparison is not the time the figures are of.
    const first0 = mentions[i - 2];
    const from =
      first0 && first0.blockId === m.blockId ? Math.max(first0.start, p.start - BEFORE_REACH) : p.start - BEFORE_REACH;
    if (COMPARED.test(body.slice(Math.max(0, from), p.start))) continue;
    const first = mentions[i - 2];
    const joined =
      !p.endValue &&
      first !== undefined &&
      first.blockId === m.blockId &&
      /^\d{4}-\d{2}$/u.test(p.value) &&
      /^\d{4}-\d{2}$/u.test(first.value) &&
      first.value < p.value &&
      JOINED.test(body.slice(first.end, p.start));
    // "a first-quarter loss in May, compared with a profit a year earlier": the figures are the
    // quarter's, the month only when they were told.
    const quarter = first && !joined && !QUARTER.test(p.value) ? quarterBefore(mentions, i - 1, body) : null;
    m.value = yearBack(quarter ? quarter.value : joined && first ? first.value : p.value);
    const end = joined ? p.value : p.endValue;
    if (end) m.endValue = yearBack(end);
    else delete m.endValue;
    m.certainty = 'inferred';
  }
}
