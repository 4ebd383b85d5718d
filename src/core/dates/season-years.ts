/**
 * Seasons of several years told together ("the winters of 2010 and 2018", "the dry summers of
 * 2018 and 2022", "the springs of 2019, 2020 and 2021"): each year is that year's season
 * (`2010-WI`, `2018-WI`), as "the summer of 2022" is `2022-SU`; chrono reads the years alone.
 * The first year's mention takes the words of the season ("the winters of 2010"), the years
 * after it keep their own spans. The season keeps the word said, on a southern page too, as
 * the season parser writes it.
 */
import type { Block, DateMention } from '../types';
import { SEASON_CODE } from './vocabulary';

/** "the winters of ", "the dry summers of ", "summers of " just before a year. */
const SEASONS_OF =
  /(?<![\p{L}])((?:the\s{1,3}(?:[\p{L}-]{2,16}\s{1,3})?)?(spring|summer|autumn|fall|winter)s\s{1,3}of\s{1,3})$/iu;
/** What joins a year to the next one of the same list (", ", " and ", ", and ", " or "). */
const JOIN = /^\s{0,3}(?:,\s{0,3}(?:(?:and|or)\s{1,3})?|(?:and|or|&)\s{1,3})$/iu;
/** How far before a year "the … summers of " is looked for (characters). */
const REACH = 40;

const isYear = (m: DateMention): boolean => !m.endValue && /^\d{4}$/u.test(m.value) && m.text === m.value;

/**
 * Sets, in place, each year named after a plural season ("the summers of 2017 and 2018") and
 * each year joined to it in the same list to that year's season.
 */
export function seasonsOfYears(mentions: readonly DateMention[], blocks: readonly Block[]): void {
  let text: Map<number, string> | null = null;
  for (const m of mentions) {
    // Most mentions are no bare year: a cheap test first.
    if (!isYear(m)) continue;
    text ??= new Map(blocks.map((b) => [b.id, b.text]));
    const body = text.get(m.blockId) ?? '';
    const said = SEASONS_OF.exec(body.slice(Math.max(0, m.start - REACH), m.start));
    const code = said ? SEASON_CODE[(said[2] ?? '').toLowerCase()] : undefined;
    if (!said || !code) continue;
    m.start -= (said[1] ?? '').length;
    m.text = body.slice(m.start, m.end);
    m.value = `${m.value}-${code}`;
    m.certainty = 'approximate';
    // The years after it in the same list, each joined to the one before.
    let last = m.end;
    const next = mentions
      .filter((n) => n.blockId === m.blockId && n.start >= m.end && isYear(n))
      .sort((a, b) => a.start - b.start);
    for (const n of next) {
      if (!JOIN.test(body.slice(last, n.start))) break;
      n.value = `${n.value}-${code}`;
      n.certainty = 'approximate';
      last = n.end;
    }
  }
}
