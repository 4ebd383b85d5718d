#!/usr/bin/env node
// Gold for the lang-news pages (tests/fixtures/pages/lang-news: our own news pages in Spanish,
// Dutch, German, French and Polish; guidelines in eval/gold/guidelines/lang-news.md). Each
// eval/gold/lang-news/<ID>.json holds the page's language, its date expressions with TIMEX3
// values and, for Spanish and Dutch, its names, as span text + occurrence + offsets into the
// text Lede extracts (the article's blocks joined by a blank line), with a sha256 of that text.
//
//   node scripts/gold/lang-news.mjs apply ID SPEC [--readers A,B] [--disagreed FILE]   spec -> gold
//   node scripts/gold/lang-news.mjs names ID SPEC [--readers A,B] [--disagreed FILE]
//                                               English pages: the names only (PER/ORG/LOC/MISC
//                                               rules; the dates are kept as they are)
//   node scripts/gold/lang-news.mjs show ID     the page's publication time, then the extracted text with the gold marked (plain before any gold)
//   node scripts/gold/lang-news.mjs check       every gold file against Lede's extraction now
//   node scripts/gold/lang-news.mjs reanchor ID...   after a change of extraction: each span's
//                                                    offsets again from its text and occurrence
//
// `npm run build:cli` first. SPEC: one rule a line, fields separated by tabs:
//   D	am Dienstag	2024-10-08          a date/time expression and its TIMEX3 value (`-`: not a point)
//   D	im Herbst	-	@2               only the 2nd whole-word occurrence (counted over the whole text)
//   PER	Carmen Ortega                  a name (es, nl; en with `names`): every whole-word occurrence, longest rules first
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './gold.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const pagesDir = join(root, 'tests', 'fixtures', 'pages', 'lang-news');
export const goldDir = join(root, 'eval', 'gold', 'lang-news');
const lede = join(root, 'bin', 'lede.mjs');

export { sha256 };
/** Pages 1-3 of each language may be looked at and fixed for; 4-6 and 7-12 (a second blind set,
 * written after 4-6 had been looked at) only measure. English pages (dates and the timeline
 * only, blind sets for issue 16): 1-10 `en-train`, 11-30 `en-fresh` (measure only); a second
 * English set written on 2026-12-02: 31-50 `en-train2` (may be fixed for), 51-70 `en-fresh2`
 * (measure only); a third, written on 2026-12-02 (tenth session): 71-100 `en-train3`, 101-120
 * `en-fresh3` (measure only); a fourth, written on 2026-12-02 (thirteenth session): 121-150
 * `en-train4` (may be fixed for); a fifth, written on 2026-12-02 (fourteenth session): 151-165
 * `en-train5` (may be fixed for), 166-180 `en-fresh4` (measure only); a sixth, written on 2026-12-03
 * (sixteenth session): 181-195 `en-train6` (may be fixed for), 196-210 `en-fresh5` (measure only); a
 * seventh, written on 2026-12-03 (nineteenth session): 211-240 `en-train7` (may be fixed for); an eighth,
 * written on 2026-12-03 (twentieth session): 241-270 `en-train8` (may be fixed for); a ninth, written on 2026-12-03
 * (twenty-first session, technology, entertainment, culture and sport): 271-300 `en-train9` (may be fixed for); a tenth,
 * written on 2026-12-04 (twenty-fourth session): 301-330 `en-train10` (may be fixed for); an eleventh, written on
 * 2026-12-04 (twenty-fifth session, world and regional news, each page read by a second writer): 331-360
 * `en-train11` (may be fixed for, after its first measurement); a twelfth, written on 2026-12-04 (twenty-sixth
 * session, business, science, culture and sport, each page read by a second writer): 361-384 `en-train12` (may be
 * fixed for, after its first measurement); a thirteenth, written on 2026-12-04 (twenty-seventh session,
 * politics, world, courts and local news, each page read by a second writer): 385-408 `en-train13` (may be
 * fixed for, after its first measurement); a fourteenth, written on 2026-12-04 (twenty-eighth session,
 * business, technology, culture, sport and features, each page read by a second writer): 409-432
 * `en-train14` (may be fixed for, after its first measurement); a fifteenth, written on 2026-12-05 (thirtieth
 * session, each page read by a second writer): 433-456 `en-train15` (may be fixed for, after its first
 * measurement); a sixteenth, written on 2026-12-05 (thirty-first session, each page read by a second writer):
 * 457-480 `en-train16` (may be fixed for, after its first measurement); a seventeenth, written on 2026-12-05
 * (thirty-second session, each page read by a second writer): 481-504 `en-train17` (may be fixed for, after its
 * first measurement); an eighteenth, written on 2026-12-05 (thirty-third session, each page read by a second
 * writer): 505-528 `en-train18` (may be fixed for, after its first measurement); a nineteenth, written on 2026-12-05
 * (thirty-fourth session, each page read by a second writer): 529-552 `en-train19` (may be fixed for, after its
 * first measurement); a twentieth, written on 2026-12-05 (thirty-fifth session, each page read by a second
 * writer): 553-576 `en-train20` (may be fixed for, after its first measurement); a twenty-first, written on
 * 2026-12-05 (thirty-sixth session, each page read by a second writer): 577-600 `en-train21` (may be fixed for,
 * after its first measurement); a twenty-second, written on 2026-12-05 (thirty-seventh session, each page read by a
 * second writer): 601-624 `en-train22` (may be fixed for, after its first measurement); a twenty-third, written on
 * 2026-12-06 (thirty-eighth session, each page read by a second writer): 625-648 `en-train23` (may be fixed for,
 * after its first measurement); a twenty-fourth, written on 2026-12-06 (thirty-ninth session, each page read by a
 * second writer): 649-672 `en-train24` (may be fixed for, after its first measurement). */
