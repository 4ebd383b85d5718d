#!/usr/bin/env node
// Lede's own gold data: names, quotes and roles, and summary references on real pages of
// ../shared/corpus/articles. The gold is kept in eval/gold/<set>/<ID>.json as offsets into the
// corpus's own text (expected.json's `text`), never as copies of it; this tool turns an
// annotator's short spec into offsets, shows the result marked up for reading, and checks
// that every file still points at the text it was made on (a sha256 of that text).
//
//   node scripts/gold/gold.mjs text ID                  the article text, numbered lines
//   node scripts/gold/gold.mjs names-apply ID SPEC --reader R   spec -> eval/gold/names/ID.json
//   node scripts/gold/gold.mjs names-show ID            the text with the names marked
//   node scripts/gold/gold.mjs names-spec ID            a spec that rebuilds the stored names
//   node scripts/gold/gold.mjs quotes-apply ID SPEC --reader R  spec -> eval/gold/quotes/ID.json
//   node scripts/gold/gold.mjs quotes-show ID           quotes, speakers, cues and roles, marked
//   node scripts/gold/gold.mjs quotes-spec ID           a spec that rebuilds the stored quotes
//   node scripts/gold/gold.mjs summary-apply ID FILE --reader R  {genre, summary, facts} -> gold (pl-*: fresh unless train-only; fx-*: train)
//   node scripts/gold/gold.mjs summary-check ID         checks eval/gold/summaries/ID.json
//   node scripts/gold/gold.mjs check                    every gold file against the corpus
//   node scripts/gold/gold.mjs stats                    counts per set and split
//
// Spec formats are in eval/gold/README.md. The split (train or dev) of a document is fixed by
// a hash of its id, so it never depends on the order documents were annotated in.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDoc, corpusFolder, fixturePath } from '../eval/corpus-docs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = process.env.LEDE_CORPUS ? resolve(process.env.LEDE_CORPUS) : resolve(root, '..', 'shared', 'corpus');
const goldDir = join(root, 'eval', 'gold');

export const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

export function articleText(id) {
  // Pages of the metadata corpus (pl-*) and the project's own pages (fx-*): the article text Readability reads (scripts/eval/corpus-docs.mjs).
  if (corpusFolder(id) !== 'articles') return corpusDoc(corpus, id).text;
  const file = join(corpus, 'articles', id, 'expected.json');
  if (!existsSync(file)) throw new Error(`no such corpus article: ${id}`);
  return JSON.parse(readFileSync(file, 'utf8')).text;
}

export const sha256 = (s) => createHash('sha256').update(s).digest('hex');

/** Where a document's text comes from, as its gold file records it (scripts/eval/corpus-docs.mjs). */
const sourceOf = (id) =>
  corpusFolder(id) === 'metadata'
    ? `metadata/${id}/source.html#readability`
    : corpusFolder(id) === 'fixtures'
      ? `${fixturePath(id)}#readability`
      : `articles/${id}/expected.json#text`;

/** The summary splits that only measure, each listed as `summaries-<split>` in eval/gold/sets.json. */
const BLIND_SPLITS = [
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
  'blind10',
  'blind11',
  'blind12',
  'blind13',
];

/**
 * The page a summary reference is written on: an article's clean text, or, for a metadata page
 * (`pl-*`, the fresh split: it only ever measures, unless listed under `summaries-train-only`) or
 * one of the project's own pages (`fx-*`, always train), the article text Readability reads from
 * its HTML (scripts/eval/corpus-docs.mjs), which the key words are checked against.
 */
