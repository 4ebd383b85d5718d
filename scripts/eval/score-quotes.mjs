// Scores "who said what" and "who is who" (product F2) against Lede's gold
// (eval/gold/quotes, guidelines in eval/gold/guidelines/quotes-roles.md), from the `quotes`
// and `roles` of `lede ner` output lines.
//
// - Direct quotes: a predicted quote matches a gold one of the same kind when they overlap by at
//   least half of the longer of the two, one to one (the largest overlaps first). F1 over the
//   matches; `speaker` = the share of matched direct quotes whose speaker is right: the
//   normalised strings equal, or one contained in the other as whole words ("Claure" and
//   "Marcelo Claure"; "a WeWork spokesperson" and "WeWork").
// - Indirect quotes (reported speech and attributions): the same match, and it counts only
//   with the right speaker (F1).
// - Roles: a predicted role matches a gold one when the person is the same (names contained as
//   whole words) and the role spans overlap, one to one; precision and recall.

/** Lower case, straight apostrophes, no leading article or surrounding punctuation. */
export function normaliseName(s) {
  return ` ${String(s ?? '')
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/'s\b/gu, '')
    .replace(/[^\p{L}\p{N}'&.-]+/gu, ' ')
    .replace(/\.(?= |$)/gu, '')
    .trim()
    .replace(/^(?:the|a|an) /u, '')} `;
}

/** The same name: equal, or one inside the other as whole words. */
export function sameName(a, b) {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x.trim() === '' || y.trim() === '') return false;
  return x === y || x.includes(y) || y.includes(x);
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one matching, largest overlaps first, of pairs that `ok` accepts. */
function match(preds, golds, ok) {
  const pairs = [];
  preds.forEach((p, i) =>
    golds.forEach((g, j) => {
      const o = overlap(p, g);
      if (o > 0 && ok(p, g, o)) pairs.push([o, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set();
  const usedG = new Set();
  const out = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([preds[i], golds[j]]);
  }
  return out;
}

const halfOfLonger = (p, g, o) => o * 2 >= Math.max(p.end - p.start, g.end - g.start);

const f1 = (tp, np, ng) => (np + ng === 0 ? 1 : (2 * tp) / (np + ng));
const ratio = (a, b) => (b === 0 ? 1 : a / b);

/** The gold of one document as plain spans with speaker and person strings. */
export function goldOf(gold, text) {
  const quotes = gold.quotes.map((q) => ({
    kind: q.kind,
    start: q.start,
    end: q.end,
    speaker: q.speaker ? text.slice(q.speaker[0], q.speaker[1]) : (q.speakerText ?? ''),
  }));
  const roles = gold.roles.map((r) => ({ start: r.start, end: r.end, person: text.slice(r.person[0], r.person[1]) }));
  return { quotes, roles };
}

/**
 * items: [{id, text, gold (the eval/gold/quotes file), pred: {quotes, roles}}] (pred = a
 * `lede ner` output line). Returns the figures, the `quotes:` line and per-document errors.
 */
export function scoreQuotes(items) {
  const t = { dp: 0, dg: 0, dm: 0, ds: 0, ip: 0, ig: 0, im: 0, rp: 0, rg: 0, rm: 0 };
  const docs = [];
  for (const { id, text, gold, pred } of items) {
    const g = goldOf(gold, text);
    const pq = (pred?.quotes ?? []).filter((q) => Number.isInteger(q.start) && Number.isInteger(q.end));
    const pr = pred?.roles ?? [];
    const kind = (list, k) => list.filter((q) => q.kind === k);
    const [pd, gd, pi, gi] = [
      kind(pq, 'direct'),
      kind(g.quotes, 'direct'),
      kind(pq, 'indirect'),
      kind(g.quotes, 'indirect'),
    ];
    const dMatch = match(pd, gd, halfOfLonger);
    const dSpeaker = dMatch.filter(([p, q]) => sameName(p.speaker, q.speaker));
    const iMatch = match(pi, gi, (p, q, o) => halfOfLonger(p, q, o) && sameName(p.speaker, q.speaker));
    const rMatch = match(pr, g.roles, (p, q) => sameName(p.person, q.person));
    t.dp += pd.length;
    t.dg += gd.length;
    t.dm += dMatch.length;
    t.ds += dSpeaker.length;
    t.ip += pi.length;
    t.ig += gi.length;
    t.im += iMatch.length;
    t.rp += pr.length;
    t.rg += g.roles.length;
    t.rm += rMatch.length;
    const show = (q) => `${JSON.stringify(text.slice(q.start, q.end).slice(0, 90))} / ${q.speaker ?? q.person}`;
    const unmatched = (list, m, side) => list.filter((q) => !m.some((pair) => pair[side] === q)).map(show);
    docs.push({
      id,
      split: gold.split,
      missedDirect: unmatched(gd, dMatch, 1),
      extraDirect: unmatched(pd, dMatch, 0),
      wrongSpeaker: dMatch
        .filter(([p, q]) => !sameName(p.speaker, q.speaker))
        .map(([p, q]) => `${show(q)} <- predicted ${p.speaker}`),
      missedIndirect: unmatched(gi, iMatch, 1),
      extraIndirect: unmatched(pi, iMatch, 0),
      missedRoles: unmatched(g.roles, rMatch, 1),
      extraRoles: unmatched(pr, rMatch, 0),
    });
  }
  const figures = {
    directF1: f1(t.dm, t.dp, t.dg),
    directP: ratio(t.dm, t.dp),
    directR: ratio(t.dm, t.dg),
    speaker: ratio(t.ds, t.dm),
    indirectF1: f1(t.im, t.ip, t.ig),
    indirectP: ratio(t.im, t.ip),
    indirectR: ratio(t.im, t.ig),
    rolesP: ratio(t.rm, t.rp),
    rolesR: ratio(t.rm, t.rg),
  };
  const x = (v) => v.toFixed(3);
  const line =
    `quotes: directF1=${x(figures.directF1)} speaker=${x(figures.speaker)} indirectF1=${x(figures.indirectF1)} ` +
    `rolesP=${x(figures.rolesP)} rolesR=${x(figures.rolesR)} n=${items.length}`;
  const detail =
    `  direct P=${x(figures.directP)} R=${x(figures.directR)} (${t.dm}/${t.dp} of ${t.dg}); ` +
    `indirect P=${x(figures.indirectP)} R=${x(figures.indirectR)} (${t.im}/${t.ip} of ${t.ig}); ` +
    `roles ${t.rm}/${t.rp} of ${t.rg}`;
  return { figures, line, detail, docs };
}
