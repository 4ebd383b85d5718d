/**
 * A month, a day or a season read without a year, in a sentence that opens on a year of the
 * past ("In 2009, the H1N1 strain arrived in the spring"; "Last year, the switch came on March
 * 9"; "Two years ago we could not pay the wages in January"; "…since 1921, when a storm came
 * ashore on Oct. 25"): it is that year's, not the one nearest the publication date.
 */
import type { Block, DateMention } from '../types';

/** The year a sentence opens on: "In 2009, ", "Last year, ", "Last year we …" (after a stop or a quote). */
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s{1,3}["“‘]?|^["“‘])(?:in\s)?$/iu;
/**
 * "…since 1921, when", "…was in 2019, when", "the blizzard of January 1979, when", "two
 * tournaments in 1977: one in January", "a client in 2023 who borrowed in February": the clause
 * after the year tells of that year.
 */
const SINCE = /(?<![\p{L}])(?:since|in|of)\s$/iu;
const WHEN_AFTER = /^(?:,?\s(?:when|after)(?![\p{L}])|:\s)/iu;
/** "I had a client in 2023 who took out a loan on the last day of February": a person's doings that year. */
const WHO_AFTER = /^\s(?:who|whose)\s/iu;
/** Between the year and the date: no stop (a sentence boundary, not "Jan. ") and no other year. */
const STOP = /(?<![\p{Lu}]\p{Ll}{1,3})[.!?]\s/u;
/** A date whose year is inferred from the publication: a month, a month's day, a season. */
export const MONTH_NAMED =
  /^(?:(?:the|early|late|mid|end of|start of|beginning of)[\s-]{1,3}){0,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)/iu;

/** A month's first or last day named in words ("the last day of February"). */
const DAY_OF_MONTH =
  /^the\s{1,3}(?:first|last|final)\s{1,3}day\s{1,3}of\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}$/iu;

/**
 * A mention that names a past year alone ("2009", "last year", "two years ago") or a month of it
 * ("January 1979").
 */
function pastYear(m: DateMention, reference: Date): number | null {
  if (m.type === 'DURATION' || m.type === 'SET' || !/^\d{4}(?:-\d{2})?$/u.test(m.value)) return null;
  if (
    !/^(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\s{1,3})?\d{4}|last year|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,3}years\s{1,3}ago)$/iu.test(
      m.text,
    )
  )
    return null;
  const year = Number(m.value.slice(0, 4));
  return year < reference.getUTCFullYear() ? year : null;
}

export function yearOfSentence(mentions: DateMention[], blocks: readonly Block[], reference: Date): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (let i = 0; i < mentions.length; i++) {
    const anchor = mentions[i] as DateMention;
    const year = pastYear(anchor, reference);
    const body = text.get(anchor.blockId);
    if (year === null || body === undefined) continue;
    const before = body.slice(Math.max(0, anchor.start - 8), anchor.start);
    const opens = OPENS_SENTENCE.test(before);
    const after = body.slice(anchor.end, anchor.end + 8);
    const since = SINCE.test(before) && (WHEN_AFTER.test(after) || WHO_AFTER.test(after));
    if (!opens && !since) continue;
    // The dates after it in its sentence, up to the next year or stop.
    for (let j = i + 1; j < mentions.length; j++) {
      const m = mentions[j] as DateMention;
      if (m.blockId !== anchor.blockId || STOP.test(body.slice(anchor.end, m.start))) break;
      if (/\d{4}/u.test(m.text) || /^\d{4}$/u.test(m.value)) break;
      const named = MONTH_NAMED.test(m.text) || DAY_OF_MONTH.test(m.text);
      if (m.certainty === 'exact' || !named || !/^\d{4}-/u.test(m.value)) continue;
      m.value = String(year) + m.value.slice(4);
      // ("the last day of February", read in a leap year, in a year that is not one.)
      if (m.value.endsWith('-02-29') && (year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0)))
        m.value = `${m.value.slice(0, 8)}28`;
    }
  }
}
