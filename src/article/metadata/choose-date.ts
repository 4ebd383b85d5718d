/**
 * Choosing the publication date among the dates every source offers (JSON-LD, meta tags,
 * microdata, `<time>`, datelines, the text around the headline, the URL, Readability's).
 * A date after the reading (`now`) or before 1990 is no publication date; each remaining
 * candidate starts from the trust in its source (less for one marked as an update) and
 * gains for each other source that dates the page to the same day. Of the candidates that
 * agree with the winner, the most precise writing is kept: a time with the page's own
 * offset over the same instant in UTC, a time over a bare date. Where another source dates the
 * page to another day (not an update, not Readability's reading again), the card is told to
 * be less sure: the confidence loses three quarters of the rival's score.
 */
import { instantMs } from '../../core/dates/instant';

export interface DateCandidate {
  source: string;
  /** ISO 8601: a date, a local date-time, or an instant with an offset. */
  value: string;
  /** Trust in the source, 0..1. */
  trust: number;
  /** Marked as an update ("Updated …", class="updated"). */
  updated: boolean;
  /** Its zone is presumed from the page's language, not written. */
  presumed?: boolean;
}

export interface DateChoice {
  value: string;
  source: string;
  /** 0..1 */
  confidence: number;
}

/** How much an update is trusted as the publication date, relative to its source. */
const UPDATED_FACTOR = 0.6;
/** Added for each other source that dates the page to the same day (at most `MAX_AGREEING`). */
const AGREEMENT_BONUS = 0.08;
const MAX_AGREEING = 3;
const MAX_CONFIDENCE = 0.99;
/** The share of a disagreeing rival's score taken off the winner's confidence. */
const RIVAL_WEIGHT = 0.75;
const MIN_CONFIDENCE = 0.05;
/** Two dates agree when they are at most this far apart (a day, and time zones either side). */
const SAME_DAY_MS = 36 * 3_600_000;
/** A date is in the future when it is more than this after the reading (clocks and zones differ). */
const FUTURE_SLACK_MS = 24 * 3_600_000;
const MIN_YEAR = 1990;

/** Readability reads the same tags and elements as Lede: its value is no second witness. */
const DERIVED = 'readability';
const independent = (a: string, b: string): boolean => a !== b && a !== DERIVED && b !== DERIVED;

/** 0 a date, 1 a local time without offset, 2 an instant in UTC, 3 an instant in the page's own offset. */
function precision(v: string): number {
  if (!v.includes('T')) return 0;
  if (/[+-]\d{2}:?\d{2}$/u.test(v)) return /[+-]00:?00$/u.test(v) ? 2 : 3;
  return /Z$/u.test(v) ? 2 : 1;
}

export interface DateChoiceContext {
  now: Date;
  /** Other writings of the dates the page shows (not candidates): they may write the chosen one more precisely. */
  alsoShown?: readonly string[];
}

export function chooseDate(candidates: readonly DateCandidate[], context: DateChoiceContext): DateChoice | null {
  const latest = context.now.getTime() + FUTURE_SLACK_MS;
  const valid = candidates
    .map((c) => ({ c, t: instantMs(c.value) }))
    .filter(({ t }) => !Number.isNaN(t) && t <= latest && new Date(t).getUTCFullYear() >= MIN_YEAR);
  const scored = valid.map((x) => {
    let agreeing = 0;
    for (const y of valid)
      if (y !== x && independent(x.c.source, y.c.source) && Math.abs(y.t - x.t) <= SAME_DAY_MS) agreeing++;
    const score = x.c.trust * (x.c.updated ? UPDATED_FACTOR : 1) + AGREEMENT_BONUS * Math.min(agreeing, MAX_AGREEING);
    return { ...x, score };
  });
  let best: (typeof scored)[number] | null = null;
  for (const x of scored) if (!best || x.score > best.score) best = x;
  if (!best) return null;
  const chosen = best;
  // The best candidate that dates the page to another day: an update is expected to.
  let rival = 0;
  for (const x of scored)
    if (!x.c.updated && x.c.source !== DERIVED && Math.abs(x.t - chosen.t) > SAME_DAY_MS)
      rival = Math.max(rival, x.score);
  // The same date, written more precisely by another source (an update's time is not the publication's).
  // An update's writing counts only for the very instant chosen (the page shows its clock and
  // offset, "Updated 9:42 PM EST", where the data gave UTC).
  const writings = [
    ...valid.map(({ c }) => ({ w: c.value, presumed: c.presumed === true, updated: c.updated })),
    ...(context.alsoShown ?? []).map((w) => ({ w, presumed: false, updated: false })),
  ];
  const was = precision(chosen.c.value);
  let value = chosen.c.value;
  for (const { w, presumed, updated } of writings) {
    if (precision(w) <= precision(value)) continue;
    const sameInstant = was === 2 && Math.abs(instantMs(w) - chosen.t) < 60_000;
    if (updated && !sameInstant) continue;
    const same =
      // The same instant (UTC and the page's offset), or the page's clock time in UTC: a
      // tag that says 20:00Z where the page shows 20:00+09:00 wrote the local time as UTC
      // (a zone the page writes, not one presumed)…
      sameInstant ||
      (was === 2 && !presumed && w.slice(0, 16) === chosen.c.value.slice(0, 16)) ||
      // …a bare date and a time on it…
      (was === 0 && w.slice(0, 10) === chosen.c.value) ||
      // …a local time without offset and the same clock time with one.
      (was === 1 && w.slice(0, 16) === chosen.c.value.slice(0, 16));
    if (same) value = w;
  }
  const confidence = Math.max(MIN_CONFIDENCE, Math.min(MAX_CONFIDENCE, chosen.score - RIVAL_WEIGHT * rival));
  return { value, source: chosen.c.source, confidence };
}