const ENGLISH_SPLITS = [
  [10, 'en-train'],
  [30, 'en-fresh'],
  [50, 'en-train2'],
  [70, 'en-fresh2'],
  [100, 'en-train3'],
  [120, 'en-fresh3'],
  [150, 'en-train4'],
  [165, 'en-train5'],
  [180, 'en-fresh4'],
  [195, 'en-train6'],
  [210, 'en-fresh5'],
  [240, 'en-train7'],
  [270, 'en-train8'],
  [300, 'en-train9'],
  [330, 'en-train10'],
  [360, 'en-train11'],
  [384, 'en-train12'],
  [408, 'en-train13'],
  [432, 'en-train14'],
  [456, 'en-train15'],
  [480, 'en-train16'],
  [504, 'en-train17'],
  [528, 'en-train18'],
  [552, 'en-train19'],
  [576, 'en-train20'],
  [600, 'en-train21'],
  [624, 'en-train22'],
  [648, 'en-train23'],
  [672, 'en-train24'],
];
export function splitOfPage(id) {
  const n = Number(id.split('-')[1]);
  if (id.startsWith('en-')) return (ENGLISH_SPLITS.find(([last]) => n <= last) ?? ENGLISH_SPLITS.at(-1))[1];
  return n <= 3 ? 'train' : n <= 6 ? 'fresh' : 'fresh2';
}
/** The text the gold points into: the article's blocks, joined by a blank line. */
export const articleText = (analysis) => analysis.blocks.map((b) => b.text).join('\n\n');
/** Where each block starts in articleText. */
export function blockStarts(analysis) {
  const starts = new Map();
  let at = 0;
  for (const b of analysis.blocks) {
    starts.set(b.id, at);
    at += b.text.length + 2;
  }
  return starts;
}

/** Lede's analysis of pages (file paths), through `lede annotate --jsonl`. */
export function annotatePages(files) {
  const input = files.map((file) => JSON.stringify({ file })).join('\n') + '\n';
  const run = spawnSync(process.execPath, [lede, 'annotate', '--jsonl'], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`lede annotate failed: ${run.stderr}`);
  const byFile = new Map();
  for (const line of run.stdout.split('\n')) if (line.trim()) byFile.set(JSON.parse(line).file, JSON.parse(line));
  return byFile;
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Whole-word, case-sensitive occurrences of s in text: [start, ...]. */
export function occurrences(text, s) {
  const out = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    if (isWordChar(text[i - 1]) && isWordChar(s[0])) continue;
    if (isWordChar(text[i + s.length]) && isWordChar(s[s.length - 1])) continue;
    out.push(i);
  }
  return out;
}

function parseSpec(spec) {
  const rules = [];
  for (const [n, raw] of spec.split('\n').entries()) {
    const line = raw.replace(/\s+$/u, '');
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    const at = f.find((x) => x.startsWith('@'));
    const only = at ? at.slice(1).split(',').map(Number) : null;
    if (f[0] === 'D') rules.push({ kind: 'date', text: f[1], value: f[2], only, line: n + 1 });
    else if (['PER', 'ORG', 'LOC', 'MISC'].includes(f[0]))
      rules.push({ kind: 'name', text: f[1], type: f[0], only, line: n + 1 });
    else throw new Error(`spec line ${n + 1}: unknown rule ${f[0]}`);
  }
  return rules;
}

