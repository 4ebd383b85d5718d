/**
 * A fiscal period and the clause that gives its end ("the fiscal year ending June 30", "its 2022
 * fiscal year, which ended June 30", "the fiscal first quarter, which ended Dec. 26", "fiscal 2025,
 * which runs through June 2025"): one mention, the whole phrase, with the period's value. The end day
 * or month is the period's bound, not a point of the story, so it is not a mention of its own (the
 * lang-news guidelines' ruling of the thirty-ninth session). The period's value comes from the passes
 * that read it (fiscal-year.ts, quarter-ends.ts, fiscal-names.ts); this pass only joins the spans.
 */
import type { Block, DateMention } from '../types';

/** A fiscal period's words: a fiscal or financial year, "FY", a quarter or a half. */
const PERIOD_WORDS = /(?:fiscal|financial|quarter|(?<![\p{L}])half|(?<![\p{L}])FY)/iu;
/** A period's value: a range of months, or a year, a quarter or a half. */
const PERIOD_VALUE = /^(\d{4})(?:-Q([1-4])|-H([12]))?$/u;
const MONTH_VALUE = /^(\d{4})-(\d{2})$/u;
/** The end's value: a month or a day. */
const END_VALUE = /^(\d{4})-(\d{2})(?:-\d{2})?$/u;
/**
 * Between the period and its end: "(,) (which|that) ended (on|in)", "ending", "that runs through",
 * "which runs until". Not a main verb ("the fiscal year ends on Sept. 30", a deadline of the story).
 */
const END_CLAUSE =
  /^,?\s{1,3}(?:(?:which|that)\s{1,3}(?:ends|ended|closes|closed|will\s{1,3}end|(?:runs|ran)\s{1,3}(?:through|until|till|to))|ending|closing|running\s{1,3}(?:through|until|till|to))\s{1,3}(?:(?:on|in)\s{1,3})?$/iu;

/** The last month of a period's value, counted from year 0, or null. */
function lastMonth(m: DateMention): number | null {
  if (m.endValue) {
    const end = MONTH_VALUE.exec(m.endValue);
    return end && MONTH_VALUE.test(m.value) ? Number(end[1]) * 12 + Number(end[2]) - 1 : null;
  }
  const p = PERIOD_VALUE.exec(m.value);
  if (!p) return null;
  const month = p[2] ? Number(p[2]) * 3 : p[3] ? Number(p[3]) * 6 : 12;
  return Number(p[1]) * 12 + month - 1;
}

/** Joins, in place, each fiscal period with the date of the clause that gives its end. */
export function periodEndClauses(mentions: DateMention[], blocks: readonly Block[]): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    const next = mentions[i + 1] as DateMention;
    if (next.blockId !== m.blockId || next.start < m.end || !PERIOD_WORDS.test(m.text)) continue;
    const body = text.get(m.blockId) ?? '';
    if (!END_CLAUSE.test(body.slice(m.end, next.start))) continue;
    const last = lastMonth(m);
    const end = END_VALUE.exec(next.value);
    if (last === null || !end || next.endValue) continue;
    // The end falls in the period's last month, or a few days into the next ("ended April 1"). (Its
    // year is not compared: a day read alone may have taken another year than the period's.)
    const gap = (Number(end[2]) - 1 - (last % 12) + 12) % 12;
    if (gap > 1) continue;
    m.end = next.end;
    m.text = body.slice(m.start, m.end);
    mentions.splice(i + 1, 1);
  }
}
