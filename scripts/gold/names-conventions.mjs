#!/usr/bin/env node
// Name conventions settled by CoNLL-2003's evidence (issue 15; eval/gold/guidelines/names.md,
// sections "Stock indexes", "Treasury bonds", "Conferences and divisions of a league", "Words
// built on names", "God" and "Country abbreviation before a body"), applied mechanically to every names gold of every split: the English news
// pages (eval/gold/lang-news/en-*.json `names`) and the corpus pages (eval/gold/names/*.json).
// Each changed or added span gets a note (lang-news: a `note` on the span; names: a line in the
// file's `notes`). Re-runnable: a second run changes nothing.
//
//   npm run build:cli && node scripts/gold/names-conventions.mjs [--dry] [--only indexes,treasuries,divisions,compounds,god,countrybodies]
//   node scripts/gold/names-conventions.mjs --pool [--dry] [--only indexes,streaming,treasuries,divisions,god,countrybodies]
//
// `countrybodies` ("Country abbreviation before a body", ruling of 2026-12-04) joins a place
// `U.S.`/`US`/`U.K.`/`UK` and the organisation one space after it into one ORG.
//
// With --pool, the English name-training documents instead (eval/gold/lang-news-train/en-t*.json,
// a train-only pool annotated under names.md before these rulings; their text is in the file):
// by default every ruling but words built on names (the pool leaves them unmarked), with
// streaming services ("Streaming services" at the end of names.md).
//
// The rulings only retype or add spans by their written form; they never read Lede's output.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotatePages, articleText as pageText, occurrences } from './lang-news.mjs';
import { articleText as corpusText } from './gold.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const langNewsDir = join(root, 'eval', 'gold', 'lang-news');
const namesDir = join(root, 'eval', 'gold', 'names');
const pagesDir = join(root, 'tests', 'fixtures', 'pages', 'lang-news');
const poolDir = join(root, 'eval', 'gold', 'lang-news-train');
const RULING = 'Ruling of 2026-12-03 (names.md';

// ---- Stock indexes are MISC (CoNLL-2003: Dow Jones, Nasdaq, Nikkei, FTSE 100, DAX, CAC-40 ...).
const INDEX = new RegExp(
  '^(?:' +
    [
      "(?:S&P|Standard & Poor's) \\d+(?: [A-Z][\\w&-]*)*",
      'Dow Jones (?:Industrial|Transportation|Utility) Average',
      'Nasdaq(?: Composite| 100|-100)?(?: Index)?',
      'FTSE(?: \\d+| All-World| All-Share| AIM)+(?: Index)?',
      'Nikkei \\d+(?: Stock Average)?',
      'Nikkei Stock Average',
      'Topix|TOPIX|Sensex|KOSPI|Kospi|Bovespa|DAX',
      '(?:Euro )?(?:Stoxx|STOXX)(?: Europe)?(?: \\d+)?',
      'CAC[ -]40',
      'Hang Seng(?: Index)?',
      'Russell \\d+(?: Index)?',
      'Nifty(?: \\d+| [A-Z]+)?',
      'MSCI(?: [A-Z][\\w-]*)+(?: Index)?',
      'Shanghai Composite(?: Index)?',
      'CSI 300|IBEX 35|ASX 200|S&P/ASX 200|S&P/TSX(?: Composite)?(?: Index)?',
      'Bloomberg U\\.S\\. Treasury',
      '[A-Z][\\w&.-]*(?: [A-Z][\\w&.-]*)* (?:Stock|Share|Semiconductor|Composite|Bond|Treasury|Equity)(?: [A-Z][\\w&.-]*)* Index',
    ].join('|') +
    ')$',
  'u',
);
function indexType(span, text) {
  if (span.type !== 'ORG' && span.type !== 'LOC') return null;
  const after = text.slice(span.end, span.end + 12);
  if (INDEX.test(span.text)) return 'MISC';
  // Bare forms that also name a company: only as the index.
  if (span.text === 'Nasdaq' && !/^,? Inc\b/u.test(after)) return 'MISC';
  if (span.text === 'Nikkei' && /^(?: \d+)?,? (?:average|index|stock average|share average)\b/iu.test(after))
    return 'MISC';
  if (
    span.text === 'Nikkei' &&
    !/\b(?:Nikkei Asia|Nikkei newspaper|Nikkei reported)\b/u.test(text) &&
    /\bTopix\b|\bTOPIX\b/u.test(text)
  )
    return 'MISC';
  if (span.text === 'Dow Jones' && /^ (?:industrial|Industrial|index|average)\b/u.test(after)) return 'MISC';
  if (span.text === 'Dow' && /\b(?:Dow Jones|S&P 500|Nasdaq)\b/u.test(text) && !/^ (?:Chemical|Inc)\b/u.test(after))
    return 'MISC';
  return null;
}