/** Spans of one kind: longest rules first, never overlapping a span already taken. */
function resolveRules(text, rules) {
  const taken = [];
  const notes = [];
  for (const r of [...rules].sort((a, b) => b.text.length - a.text.length)) {
    const occ = occurrences(text, r.text);
    const picks = r.only ? r.only.map((k) => [k, occ[k - 1]]) : occ.map((s, i) => [i + 1, s]);
    let got = 0;
    for (const [k, start] of picks) {
      if (start === undefined) throw new Error(`spec line ${r.line}: "${r.text}" has no occurrence ${k}`);
      const end = start + r.text.length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      const span = { text: r.text, occurrence: k, start, end };
      if (r.kind === 'date') span.value = r.value;
      else span.type = r.type;
      taken.push(span);
      got++;
    }
    if (!got) throw new Error(`spec line ${r.line}: "${r.text}" is not in the extracted text`);
    if (r.kind === 'date' && !r.only && got > 1) notes.push(`"${r.text}" taken ${got} times (${r.value})`);
  }
  return { spans: taken.sort((a, b) => a.start - b.start), notes };
}

function pageFacts(id) {
  const html = readFileSync(join(pagesDir, `${id}.html`), 'utf8');
  const declared = /<html[^>]*\slang="([^"]*)"/u.exec(html)?.[1] ?? null;
  const published = /property="article:published_time" content="([^"]+)"/u.exec(html)?.[1] ?? null;
  const shown = /<time datetime="([^"]+)"/u.exec(html)?.[1] ?? null;
  return { declared, publishedTime: published ?? shown, hasMeta: published !== null };
}

function apply(id, specFile, readers, disagreedFile) {
  const file = join(pagesDir, `${id}.html`);
  const analysis = annotatePages([file]).get(file)?.analysis;
  if (!analysis) throw new Error(`no analysis for ${id}`);
  const text = articleText(analysis);
  const rules = parseSpec(readFileSync(specFile, 'utf8'));
  const lang = id.split('-')[0];
  const dates = resolveRules(
    text,
    rules.filter((r) => r.kind === 'date'),
  );
  const names = resolveRules(
    text,
    rules.filter((r) => r.kind === 'name'),
  );
  if (!['es', 'nl'].includes(lang) && names.spans.length) throw new Error('names are gold only for es and nl');
  const facts = pageFacts(id);
  const gold = {
    id,
    page: `tests/fixtures/pages/lang-news/${id}.html`,
    lang,
    declared: facts.declared,
    split: splitOfPage(id),
    publishedTime: facts.publishedTime,
    publishedTimeInMeta: facts.hasMeta,
    sha256: sha256(text),
    readers,
    dates: dates.spans,
    ...(['es', 'nl'].includes(lang) ? { names: names.spans } : {}),
    ...(disagreedFile ? { disagreed: JSON.parse(readFileSync(disagreedFile, 'utf8')) } : {}),
  };
  mkdirSync(goldDir, { recursive: true });
  writeFileSync(join(goldDir, `${id}.json`), JSON.stringify(gold, null, 1) + '\n');
  console.log(`${id}: ${gold.dates.length} dates${gold.names ? `, ${gold.names.length} names` : ''}`);
  for (const n of dates.notes) console.log(`  note: ${n}`);
}

/**
 * English pages' names (issue 15: modern news written by us, for the names model), added to a page
 * whose dates are gold already: the spec's name rules only, on the text the dates point into.
 */
function applyNames(id, specFile, readers, disagreedFile) {
  const file = join(pagesDir, `${id}.html`);
  const path = join(goldDir, `${id}.json`);
  const gold = JSON.parse(readFileSync(path, 'utf8'));
  if (gold.lang !== 'en') throw new Error(`${id}: \`names\` is for English pages (es and nl take names in \`apply\`)`);
  const text = articleText(annotatePages([file]).get(file).analysis);
  if (sha256(text) !== gold.sha256) throw new Error(`${id}: the extracted text changed; reanchor first`);
  const rules = parseSpec(readFileSync(specFile, 'utf8'));
  if (rules.some((r) => r.kind !== 'name')) throw new Error('a names spec holds PER/ORG/LOC/MISC rules only');
  const names = resolveRules(text, rules);
  gold.names = names.spans;
  gold.nameReaders = readers;
  if (disagreedFile) gold.namesDisagreed = JSON.parse(readFileSync(disagreedFile, 'utf8'));
  writeFileSync(path, JSON.stringify(gold, null, 1) + '\n');
  const byType = new Map();
  for (const n of names.spans) byType.set(n.type, (byType.get(n.type) ?? 0) + 1);
  console.log(`${id}: ${names.spans.length} names (${[...byType].map(([t, k]) => `${t} ${k}`).join(', ')})`);
}

