// Scores Lede's timeline entries against the judged check set (eval/gold/timeline, see
// eval/gold/guidelines/timeline.md): each entry of Lede's timeline is found in the corpus text
// (its words with some context) and compared with the judged value there; "-" means "not a
// point of the story: should not be on the timeline". Entries the set has no judgement for
// (new ones, or text outside the article's reference text) are counted apart.

/** Where an entry's mention stands in the corpus text, or -1. */
export function locate(text, blockText, entry) {
  const from = Math.max(0, entry.start - 40);
  const to = Math.min(blockText.length, entry.end + 40);
  const at = text.indexOf(blockText.slice(from, to));
  let off = at >= 0 ? at + (entry.start - from) : -1;
  if (off < 0) off = text.indexOf(blockText.slice(entry.start, Math.min(blockText.length, entry.end + 25)));
  return off >= 0 && text.slice(off, off + entry.text.length) === entry.text ? off : -1;
}

/** The year of a TIMEX3 value, or null. */
const yearOf = (value) => (/^(\d{4})/u.exec(value) ? Number(value.slice(0, 4)) : null);

const DAY = 86_400_000;
/** How far after the article an entry may lie without the text saying so. */
const YEAR_AHEAD = 366 * DAY;

/** The first day (UTC milliseconds) a TIMEX3 value covers: a year, month, day, ISO week, quarter or season. */
export function startOf(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-(SP|SU|FA|WI))?/u.exec(value ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  if (m[4])
    return (
      Date.UTC(year, 0, 4) - ((new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7) * DAY + (Number(m[4]) - 1) * 7 * DAY
    );
  const month = m[2]
    ? Number(m[2]) - 1
    : m[5]
      ? (Number(m[5]) - 1) * 3
      : m[6]
        ? { SP: 2, SU: 5, FA: 8, WI: 11 }[m[6]]
        : 0;
  return Date.UTC(year, month, m[3] ? Number(m[3]) : 1);
}

/** items: [{id, text, gold, analysis}] -> {line, figures, wrong: [...]} */
export function scoreTimeline(items) {
  let judged = 0;
  let right = 0;
  let unjudged = 0;
  let farAhead = 0;
  // Entries dated more than a year after the article that the text does not put there: judged
  // to another value, or unjudged without a year written in them. There should be none.
  let unsaidAhead = 0;
  let entries = 0;
  const wrong = [];
  for (const { id, text, gold, analysis } of items) {
    if (!analysis) continue;
    const byStart = new Map(gold.dates.map(([s, e, v]) => [`${s}:${e}`, v]));
    const blocks = new Map(analysis.blocks.map((b) => [b.id, b.text]));
    const published = yearOf(analysis.meta?.publishedTime ?? '') ?? yearOf(analysis.referenceDate ?? '');
    const publishedAt = startOf(gold.publishedTime ?? analysis.meta?.publishedTime ?? analysis.referenceDate ?? '');
    for (const e of analysis.timeline) {
      const off = locate(text, blocks.get(e.blockId) ?? '', e);
      const want = off >= 0 ? byStart.get(`${off}:${off + e.text.length}`) : undefined;
      const got = e.endValue ? `${e.value}/${e.endValue}` : e.value;
      entries++;
      const at = startOf(e.value);
      if (publishedAt !== null && at !== null && at - publishedAt > YEAR_AHEAD) {
        const said = want === undefined ? /\d{4}/u.test(e.text) : want === got;
        if (!said) {
          unsaidAhead++;
          wrong.push(`${id}: "${e.text}" ${got} is more than a year after the article`);
        }
      }
      if (want === undefined) {
        unjudged++;
        continue;
      }
      judged++;
      if (want === got) right++;
      else wrong.push(`${id}: "${e.text}" ${got} (judged ${want})`);
      const year = yearOf(e.value);
      if (want !== got && published && year && year > published + 1) farAhead++;
    }
  }
  const share = judged ? right / judged : 0;
  return {
    line: `timeline: right=${share.toFixed(3)} (${right}/${judged}) wrong-far-ahead=${farAhead} unsaid-year-ahead=${unsaidAhead}/${entries} unjudged=${unjudged} docs=${items.length}`,
    // The share of entries not dated more than a year after the article without the text saying so (floored at 1).
    figures: { right: share, farAhead, withinYear: entries ? 1 - unsaidAhead / entries : 1 },
    wrong,
  };
}
