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

/** items: [{id, text, gold, analysis}] -> {line, figures, wrong: [...]} */
export function scoreTimeline(items) {
  let judged = 0;
  let right = 0;
  let unjudged = 0;
  let farAhead = 0;
  const wrong = [];
  for (const { id, text, gold, analysis } of items) {
    if (!analysis) continue;
    const byStart = new Map(gold.dates.map(([s, e, v]) => [`${s}:${e}`, v]));
    const blocks = new Map(analysis.blocks.map((b) => [b.id, b.text]));
    const published = yearOf(analysis.meta?.publishedTime ?? '') ?? yearOf(analysis.referenceDate ?? '');
    for (const e of analysis.timeline) {
      const off = locate(text, blocks.get(e.blockId) ?? '', e);
      const want = off >= 0 ? byStart.get(`${off}:${off + e.text.length}`) : undefined;
      if (want === undefined) {
        unjudged++;
        continue;
      }
      judged++;
      const got = e.endValue ? `${e.value}/${e.endValue}` : e.value;
      if (want === got) right++;
      else wrong.push(`${id}: "${e.text}" ${got} (judged ${want})`);
      const year = yearOf(e.value);
      if (want !== got && published && year && year > published + 1) farAhead++;
    }
  }
  const share = judged ? right / judged : 0;
  return {
    line: `timeline: right=${share.toFixed(3)} (${right}/${judged}) wrong-far-ahead=${farAhead} unjudged=${unjudged} docs=${items.length}`,
    figures: { right: share, farAhead },
    wrong,
  };
}