export function summaryPage(id) {
  const text = articleText(id);
  // A page listed under `summaries-blind` only measures (references written blind, in the
  // twenty-first session, on real pages no summary work had seen), and so does one under
  // `summaries-blind2` (the twenty-second session's, read once at its end); a metadata page is fresh
  // unless listed train-only; the project's own pages (fx-*) only train, unless listed blind2 or
  // blind3 (the twenty-eighth session's pages of our own, references written by the page's second reader),
  // or blind4 (the thirtieth session's, likewise), or blind5 (the thirty-first session's, likewise), or blind6 (the thirty-second session's, likewise), or blind7 (the thirty-third session's, likewise), or blind8 (the thirty-fourth session's, likewise), or blind9 (the thirty-fifth session's, likewise), or blind10 (the thirty-sixth session's, likewise), or blind11 (the thirty-seventh session's, likewise), or blind12 (the thirty-eighth session's, likewise), or blind13 (the thirty-ninth session's, likewise).
  const blind = BLIND_SPLITS.find((split) => freshOnly('summaries', id, split));
  const split =
    blind ??
    (corpusFolder(id) === 'metadata'
      ? trainOnly('summaries', id)
        ? 'train'
        : 'fresh'
      : corpusFolder(id) === 'fixtures'
        ? 'train'
        : splitIn('summaries', id));
  return { text, sha256: sha256(text), source: sourceOf(id), split };
}

/** train or dev, from the id alone: about half each. */
export function splitOf(id) {
  return parseInt(sha256(`lede-gold-split-v1|${id}`).slice(0, 8), 16) % 2 === 0 ? 'train' : 'dev';
}

/**
 * Documents of a set that only ever train (`<set>-train-only` in eval/gold/sets.json): extra
 * training data annotated after the set's dev half was fixed, kept out of dev so the dev
 * figures stay comparable. Every other document's split is `splitOf`.
 */
export function trainOnly(set, id) {
  const file = join(goldDir, 'sets.json');
  if (!existsSync(file)) return false;
  const list = JSON.parse(readFileSync(file, 'utf8'))[`${set}-train-only`];
  return Array.isArray(list) && list.includes(id);
}

/**
 * Documents of a set that only ever measure (`<set>-fresh` in eval/gold/sets.json: pages never
 * tuned or trained on, e.g. `names-fresh`, English news of the metadata corpus).
 */
export function freshOnly(set, id, list = 'fresh') {
  const file = join(goldDir, 'sets.json');
  if (!existsSync(file)) return false;
  const ids = JSON.parse(readFileSync(file, 'utf8'))[`${set}-${list}`];
  return Array.isArray(ids) && ids.includes(id);
}

/**
 * The split of a document of a set: fresh (or fresh2, a second blind set: `<set>-fresh2`), train
 * for its train-only documents, else `splitOf`.
 */
export const splitIn = (set, id) =>
  freshOnly(set, id) ? 'fresh' : freshOnly(set, id, 'fresh2') ? 'fresh2' : trainOnly(set, id) ? 'train' : splitOf(id);

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Start offsets of `needle` in `text` where it is not part of a longer word. */
export function occurrences(text, needle) {
  const out = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    const wordStart = isWordChar(needle[0]) && isWordChar(before);
    const wordEnd = isWordChar(needle[needle.length - 1]) && isWordChar(after);
    if (!wordStart && !wordEnd) out.push(i);
  }
  return out;
}

function parseOccurrences(s, line) {
  if (!s) return null;
  if (!/^@\d+(,\d+)*$/u.test(s)) throw new Error(`line ${line}: occurrences are written @1,3,4, not "${s}"`);
  return s
    .slice(1)
    .split(',')
    .map((n) => Number(n));
}

// ---------------------------------------------------------------------------------------
// Names

/**
 * A names spec, one rule a line: `TYPE<TAB>string[<TAB>@n,m]` (TYPE one of PER ORG LOC MISC,
 * or `-` for "not a name here"). Every occurrence of the string (as whole words) is marked,
 * longer strings first; `@n,m` restricts a rule to the n-th, m-th occurrences (1-based, in text
 * order); a rule without `@` takes the occurrences no `@` rule of the same string took.
 * Fields may also be separated by two or more spaces. Lines starting with # are comments.
 */
