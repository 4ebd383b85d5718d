/**
 * A date's meaning against the article's publication: "three days before this article",
 * "the year after this article", "the day this article was published". For a day, a week, a
 * month or a year (a range from its start); null for anything vaguer (a season, a decade,
 * "now") or when the publication date is unknown. Pure: tested in Node.
 */
import { HOVER_STRINGS as S, type RelationUnit } from './card-strings';

const DAY_MS = 86_400_000;

const dayOf = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);

/** The day number of the Monday of ISO week `w` of `year`. */
function mondayOf(year: number, week: number): number {
  const jan4 = dayOf(year, 1, 4);
  // 1970-01-01 (day 0) was a Thursday: Monday is day 4 of the week counted from it.
  const weekday = (((jan4 - 4) % 7) + 7) % 7;
  return jan4 - weekday + (week - 1) * 7;
}

function say(n: number, unit: RelationUnit): string {
  return S.relation(Math.abs(n), unit, n < 0);
}

export function relativeToPublication(value: string, published: string | null | undefined): string | null {
  if (!published) return null;
  const p = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published);
  if (!p) return null;
  const [py, pm, pd] = [Number(p[1]), Number(p[2]), Number(p[3])];
  const pub = dayOf(py, pm, pd);
  let m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (m) {
    const days = dayOf(Number(m[1]), Number(m[2]), Number(m[3])) - pub;
    const a = Math.abs(days);
    if (a < 14) return say(days, 'day');
    if (a < 60) return say(Math.round(days / 7), 'week');
    if (a < 730) return say(Math.round(days / 30.44), 'month');
    return say(Math.round(days / 365.25), 'year');
  }
  m = /^(\d{4})-W(\d{1,2})$/u.exec(value);
  if (m) {
    const pubMonday = pub - ((((pub - 4) % 7) + 7) % 7);
    return say(Math.round((mondayOf(Number(m[1]), Number(m[2])) - pubMonday) / 7), 'week');
  }
  m = /^(\d{4})-(\d{2})$/u.exec(value);
  if (m) {
    const months = (Number(m[1]) - py) * 12 + (Number(m[2]) - pm);
    return Math.abs(months) < 24 ? say(months, 'month') : say(Math.trunc(months / 12), 'year');
  }
  m = /^(\d{4})$/u.exec(value);
  if (m) return say(Number(m[1]) - py, 'year');
  return null;
}
