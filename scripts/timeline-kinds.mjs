#!/usr/bin/env node
// The timeline's precision by kind of expression (issue 16, part 2), over the lang-news train
// pages only (the en-train sets and the train pages of the other languages; the measure-only sets
// are never read here). Each entry Lede shows is judged as `scripts/eval/score-lang-news.mjs` does
// (right on a gold date with its value, not counted on `-` spans only, wrong otherwise) and put
// in one kind by its words and value (a weekday alone, a month without its year, "last week",
// "two years ago", a holiday, a range, a date written with its year...). A kind whose entries are
// often wrong is one to keep off the timeline or show only with a second cue.
//
//   npm run build:cli && node scripts/timeline-kinds.mjs [--wrong KIND] [--save FILE] [--from FILE]
//
// --wrong KIND lists that kind's wrong entries (with --all, its right ones too, marked ok); --save keeps Lede's analyses, --from reads them.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { langNewsGold, placed } from './eval/score-lang-news.mjs';
import { annotatePages, articleText, blockStarts, sha256 } from './gold/lang-news.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
/** The splits whose entries may be read: never a measure-only (fresh) one. */
const TRAIN = (split) => split === 'train' || split.startsWith('en-train');

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const re = (s) => new RegExp(s, 'iu');
/** Kinds, first match wins: [name, test(entry)]. */
const KINDS = [
  ['range', (e) => !!e.endValue],
  ['time of day', (e) => /T\d{2}|T(?:MO|AF|EV|NI)/u.test(e.value)],
  ['ago', (e) => re('(?<!\\p{L})ago(?!\\p{L})').test(e.text)],
  ['yesterday/today/tomorrow', (e) => re('(?<!\\p{L})(?:yesterday|today|tomorrow|tonight)(?!\\p{L})').test(e.text)],
  [
    'counted from another date',
    (e) =>
      re(
        '(?<!\\p{L})(?:earlier|later|following|previous|prior|after|before|same|that|the\\snext|the\\slast)(?!\\p{L})',
      ).test(e.text),
  ],
  ['last/next/this X', (e) => re('(?<!\\p{L})(?:last|next|this|coming|past|upcoming)(?!\\p{L})').test(e.text)],
  ['fiscal/quarter/half', (e) => re('fiscal|quarter|(?<!\\p{L})(?:Q[1-4]|H[12]|FY)(?!\\p{L})|\\shalf').test(e.text)],
  [
    'holiday',
    (e) =>
      re(
        'christmas|thanksgiving|easter|new\\syear|halloween|independence|fourth\\sof\\sjuly|memorial\\sday|labou?r\\sday|valentine|eve(?!\\p{L})|black\\sfriday|cyber\\smonday|super\\sbowl|boxing|hanukkah|ramadan|diwali|day(?!\\p{L})',
      ).test(e.text) && !re(`^${WEEKDAY}`).test(e.text.trim()),
  ],
  ['decade/century', (e) => /^(?:BC)?\d{2,3}X?$/u.test(e.value)],
  ['full date (year written)', (e) => /\d{4}/u.test(e.text) && /^\d{4}-\d{2}-\d{2}/u.test(e.value)],
  ['month of a year written', (e) => /\d{4}/u.test(e.text) && /^\d{4}-\d{2}$/u.test(e.value)],
  ['year written', (e) => /^\d{4}$/u.test(e.value) && /\d{4}/u.test(e.text)],
  ['season/quarter, year written', (e) => /\d{4}/u.test(e.text)],
  ['weekday + date, no year', (e) => re(WEEKDAY).test(e.text) && /\d/u.test(e.text)],
  ['weekday alone', (e) => re(WEEKDAY).test(e.text)],
  ['weekend', (e) => re('weekend').test(e.text)],
  ['month-day, no year', (e) => re(MONTH).test(e.text) && /\d/u.test(e.text)],
  [
    'month, no year',
    (e) => re(`^(?:(?:early|late|mid|the\\s(?:end|start|beginning|middle)\\sof)[-\\s]+)?${MONTH}$`).test(e.text.trim()),
  ],
  ['season, no year', (e) => re('spring|summer|autumn|fall|winter').test(e.text)],
  ['other', () => true],
];
const kindOf = (e) => KINDS.find(([, test]) => test(e))[0];