export function parseNamesSpec(spec) {
  const rules = [];
  spec.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/u, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    const parts = line.split(/\t| {2,}/u).map((p) => p.trim());
    const [type, string, occ] = parts;
    if (!type || !string) throw new Error(`line ${i + 1}: expected TYPE<TAB>string`);
    if (type !== '-' && !NAME_TYPES.includes(type)) throw new Error(`line ${i + 1}: unknown type "${type}"`);
    if (parts.length > 3) throw new Error(`line ${i + 1}: too many fields`);
    rules.push({ type, string, only: parseOccurrences(occ, i + 1), line: i + 1 });
  });
  return rules;
}

export function applyNamesSpec(text, rules) {
  const taken = new Uint8Array(text.length);
  const spans = [];
  const warnings = [];
  const byLength = [...rules].sort((a, b) => b.string.length - a.string.length || (a.only ? -1 : 1));
  const claimed = new Map(); // string -> Set of occurrence numbers taken by @ rules
  for (const rule of byLength) {
    const occ = occurrences(text, rule.string);
    if (occ.length === 0) {
      warnings.push(`line ${rule.line}: "${rule.string}" is not in the text`);
      continue;
    }
    const mine = claimed.get(rule.string) ?? new Set();
    claimed.set(rule.string, mine);
    let used = 0;
    occ.forEach((start, k) => {
      const n = k + 1;
      if (rule.only ? !rule.only.includes(n) : mine.has(n)) return;
      if (rule.only) mine.add(n);
      const end = start + rule.string.length;
      for (let i = start; i < end; i++) if (taken[i]) return;
      for (let i = start; i < end; i++) taken[i] = 1;
      used++;
      if (rule.type !== '-') spans.push([start, end, rule.type]);
    });
    if (rule.only) {
      const bad = rule.only.filter((n) => n > occ.length);
      if (bad.length) warnings.push(`line ${rule.line}: "${rule.string}" occurs only ${occ.length} times`);
    }
    if (used === 0) warnings.push(`line ${rule.line}: "${rule.string}" marked nothing (all inside longer rules)`);
  }
  spans.sort((a, b) => a[0] - b[0]);
  return { spans, warnings };
}