// ---- Streaming services are ORG in every use (names.md, "Streaming services", ruling of
// 2026-12-03), as src/core/entities/org-streaming.ts reads them; a device, an app or a
// membership named by the service stays MISC ("the Apple TV app", "Amazon Prime members").
const SERVICES = new Set(
  'Netflix|Prime Video|Amazon Prime Video|Apple TV|Apple TV+|Peacock|Disney+|Disney Plus|Hulu|HBO Max|HBO Go|HBO Now|Paramount+|Paramount Plus|BritBox|Crunchyroll|Tubi|YouTube TV|Sling TV|fuboTV|BBC iPlayer|ITVX|Starz'.split(
    '|',
  ),
);
const DEVICE_AFTER =
  /^ (?:box|boxes|app|apps|device|devices|remote|hardware|lineup|stick|set-top|4K|dongle|members?|membership|Day)\b/u;
function streamingType(span, text) {
  if (span.type !== 'MISC' || !SERVICES.has(span.text)) return null;
  return DEVICE_AFTER.test(text.slice(span.end, span.end + 12)) ? null : 'ORG';
}

// ---- Treasury bonds are ORG (CoNLL-2003: "Treasuries" 4, "Treasury" bills/bonds 7, all ORG).
function treasuryType(span, text) {
  if (span.type === 'ORG') return null;
  if (/^(?:Treasuries|TREASURIES)$/u.test(span.text)) return 'ORG';
  // "Treasury" typed MISC was a bond under the old rule ("TREASURY MISC for bonds").
  if (/^(?:Treasury|TREASURY)$/u.test(span.text) && span.type === 'MISC') return 'ORG';
  if (
    /^(?:Treasury|TREASURY)$/u.test(span.text) &&
    /^ (?:bills?|bonds?|notes?|yields?|securities|futures)\b/u.test(text.slice(span.end, span.end + 12))
  )
    return 'ORG';
  return null;
}

// ---- A league's conferences and divisions are MISC (CoNLL-2003: American League, National
// League, AL East, NL Central division, National League West ... all MISC).
const DIVISION =
  /^(?:(?:AFC|NFC|AL|NL|American League|National League)(?: (?:East|West|North|South|Central|Eastern|Western))?(?: Division)?|(?:Eastern|Western|Atlantic|Central|Pacific|Metropolitan|Northwest|Southeast|Southwest|Northeast|Midwest) (?:Division|Conference))$/u;
function divisionType(span, text) {
  if (span.type !== 'ORG' || !DIVISION.test(span.text)) return null;
  // AFC/NFC alone: only on a page about the NFL (the Asian Football Confederation is a body).
  if (
    /^(?:AFC|NFC)$/u.test(span.text) &&
    !/\bNFL\b|\b(?:AFC|NFC) (?:East|West|North|South)\b|\bSuper Bowl\b/u.test(text)
  )
    return null;
  // AL/NL alone are too ambiguous (Alabama, the Netherlands).
  if (/^(?:AL|NL)$/u.test(span.text)) return null;
  // "Central Division" and the like: only on a page about a league.
  if (
    / (?:Division|Conference)$/u.test(span.text) &&
    !/\b(?:NFL|NBA|NHL|MLB|WNBA|MLS|NFC|AFC|playoffs?|standings|season)\b/u.test(text)
  )
    return null;
  return 'MISC';
}