/** Extra cue for the kinds without a year: where the value lies from the publication. */
function nearness(e, published) {
  if (!published) return 'no publication date';
  const v = /^(\d{4})-(\d{2})(?:-(\d{2}))?/u.exec(e.value);
  if (!v) return '';
  const at = Date.UTC(Number(v[1]), Number(v[2]) - 1, Number(v[3] ?? 1));
  const pub = Date.parse(published);
  const days = Math.round((at - pub) / 86_400_000);
  if (v[3])
    return days < -7 ? 'past, over a week' : days < 0 ? 'past week' : days <= 7 ? 'next week' : 'ahead, over a week';
  const pubYear = new Date(pub).getUTCFullYear();
  return Number(v[1]) === pubYear ? 'same year' : Number(v[1]) < pubYear ? 'earlier year' : 'later year';
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

const records = langNewsGold(root).filter(({ gold }) => TRAIN(gold.split));
let byFile;
if (opt('--from')) byFile = new Map(JSON.parse(readFileSync(opt('--from'), 'utf8')));
else {
  byFile = annotatePages(records.map((r) => r.file));
  if (opt('--save')) writeFileSync(opt('--save'), JSON.stringify([...byFile]));
}

const table = new Map();
const bump = (key, field) => {
  const row = table.get(key) ?? { entries: 0, wrong: 0, dash: 0, list: [] };
  row[field]++;
  table.set(key, row);
  return row;
};
const perSet = new Map();
for (const { gold, file } of records) {
  const analysis = byFile.get(file)?.analysis;
  if (!analysis) continue;
  const text = articleText(analysis);
  const starts = blockStarts(analysis);
  const dates = placed(gold.dates, text, sha256(text) === gold.sha256);
  const points = dates.filter((d) => d.value !== '-');
  const notPoints = dates.filter((d) => d.value === '-');
  const published = gold.publishedTime ?? analysis.meta?.publishedTime;
  const set = perSet.get(gold.split) ?? { shown: 0, right: 0 };
  perSet.set(gold.split, set);
  for (const t of analysis.timeline ?? []) {
    const e = {
      ...t,
      start: starts.get(t.blockId) + t.start,
      end: starts.get(t.blockId) + t.end,
      value: t.endValue ? `${t.value}/${t.endValue}` : t.value,
    };
    const kind = kindOf(t);
    // The kinds without a year are counted again by where their value lies from the publication.
    const where = ['weekday alone', 'month, no year', 'month-day, no year', 'weekday + date, no year'].includes(kind)
      ? nearness(t, published)
      : '';
    const near = where ? ` [${where}]` : '';
    const hit = points.filter((g) => overlaps(e, g));
    const sameDayTime = (g) =>
      e.value.startsWith(`${g.value}T`) && points.some((x) => x !== g && overlaps(e, x) && x.value === e.value);
    if (!hit.length && notPoints.some((g) => overlaps(e, g))) {
      bump(kind, 'dash');
      continue;
    }
    const right = hit.some((g) => g.value === e.value || sameDayTime(g));
    set.shown++;
    if (right) set.right++;
    for (const key of [kind, kind + near]) {
      const row = bump(key, 'entries');
      if (!right || args.includes('--all')) {
        if (!right) row.wrong++;
        row.list.push(
          `${right ? 'ok ' : 'XX '}${gold.id} (${published?.slice(0, 10)}): "${t.text}"=${e.value} ${hit.length ? `gold ${hit.map((g) => g.value).join(',')}` : 'not gold'} | ${t.sentence.slice(0, 160)}`,
        );
      }
      if (!near) break;
    }
  }
}

const rows = [...table.entries()].sort((a, b) => b[1].entries - a[1].entries);
console.log('kind'.padEnd(48) + 'entries  wrong  precision  (on `-`, not counted)');
for (const [kind, r] of rows)
  console.log(
    `${kind.padEnd(48)}${String(r.entries).padStart(7)}${String(r.wrong).padStart(7)}${(r.entries ? (r.entries - r.wrong) / r.entries : 0).toFixed(3).padStart(11)}   ${r.dash}`,
  );
console.log('\nper set: right/shown');
for (const [set, s] of perSet)
  console.log(`  ${set.padEnd(12)} ${s.right}/${s.shown} = ${(s.right / s.shown).toFixed(3)}`);
const want = opt('--wrong');
if (want) for (const line of table.get(want)?.list ?? []) console.log('  ' + line);