/** A spec that rebuilds `spans` exactly (with @ lists where a string is not always the same). */
export function namesSpecOf(text, spans) {
  const strings = new Map();
  for (const [s, e, type] of spans) {
    const str = text.slice(s, e);
    if (!strings.has(str)) strings.set(str, new Map());
    const occ = occurrences(text, str);
    const n = occ.indexOf(s) + 1;
    const m = strings.get(str);
    if (!m.has(type)) m.set(type, []);
    m.get(type).push(n);
  }
  const lines = [];
  for (const [str, types] of [...strings].sort((a, b) => a[0].localeCompare(b[0]))) {
    const total = occurrences(text, str).length;
    for (const [type, ns] of types) {
      const all = types.size === 1 && ns.length === total;
      lines.push(all ? `${type}\t${str}` : `${type}\t${str}\t@${ns.join(',')}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The text with spans marked `[text]TYPE`, one numbered line per text line. */
export function markUp(text, marks) {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let i = 0;
  const stack = [];
  const events = [];
  for (const m of sorted) {
    events.push({ at: m.start, open: true, m });
    events.push({ at: m.end, open: false, m });
  }
  events.sort((a, b) => a.at - b.at || (a.open === b.open ? 0 : a.open ? 1 : -1));
  for (const ev of events) {
    out += text.slice(i, ev.at);
    i = ev.at;
    if (ev.open) {
      out += ev.m.open ?? '[';
      stack.push(ev.m);
    } else {
      out += ev.m.close ?? `]${ev.m.label}`;
    }
  }
  out += text.slice(i);
  return out
    .split('\n')
    .map((l, n) => `${String(n + 1).padStart(3)}| ${l}`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------
// Quotes and roles

/**
 * A quotes spec: one JSON object a line.
 *   {"q": "direct"|"indirect", "text": "opening words ... closing words", "speaker": "Tim Cook",
 *    "cue": "said", "n": 1}
 *   {"role": "chief executive of Vries Cargo", "person": "Jan de Vries", "n": 1}
 * `text` is the quote's words (direct: inside the quotation marks; indirect: the reported
 * clause) written out, or its first and last words joined by " ... ". `n` picks the n-th
 * match when the text occurs more than once. The speaker is the fullest name the article uses,
 * or the description of an unnamed source as the article words it; `cue` the verb or phrase
 * that attributes it ("said", "told reporters", "according to"), found nearest the quote.
 */
export function parseQuotesSpec(spec) {
  const items = [];
  spec.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('//')) return;
    let obj;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      throw new Error(`line ${i + 1}: not JSON (${e.message})`, { cause: e });
    }
    obj.line = i + 1;
    items.push(obj);
  });
  return items;
}

function locate(text, snippet, n, from = 0, line = 0) {
  const parts = snippet.split(/\s*(?:\.\.\.|…)\s*/u).filter(Boolean);
  if (parts.length === 0 || parts.length > 2) throw new Error(`line ${line}: cannot read "${snippet}"`);
  const [head, tail] = parts;
  const found = [];
  for (let i = text.indexOf(head, from); i >= 0; i = text.indexOf(head, i + 1)) {
    if (!tail) {
      found.push([i, i + head.length]);
      continue;
    }
    const j = text.indexOf(tail, i + head.length);
    if (j >= 0 && j - i < 4000) found.push([i, j + tail.length]);
  }
  if (found.length === 0) throw new Error(`line ${line}: "${snippet}" is not in the text`);
  if (found.length > 1 && !n) throw new Error(`line ${line}: "${snippet}" occurs ${found.length} times: add "n"`);
  const pick = found[(n ?? 1) - 1];
  if (!pick) throw new Error(`line ${line}: "${snippet}" has no match number ${n}`);
  return pick;
}

const QUOTE_MARKS = /["'“”‘’«»„‚‹›\s]/u;

/** Trims quotation marks and spaces around a direct quote's words, and a comma that ends it. */
function trimQuote(text, [s, e]) {
  while (s < e && QUOTE_MARKS.test(text[s])) s++;
  while (e > s && (QUOTE_MARKS.test(text[e - 1]) || text[e - 1] === ',')) e--;
  return [s, e];
}

/**
 * The occurrence of `needle` nearest to [s, e) (as whole words), preferring one in the same
 * paragraph: a line break between them counts as far.
 */
function nearest(text, needle, [s, e]) {
  let best = null;
  let bestDist = Infinity;
  for (const i of occurrences(text, needle)) {
    const j = i + needle.length;
    // Not inside the quote or role itself: "said" in a quote is not its cue.
    if (i < e && j > s) continue;
    const gap = j <= s ? [j, s] : [e, i];
    const dist = gap[1] - gap[0] + (text.slice(gap[0], gap[1]).includes('\n') ? 1e6 : 0);
    if (dist < bestDist) {
      best = [i, j];
      bestDist = dist;
    }
  }
  return best;
}

export function applyQuotesSpec(text, items) {
  const quotes = [];
  const roles = [];
  const warnings = [];
  for (const it of items) {
    if (it.q) {
      if (!['direct', 'indirect'].includes(it.q)) throw new Error(`line ${it.line}: q is direct or indirect`);
      if (typeof it.text !== 'string' || typeof it.speaker !== 'string')
        throw new Error(`line ${it.line}: a quote needs "text" and "speaker"`);
      let span = locate(text, it.text, it.n, 0, it.line);
      if (it.q === 'direct') span = trimQuote(text, span);
      const speaker = nearest(text, it.speaker, span);
      if (!speaker) warnings.push(`line ${it.line}: speaker "${it.speaker}" is not in the text (kept as written)`);
      const cue = it.cue ? nearest(text, it.cue, span) : null;
      if (it.cue && !cue) warnings.push(`line ${it.line}: cue "${it.cue}" is not in the text`);
      const q = { kind: it.q, start: span[0], end: span[1] };
      if (speaker) q.speaker = speaker;
      else q.speakerText = it.speaker;
      if (cue) q.cue = cue;
      if (it.continued) q.continued = true;
      quotes.push(q);
    } else if (it.role) {
      if (typeof it.person !== 'string') throw new Error(`line ${it.line}: a role needs "person"`);
      const span = locate(text, it.role, it.n, 0, it.line);
      const person = nearest(text, it.person, span);
      if (!person) throw new Error(`line ${it.line}: person "${it.person}" is not in the text`);
      roles.push({ start: span[0], end: span[1], person });
    } else {
      throw new Error(`line ${it.line}: neither a quote ("q") nor a role ("role")`);
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  roles.sort((a, b) => a.start - b.start);
  for (let i = 1; i < quotes.length; i++) {
    if (quotes[i].start < quotes[i - 1].end)
      warnings.push(`quotes overlap at ${quotes[i].start}: "${text.slice(quotes[i].start, quotes[i].start + 40)}"`);
  }
  return { quotes, roles, warnings };
}

export function quotesSpecOf(text, gold) {
  const short = ([s, e]) => {
    const t = text.slice(s, e);
    if (t.length <= 80) return t;
    const words = t.split(/\s+/u);
    return `${words.slice(0, 6).join(' ')} ... ${words.slice(-6).join(' ')}`;
  };
  const lines = [];
  for (const q of gold.quotes) {
    const o = { q: q.kind, text: short([q.start, q.end]) };
    o.speaker = q.speaker ? text.slice(...q.speaker) : q.speakerText;
    if (q.cue) o.cue = text.slice(...q.cue);
    if (q.continued) o.continued = true;
    lines.push(o);
  }
  for (const r of gold.roles) lines.push({ role: short([r.start, r.end]), person: text.slice(...r.person) });
  // Add n where a snippet is ambiguous.
  return (
    lines
      .map((o) => {
        const field = o.q ? 'text' : 'role';
        try {
          locate(text, o[field], undefined);
        } catch {
          const target = o.q ? gold.quotes[lines.indexOf(o)] : gold.roles[lines.indexOf(o) - gold.quotes.length];
          for (let n = 1; n < 50; n++) {
            try {
              let span = locate(text, o[field], n);
              if (o.q === 'direct') span = trimQuote(text, span);
              if (span[0] === target.start) {
                o.n = n;
                break;
              }
            } catch {
              break;
            }
          }
        }
        return JSON.stringify(o);
      })
      .join('\n') + '\n'
  );
}

// ---------------------------------------------------------------------------------------
// Files

const setDir = (set) => join(goldDir, set);
const goldFile = (set, id) => join(setDir(set), `${id}.json`);

function readGold(set, id) {
  const file = goldFile(set, id);
  if (!existsSync(file)) throw new Error(`no ${set} gold for ${id}`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function writeGold(set, id, record) {
  mkdirSync(setDir(set), { recursive: true });
  // One line per entity, quote or role; arrays of plain values on one line.
  const json = JSON.stringify(record, null, 1).replace(/\[[^[\]{}]*\]/gu, (a) => a.replace(/\s+/gu, ' '));
  writeFileSync(
    goldFile(set, id),
    json.replace(/\{\n\s+("kind"|"start")[^{}]*?\n\s*\}/gu, (o) => o.replace(/\s*\n\s*/gu, ' ')) + '\n',
  );
}

function readersOf(set, id, reader) {
  const old = existsSync(goldFile(set, id)) ? readGold(set, id).readers : [];
  return reader && !old.includes(reader) ? [...old, reader] : old;
}

/** A gold file's header; the notes of an earlier reading are kept when a reader applies again. */
function header(id, text, set, reader) {
  const notes = existsSync(goldFile(set, id)) ? readGold(set, id).notes : undefined;
  return {
    id,
    source: sourceOf(id),
    sha256: sha256(text),
    split: splitIn(set, id),
    readers: readersOf(set, id, reader),
    ...(notes ? { notes } : {}),
  };
}

export function listGold(set) {
  if (!existsSync(setDir(set))) return [];
  return readdirSync(setDir(set))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** Reads one gold record and checks that the corpus text is the one it was made on. */
export function loadGold(set, id) {
  const gold = readGold(set, id);
  const text = articleText(id);
  if (gold.sha256 && gold.sha256 !== sha256(text)) throw new Error(`${set}/${id}: the corpus text has changed`);
  return { gold, text };
}

function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main() {
  const [cmd, id, file] = process.argv.slice(2);
  const reader = arg('--reader');
  switch (cmd) {
    case 'text': {
      const text = articleText(id);
      console.log(markUp(text, []));
      console.log(`(${text.length} characters, names split ${splitIn('names', id)})`);
      return;
    }
    case 'names-apply': {
      if (!reader) throw new Error('names-apply needs --reader NAME');
      const text = articleText(id);
      const { spans, warnings } = applyNamesSpec(text, parseNamesSpec(readFileSync(file, 'utf8')));
      writeGold('names', id, { ...header(id, text, 'names', reader), entities: spans });
      for (const w of warnings) console.error(`warning: ${w}`);
      console.log(`${id}: ${spans.length} names written to eval/gold/names/${id}.json`);
      return;
    }
    case 'names-show': {
      const { gold, text } = loadGold('names', id);
      console.log(
        markUp(
          text,
          gold.entities.map(([start, end, label]) => ({ start, end, label })),
        ),
      );
      const counts = Object.fromEntries(NAME_TYPES.map((t) => [t, gold.entities.filter((e) => e[2] === t).length]));
      console.log(`(${gold.entities.length} names: ${JSON.stringify(counts)}; readers ${gold.readers.join(', ')})`);
      return;
    }
    case 'names-spec': {
      const { gold, text } = loadGold('names', id);
      process.stdout.write(namesSpecOf(text, gold.entities));
      return;
    }
    case 'quotes-apply': {
      if (!reader) throw new Error('quotes-apply needs --reader NAME');
      const text = articleText(id);
      const { quotes, roles, warnings } = applyQuotesSpec(text, parseQuotesSpec(readFileSync(file, 'utf8')));
      writeGold('quotes', id, { ...header(id, text, 'quotes', reader), quotes, roles });
      for (const w of warnings) console.error(`warning: ${w}`);
      console.log(`${id}: ${quotes.length} quotes, ${roles.length} roles written to eval/gold/quotes/${id}.json`);
      return;
    }
    case 'quotes-show': {
      const { gold, text } = loadGold('quotes', id);
      const marks = [];
      gold.quotes.forEach((q, i) => {
        marks.push({ start: q.start, end: q.end, open: `⟦Q${i + 1}:`, close: '⟧' });
        if (q.speaker) marks.push({ start: q.speaker[0], end: q.speaker[1], open: '{', close: `}S${i + 1}` });
        if (q.cue) marks.push({ start: q.cue[0], end: q.cue[1], open: '<', close: `>C${i + 1}` });
      });
      gold.roles.forEach((r, i) => {
        marks.push({ start: r.start, end: r.end, open: `⟪R${i + 1}:`, close: '⟫' });
        marks.push({ start: r.person[0], end: r.person[1], open: '{', close: `}P${i + 1}` });
      });
      // Nested or crossing marks are shown in a list below instead of inline.
      console.log(markUp(text, dropCrossing(marks)));
      gold.quotes.forEach((q, i) => {
        const who = q.speaker ? text.slice(...q.speaker) : `${q.speakerText} (not in text)`;
        console.log(
          `Q${i + 1} ${q.kind}${q.continued ? ' (continued)' : ''}: ${who} / ${q.cue ? text.slice(...q.cue) : '-'}`,
        );
      });
      gold.roles.forEach((r, i) =>
        console.log(`R${i + 1}: ${text.slice(...r.person)} = ${text.slice(r.start, r.end)}`),
      );
      console.log(`(readers ${gold.readers.join(', ')})`);
      return;
    }
    case 'quotes-spec': {
      const { gold, text } = loadGold('quotes', id);
      process.stdout.write(quotesSpecOf(text, gold));
      return;
    }
    case 'summary-apply': {
      if (!reader) throw new Error('summary-apply needs --reader NAME');
      const page = summaryPage(id);
      const body = JSON.parse(readFileSync(file, 'utf8'));
      const { genre, summary, facts, notes } = body;
      writeGold('summaries', id, {
        id,
        source: page.source,
        sha256: page.sha256,
        split: page.split,
        readers: readersOf('summaries', id, reader),
        genre,
        summary,
        facts,
        ...(notes ? { notes } : {}),
      });
      checkSummary(id, true);
      return;
    }
    case 'summary-check': {
      checkSummary(id, true);
      return;
    }
    case 'check': {
      let n = 0;
      for (const set of ['names', 'quotes', 'timeline']) {
        for (const gid of listGold(set)) {
          const { gold } = loadGold(set, gid);
          if (set === 'names' && gold.split !== splitIn(set, gid))
            throw new Error(`${set}/${gid}: split ${gold.split}, but sets.json and splitOf say ${splitIn(set, gid)}`);
          n++;
        }
      }
      for (const gid of listGold('summaries')) {
        checkSummary(gid, false);
        n++;
      }
      console.log(`${n} gold files match the corpus`);
      return;
    }
    case 'stats': {
      for (const set of ['names', 'quotes', 'summaries', 'timeline']) {
        const ids = listGold(set);
        const bySplit = { train: 0, dev: 0 };
        let items = 0;
        for (const gid of ids) {
          const g = readGold(set, gid);
          bySplit[g.split] = (bySplit[g.split] ?? 0) + 1;
          items +=
            set === 'names'
              ? g.entities.length
              : set === 'quotes'
                ? g.quotes.length
                : set === 'timeline'
                  ? g.dates.length
                  : g.facts.length;
        }
        const splits = Object.entries(bySplit)
          .map(([split, n]) => `${split} ${n}`)
          .join(', ');
        console.log(`${set}: ${ids.length} documents (${splits}), ${items} items`);
      }
      return;
    }
    default:
      console.log(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .slice(1, 22)
          .join('\n'),
      );
      process.exitCode = cmd ? 2 : 0;
  }
}

function dropCrossing(marks) {
  const kept = [];
  for (const m of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const crosses = kept.some((k) => m.start < k.end && m.end > k.end && m.start > k.start);
    if (!crosses) kept.push(m);
  }
  return kept;
}

const GENRES = ['news', 'feature', 'analysis', 'opinion', 'review', 'sports', 'science', 'business', 'howto'];

function checkSummary(id, verbose) {
  const gold = readGold('summaries', id);
  const page = summaryPage(id);
  const text = page.text;
  const problems = [];
  if (gold.sha256 !== page.sha256) problems.push('the corpus text has changed');
  if (gold.split !== page.split) problems.push(`split ${gold.split}, but should be ${page.split}`);
  if (!GENRES.includes(gold.genre)) problems.push(`genre must be one of ${GENRES.join(', ')}`);
  if (typeof gold.summary !== 'string' || gold.summary.split(/\s+/u).length < 15)
    problems.push('summary: at least 15 words');
  if (!Array.isArray(gold.facts) || gold.facts.length < 3 || gold.facts.length > 5) problems.push('3 to 5 facts');
  const lower = text.toLowerCase();
  for (const f of gold.facts ?? []) {
    if (typeof f.fact !== 'string' || !Array.isArray(f.keys) || f.keys.length === 0)
      problems.push(`fact needs "fact" and "keys": ${JSON.stringify(f)}`);
    for (const group of f.keys ?? []) {
      if (!Array.isArray(group) || group.length === 0)
        problems.push(`keys are lists of alternatives: ${JSON.stringify(f)}`);
      else if (!group.some((k) => lower.includes(String(k).toLowerCase())))
        problems.push(`none of ${JSON.stringify(group)} is in the article (fact "${f.fact}")`);
    }
  }
  if (problems.length) throw new Error(`summaries/${id}: ${problems.join('; ')}`);
  if (verbose) console.log(`summaries/${id}: ok (${gold.facts.length} facts, split ${gold.split})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(`gold: ${e.message}`);
    process.exit(1);
  }
}