// ---- Words built on names with a hyphen are MISC, whole (CoNLL-2003: "London-based",
// "U.S.-led", "post-Soviet", "neo-Nazi" ...: 110 of 118 suffixed and 25 of 28 prefixed forms).
const SUFFIX = '(?:based|born|bound|led|run|made|held|built|won|grown|owned|wide|style|era|speaking|winning|[a-z]+ed)';
const PREFIX = '(?:pro|anti|post|pre|neo|non|ex|mid|pan|Pro|Anti|Post|Pre|Neo|Non|Ex|Mid|Pan)';
const WORD = "[\\p{Lu}][\\p{L}\\p{N}.&'’]*";
const SUFFIXED = new RegExp(`(?<![\\p{L}\\p{N}.&'’-])((?:${WORD} ){0,3}${WORD})-${SUFFIX}(?![\\p{L}\\p{N}-])`, 'gu');
const PREFIXED = new RegExp(`(?<![\\p{L}\\p{N}-])${PREFIX}-(${WORD}(?: ${WORD}){0,3})(?![\\p{L}\\p{N}-])`, 'gu');
const NOT_NAMES = new Set(
  'The A An This That These Those Its It Our Their His Her My Your We They He She I In On At For But And Or Of To By As If So Now Then When While With From Former Some Many Most All Both Each Every Other Another Such No Not Top First Second Third Last Family Privately State Locally'.split(
    ' ',
  ),
);
const DATES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/u;

/** Compound candidates in a text: [start, end) of each name-built word whose base is a known name. */
function compounds(text, lexicon) {
  const out = [];
  for (const m of text.matchAll(SUFFIXED)) {
    // The base: the longest tail of the capitalised words that is a known name.
    const words = m[1].split(' ');
    for (let i = 0; i < words.length; i++) {
      if (NOT_NAMES.has(words[i])) continue;
      const base = words.slice(i).join(' ');
      if (base.length < 2 || !lexicon.has(base) || DATES.test(base)) continue;
      const start = m.index + m[1].length - base.length;
      out.push([start, m.index + m[0].length]);
      break;
    }
  }
  for (const m of text.matchAll(PREFIXED)) {
    const words = m[1].split(' ');
    for (let n = words.length; n > 0; n--) {
      const base = words.slice(0, n).join(' ');
      if (base.length < 2 || !lexicon.has(base) || DATES.test(base)) continue;
      out.push([m.index, m.index + m[0].length - (m[1].length - base.length)]);
      break;
    }
  }
  return out;
}

// ---- God is PER (CoNLL-2003: 7 of 8, "God forbid", "God's work"; the eighth inside "Party of
// God"): the bare word, capitalised, not inside a longer name.
function god(text) {
  return [...text.matchAll(/(?<![\p{L}\p{N}])God(?![\p{L}\p{N}])/gu)].map((m) => [m.index, m.index + 3, 'PER']);
}

// ---- A country's abbreviation directly before a body's name is inside it (CoNLL-2003: "U.S.
// Treasury", "U.S. District Court", "U.S. Navy" ... 21 of 23 government bodies one ORG): a place
// `U.S.`, `US`, `U.K.` or `UK` and the organisation one space after it become one ORG. A
// nationality before a body stays split (CoNLL is mixed there: 10 whole, 6 split).
const COUNTRY_ABBREVIATIONS = new Set(['U.S.', 'US', 'U.K.', 'UK']);
function countryBodies(text, spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    const next = sorted[i + 1];
    if (
      next &&
      s.type === 'LOC' &&
      COUNTRY_ABBREVIATIONS.has(s.text) &&
      next.type === 'ORG' &&
      next.start === s.end + 1 &&
      text[s.end] === ' '
    ) {
      out.push({ start: s.start, end: next.end, type: 'ORG', text: text.slice(s.start, next.end), was: [s, next] });
      i++;
      continue;
    }
    out.push(s);
  }
  return out;
}