/** Every gold file: its text still Lede's extraction, every span's offsets on its text. */
function check() {
  const ids = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
  const byFile = annotatePages(ids.map((id) => join(pagesDir, `${id}.html`)));
  let bad = 0;
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(goldDir, `${id}.json`), 'utf8'));
    const text = articleText(byFile.get(join(pagesDir, `${id}.html`)).analysis);
    const problems = [];
    if (sha256(text) !== gold.sha256) problems.push('extracted text changed (sha256)');
    for (const s of [...gold.dates, ...(gold.names ?? [])]) {
      if (text.slice(s.start, s.end) !== s.text) problems.push(`"${s.text}" not at ${s.start}`);
      else if (occurrences(text, s.text)[s.occurrence - 1] !== s.start)
        problems.push(`"${s.text}" occurrence ${s.occurrence}`);
    }
    if (problems.length) bad++;
    console.log(
      `${id}: ${problems.length ? problems.join('; ') : 'ok'} (${gold.dates.length} dates${gold.names ? `, ${gold.names.length} names` : ''})`,
    );
  }
  console.log(bad ? `${bad} file(s) need a look` : 'all gold files match the extracted text');
  process.exit(bad ? 1 : 0);
}

/**
 * The gold of `ids` on the text Lede extracts now: each span found again by its text and
 * occurrence (its offsets and the sha256 renewed; values untouched). Prints how far each span
 * moved, so that a change that added or dropped a paragraph (one shift from there on) can be
 * told from one that moved a span to another occurrence.
 */
function reanchor(ids) {
  const byFile = annotatePages(ids.map((id) => join(pagesDir, `${id}.html`)));
  for (const id of ids) {
    const path = join(goldDir, `${id}.json`);
    const gold = JSON.parse(readFileSync(path, 'utf8'));
    const text = articleText(byFile.get(join(pagesDir, `${id}.html`)).analysis);
    const shifts = new Map();
    for (const s of [...gold.dates, ...(gold.names ?? [])]) {
      const start = occurrences(text, s.text)[s.occurrence - 1];
      if (start === undefined) throw new Error(`${id}: "${s.text}" has no occurrence ${s.occurrence} now`);
      shifts.set(start - s.start, (shifts.get(start - s.start) ?? 0) + 1);
      s.start = start;
      s.end = start + s.text.length;
    }
    gold.sha256 = sha256(text);
    writeFileSync(path, JSON.stringify(gold, null, 1) + '\n');
    console.log(`${id}: spans moved by ${[...shifts].map(([d, n]) => `${d} (${n})`).join(', ')}`);
  }
}

function show(id) {
  const file = join(pagesDir, `${id}.html`);
  const text = articleText(annotatePages([file]).get(file).analysis);
  // A page without gold yet (a writer's first reading) prints as plain text.
  const goldFile = join(goldDir, `${id}.json`);
  const gold = existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, 'utf8')) : { dates: [] };
  const marks = [
    ...gold.dates.map((s) => [s.start, s.end, `[`, `|${s.value}]`]),
    ...(gold.names ?? []).map((s) => [s.start, s.end, `{`, `|${s.type}}`]),
  ];
  // The page's publication time heads the text: a reader resolves "Tuesday", "last month" from it.
  const { publishedTime } = pageFacts(id);
  let out = `(published ${publishedTime ?? 'unknown: no article:published_time or <time datetime>'})\n\n`;
  let at = 0;
  const edits = marks
    .flatMap(([s, e, open, close]) => [
      [s, open],
      [e, close],
    ])
    .sort((a, b) => a[0] - b[0]);
  for (const [pos, mark] of edits) {
    out += text.slice(at, pos) + mark;
    at = pos;
  }
  console.log(out + text.slice(at));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [cmd, id, spec] = process.argv.slice(2);
  const opt = (name) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  if (cmd === 'apply' && id && spec) apply(id, spec, (opt('--readers') ?? 'L1').split(','), opt('--disagreed'));
  else if (cmd === 'names' && id && spec)
    applyNames(id, spec, (opt('--readers') ?? 'L1').split(','), opt('--disagreed'));
  else if (cmd === 'check') check();
  else if (cmd === 'show' && id) show(id);
  else if (cmd === 'reanchor' && id) reanchor(process.argv.slice(3));
  else
    console.log(
      readFileSync(fileURLToPath(import.meta.url), 'utf8')
        .split('\n')
        .slice(1, 19)
        .join('\n'),
    );
}
