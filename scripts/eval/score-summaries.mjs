// Scores summaries against Lede's references (eval/gold/summaries, see its guidelines):
//   facts: the share of a reference's key facts a summary carries (a fact is carried when each
//          of its key groups has an alternative in the summary, lower case, at a word start);
//   ROUGE-1/2: unigram and bigram F1 against the reference summary (lower case, no stemming).
// Lede's summary and the lead baseline (the article's first sentences, as many) are scored
// alike, overall and per genre, with their mean length in words.

const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `key` occurs in `text` at the start of a word (lower case). */
export function hasKey(text, key) {
  const t = text.toLowerCase();
  const k = key.toLowerCase();
  for (let i = t.indexOf(k); i >= 0; i = t.indexOf(k, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(t[i - 1])) return true;
  }
  return false;
}

export function factCoverage(summary, facts) {
  if (!facts.length) return 0;
  const carried = facts.filter((f) => f.keys.every((group) => group.some((k) => hasKey(summary, k))));
  return carried.length / facts.length;
}

function grams(tokens, n) {
  const m = new Map();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function rouge(candidate, reference, n) {
  const c = grams(words(candidate), n);
  const r = grams(words(reference), n);
  let overlap = 0;
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0);
  const nc = [...c.values()].reduce((a, b) => a + b, 0);
  const nr = [...r.values()].reduce((a, b) => a + b, 0);
  const p = nc ? overlap / nc : 0;
  const rec = nr ? overlap / nr : 0;
  return p + rec ? (2 * p * rec) / (p + rec) : 0;
}

/** items: [{id, genre, summary (Lede's), lead, reference, facts}] → the report lines and figures. */
export function scoreSummaries(items) {
  const score = (text, item) => ({
    facts: factCoverage(text, item.facts),
    r1: rouge(text, item.reference, 1),
    r2: rouge(text, item.reference, 2),
    // Coverage rewards length: how long each is, beside it.
    words: words(text).length,
  });
  const rows = items.map((item) => ({ ...item, lede: score(item.summary, item), base: score(item.lead, item) }));
  const mean = (list, f) => (list.length ? list.reduce((a, x) => a + f(x), 0) / list.length : 0);
  const f3 = (x) => x.toFixed(3);
  const line = (label, list) =>
    `${label} facts=${f3(mean(list, (r) => r.lede.facts))} lead=${f3(mean(list, (r) => r.base.facts))} ` +
    `rouge1=${f3(mean(list, (r) => r.lede.r1))} lead1=${f3(mean(list, (r) => r.base.r1))} ` +
    `rouge2=${f3(mean(list, (r) => r.lede.r2))} lead2=${f3(mean(list, (r) => r.base.r2))} ` +
    `words=${mean(list, (r) => r.lede.words).toFixed(0)} leadwords=${mean(list, (r) => r.base.words).toFixed(0)} n=${list.length}`;
  const genres = [...new Set(rows.map((r) => r.genre))].sort();
  const better = rows.filter((r) => r.lede.facts > r.base.facts + 1e-9).length;
  const worse = rows.filter((r) => r.lede.facts < r.base.facts - 1e-9).length;
  return {
    rows,
    lines: [
      line('summary:', rows) + ` above-lead=${better} below-lead=${worse}`,
      ...genres.map((g) =>
        line(
          `  [${g}]`,
          rows.filter((r) => r.genre === g),
        ),
      ),
    ],
    // Per genre: Lede's fact coverage and its margin over the lead.
    byGenre: Object.fromEntries(
      genres.map((g) => {
        const list = rows.filter((r) => r.genre === g);
        return [g, { facts: mean(list, (r) => r.lede.facts), margin: mean(list, (r) => r.lede.facts - r.base.facts) }];
      }),
    ),
    figures: {
      facts: mean(rows, (r) => r.lede.facts),
      lead: mean(rows, (r) => r.base.facts),
      margin: mean(rows, (r) => r.lede.facts - r.base.facts),
      rouge1: mean(rows, (r) => r.lede.r1),
      rouge2: mean(rows, (r) => r.lede.r2),
    },
  };
}