const RULINGS = {
  indexes: { retype: indexType, why: 'Stock indexes": a stock index is MISC, as in CoNLL-2003' },
  treasuries: { retype: treasuryType, why: 'Treasury bonds": Treasuries and Treasury bonds are ORG, as in CoNLL-2003' },
  divisions: {
    retype: divisionType,
    why: 'Conferences and divisions of a league": a conference or division is MISC, as in CoNLL-2003',
  },
  compounds: {
    add: compounds,
    why: 'Words built on names": a name-built hyphenated word is one MISC, as in CoNLL-2003',
  },
  god: { add: god, why: 'God": God is PER, as in CoNLL-2003' },
  streaming: { retype: streamingType, why: 'Streaming services": a streaming service is ORG in every use' },
  countrybodies: {
    join: countryBodies,
    date: '2026-12-04',
    why: 'Country abbreviation before a body": `U.S.`, `US`, `U.K.`, `UK` before a body\'s name is inside it, one ORG, as in CoNLL-2003',
  },
};

/** The rulings applied to every gold by default (the streaming ruling was applied by hand there). */
const DEFAULT_RULINGS = ['indexes', 'treasuries', 'divisions', 'compounds', 'god'];

/** The rulings the English name-training pool contradicts (--pool). */
const POOL_RULINGS = ['indexes', 'streaming', 'treasuries', 'divisions', 'god'];

/**
 * One document's spans ({start, end, type, text}) after the rulings: the changed spans get a
 * `note`; a span inside an added compound is replaced by it, a compound inside a longer span is
 * not added.
 */
export function applyRulings(text, spans, lexicon, only = DEFAULT_RULINGS) {
  let out = spans.map((s) => ({ ...s }));
  for (const name of only) {
    const r = RULINGS[name];
    if (r.join)
      out = r.join(text, out).map(({ was, ...s }) =>
        was
          ? {
              ...s,
              note: `Ruling of ${r.date} (names.md, "${r.why}): "${s.text}" ORG (was ${was
                .map((w) => `"${w.text}" ${w.type}`)
                .join(', ')}).`,
            }
          : s,
      );
    if (r.retype)
      for (const s of out) {
        const t = r.retype(s, text);
        if (t && t !== s.type) {
          s.note = `${RULING}, "${r.why}): "${s.text}" ${s.type} -> ${t}.`;
          s.type = t;
        }
      }
    if (r.add)
      for (const [start, end, type = 'MISC'] of r.add(text, lexicon)) {
        if (out.some((s) => s.start === start && s.end === end && s.type === type)) continue;
        if (out.some((s) => s.start < end && s.end > start && (s.start < start || s.end > end))) continue;
        const inside = out.filter((s) => s.start >= start && s.end <= end);
        out = out.filter((s) => !inside.includes(s));
        const was = inside.length
          ? ` (was ${inside.map((s) => `"${s.text}" ${s.type}`).join(', ')})`
          : ' (was unmarked)';
        out.push({
          start,
          end,
          type,
          text: text.slice(start, end),
          note: `${RULING}, "${r.why}): "${text.slice(start, end)}" ${type}${was}.`,
        });
      }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function main() {
  const dry = process.argv.includes('--dry');
  const onlyAt = process.argv.indexOf('--only');
  const pool = process.argv.includes('--pool');
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1].split(',') : pool ? POOL_RULINGS : DEFAULT_RULINGS;
  if (pool) return applyToPool(only, dry);
  const docs = [];
  const ids = readdirSync(langNewsDir)
    .filter((f) => /^en-\d+\.json$/u.test(f))
    .map((f) => f.slice(0, -5));
  const byFile = annotatePages(ids.map((id) => join(pagesDir, `${id}.html`)));
  for (const id of ids) {
    const path = join(langNewsDir, `${id}.json`);
    const gold = JSON.parse(readFileSync(path, 'utf8'));
    if (!gold.names) continue;
    const text = pageText(byFile.get(join(pagesDir, `${id}.html`)).analysis);
    docs.push({ kind: 'lang-news', id, path, gold, text, spans: gold.names.map((s) => ({ ...s })) });
  }
  for (const f of readdirSync(namesDir).filter((x) => x.endsWith('.json'))) {
    const path = join(namesDir, f);
    const gold = JSON.parse(readFileSync(path, 'utf8'));
    const text = corpusText(gold.id);
    const spans = gold.entities.map(([start, end, type]) => ({ start, end, type, text: text.slice(start, end) }));
    docs.push({ kind: 'names', id: gold.id, path, gold, text, spans });
  }
  // Known names: every string any names gold marks (a base must be one to make a compound).
  const lexicon = new Set(docs.flatMap((d) => d.spans.map((s) => s.text)));
  const counts = new Map();
  for (const d of docs) {
    const after = applyRulings(d.text, d.spans, lexicon, only);
    const changed = after.filter((s) => s.note && !d.spans.some((o) => o.note === s.note && o.start === s.start));
    if (!changed.length) continue;
    const split = d.gold.split;
    for (const s of changed) {
      const key = `${d.kind} ${split}: ${/"([^"]+)": /u.exec(s.note)?.[1]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (dry) continue;
    if (d.kind === 'lang-news') {
      d.gold.names = after.map(({ start, end, type, text, note }) => ({
        text,
        occurrence: occurrences(d.text, text).indexOf(start) + 1,
        start,
        end,
        type,
        ...(note ? { note } : {}),
      }));
      writeFileSync(d.path, JSON.stringify(d.gold, null, 1) + '\n');
    } else {
      d.gold.entities = after.map((s) => [s.start, s.end, s.type]);
      d.gold.notes = [...(d.gold.notes ?? []), ...changed.map((s) => s.note)];
      writeNamesGold(d.path, d.gold);
    }
  }
  for (const [k, n] of [...counts].sort()) console.log(`${k}: ${n} span(s) changed`);
  if (!counts.size) console.log('nothing to change');
}

/**
 * The rulings `only` applied to the English name-training pool (eval/gold/lang-news-train/en-t*):
 * each changed span gets a `note`, and the counts are printed by ruling and split ("pool").
 */
function applyToPool(only, dry) {
  const counts = new Map();
  for (const f of readdirSync(poolDir).filter((x) => /^en-t\d+\.json$/u.test(x))) {
    const path = join(poolDir, f);
    const raw = readFileSync(path, 'utf8');
    const gold = JSON.parse(raw);
    // Each file keeps its own layout: its indent and whether it ends in a line break.
    const indent = /^\{\n( +)"/u.exec(raw)?.[1]?.length ?? 2;
    const end = raw.endsWith('\n') ? '\n' : '';
    const after = applyRulings(gold.text, gold.names, new Set(), only);
    const changed = after.filter((s) => s.note && !gold.names.some((o) => o.note === s.note && o.start === s.start));
    if (!changed.length) continue;
    for (const s of changed) {
      const key = `lang-news-train pool: ${/"([^"]+)": /u.exec(s.note)?.[1]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (dry) continue;
    gold.names = after.map(({ text, start, end, type, note, ...rest }) => ({
      text,
      start,
      end,
      type,
      ...rest,
      ...(note ? { note } : {}),
    }));
    writeFileSync(path, JSON.stringify(gold, null, indent) + end);
  }
  for (const [k, n] of [...counts].sort()) console.log(`${k}: ${n} span(s) changed`);
  if (!counts.size) console.log('nothing to change');
}

/** The names gold's own layout (scripts/gold/gold.mjs writeGold): one line per entity. */
function writeNamesGold(path, record) {
  const json = JSON.stringify(record, null, 1).replace(/\[[^[\]{}]*\]/gu, (a) => a.replace(/\s+/gu, ' '));
  writeFileSync(
    path,
    json.replace(/\{\n\s+("kind"|"start")[^{}]*?\n\s*\}/gu, (o) => o.replace(/\s*\n\s*/gu, ' ')) + '\n',
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
