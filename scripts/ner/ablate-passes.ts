/**
 * Which English passes after mention-rules.ts (model-recogniser.ts `englishPasses`) earn their
 * keep: the recogniser is run on every English gold page once with all its passes, then once
 * per pass with that pass replaced by the identity, and each pass gets a row: how many pages
 * and mentions it changes on the debuggable sets and on the measure-only sets, and the names
 * F1 it makes on the debuggable sets pooled. The tagger and mention-rules.ts run once a text, and
 * the mentions before each pass are kept: leaving pass i out runs only the passes after it, from
 * the mentions before it, and only on the texts where pass i changed something.
 *
 *   node --import tsx scripts/ner/ablate-passes.ts [--only 3,17] [--together 3,17] [--no-conll]
 *
 * Run from the repository's root (the models and the gold are read from there; the corpus from
 * ../shared/corpus or LEDE_CORPUS). Takes 10-30 minutes on a shared machine.
 *
 * Sets, read as `node scripts/eval.mjs --only ner,lang-news` reads them:
 * - debuggable: the lang-news pages of the splits score-lang-news.mjs's DEBUGGABLE lists (analysed whole as `lede annotate`
 *   analyses them, names scored by scripts/eval/score-lang-news.mjs) and modern-train (the train
 *   half of eval/gold/names, one block a text as `lede ner` reads it, exact span and type);
 * - measure-only: the lang-news pages of every split not in DEBUGGABLE (en-fresh*), modern dev, fresh
 *   and fresh2, CoNLL-2003 dev (detokenised and tokenised) and Wikigold. Of these only the count
 *   of pages and mentions a pass changes is printed, never a score or a row.
 * --no-conll leaves out CoNLL dev and Wikigold (faster); --only prints the rows of those passes;
 * --together prints one row for the listed passes all left out at once (passes that each change
 * nothing alone may do the same work, and change something when both go).
 *
 * A page "changes" when the recogniser's mentions (block, offsets, type) differ; "mentions" is
 * the size of the difference (a mention retyped or respanned counts twice: one lost, one new).
 * Debuggable pages changed are named when there are three or fewer. The F1 column is the
 * pooled debuggable F1 with the pass minus the pooled F1 without it (positive: the pass helps).
 * The recogniser's private parts are reached by a cast (englishPasses, englishPassList, corrected),
 * not a hook in src; the F1 of a changed debuggable text is its analysis made again with the pass
 * list's pass i the identity.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { identifyLanguage } from '../../src/core/language/identify';
import { loadDocument } from '../../src/cli/load-document';
import { extractArticle } from '../../src/article/extract';
import { recogniserFor } from '../../src/cli/model';
import type { EntityRecogniser } from '../../src/core/entities/recogniser';
import type { ModelRecogniser } from '../../src/core/entities/model-recogniser';
import type { ArticleText, Block, EntityMention } from '../../src/core/types';
import { goldRecords, namesJsonl } from '../eval/gold-sets.mjs';
// @ts-expect-error: a plain ES module of the evaluation scripts, without types
import { langNewsGold as goldOfLangNews, scoreLangNews as scoreOfLangNews } from '../eval/score-lang-news.mjs';
// @ts-expect-error: as above
import { DEBUGGABLE } from '../eval/score-lang-news.mjs';

interface LangNewsGold {
  id: string;
  lang: string;
  split: string;
  names?: unknown[];
}
const langNewsGold = goldOfLangNews as (root: string) => { gold: LangNewsGold; file: string }[];
const scoreLangNews = scoreOfLangNews as (items: { gold: LangNewsGold; analysis: unknown }[]) => {
  docs: { names: Counts | null }[];
};

type Pass = (
  ms: readonly EntityMention[],
  text: ReadonlyMap<number, string>,
  tagged: readonly EntityMention[],
) => EntityMention[];
/** The recogniser's private pass list, reached by a cast. */
interface Passes {
  englishPasses(): Pass[];
  englishPassList: Pass[] | undefined;
  corrected(blocks: readonly Block[], mentions: readonly EntityMention[]): EntityMention[];
}

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',').map(Number)) : null;
const togetherAt = args.indexOf('--together');
const together = togetherAt >= 0 ? (args[togetherAt + 1] ?? '').split(',').map(Number) : null;
const root = process.cwd();
const corpus = resolve(process.env['LEDE_CORPUS'] ?? '../shared/corpus');
const now = new Date();

const en = recogniserFor('en') as ModelRecogniser;
const inner = en as unknown as Passes;
const passes = inner.englishPasses();
inner.englishPassList = passes;
const identity: Pass = (ms) => [...ms];

/** A pass's function name: the first imported function its arrow calls ("(0,import_x.withY)(" under tsx). */
function nameOf(pass: Pass): string {
  const body = pass.toString();
  return /import_\w+\.(\w+)/u.exec(body)?.[1] ?? /=>\s*\(?\s*([A-Za-z_$][\w$]*)\(/u.exec(body)?.[1] ?? '?';
}
/** Each function's file (model-recogniser.ts's imports). */
const source = readFileSync(resolve('src/core/entities/model-recogniser.ts'), 'utf8');
const fileOf = new Map<string, string>();
for (const m of source.matchAll(/import \{([^}]*)\} from '\.\/([\w/-]+)';/gu))
  for (const n of (m[1] ?? '').split(',')) fileOf.set(n.trim(), m[2] ?? '');

/**
 * One recognise call: its blocks, the tagger's mentions, the mentions before each pass
 * (`states[i]`; the last, after every pass) and those of the last state as a bag.
 */
interface Unit {
  text: ReadonlyMap<number, string>;
  tagged: EntityMention[];
  states: EntityMention[][];
  base: Map<string, number>;
}
/** The corrections of `blocks` as ModelRecogniser.corrections makes them (English), state by state. */
function unitOf(blocks: readonly Block[], tagged: EntityMention[]): Unit {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  let ms = inner.corrected(blocks, tagged);
  const states = [ms];
  for (const pass of passes) states.push((ms = pass(ms, text, tagged)));
  return { text, tagged, states, base: bag(ms) };
}
/** Whether two states hold the same mentions (by reference, else field by field). */
function same(a: readonly EntityMention[], b: readonly EntityMention[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && JSON.stringify(a[k]) !== JSON.stringify(b[k])) return false;
  return true;
}
/**
 * The mentions of `u` with the passes `left` (ascending) left out: the passes after the first
 * run on the state before it (null: the first changes nothing there and is the only one).
 */
function without(u: Unit, left: readonly number[]): EntityMention[] | null {
  const i = left[0] ?? passes.length;
  const before = u.states[i] ?? [];
  if (left.length === 1 && same(before, u.states[i + 1] ?? [])) return null;
  let ms = before;
  for (let k = i + 1; k < passes.length; k++) if (!left.includes(k)) ms = (passes[k] as Pass)(ms, u.text, u.tagged);
  return ms;
}
interface Doc {
  set: string;
  id: string;
  debuggable: boolean;
  units: Unit[];
  /** Names tp/fp/fn with the current pass list (debuggable documents only). */
  score?: () => Counts;
  baseScore?: Counts;
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const key = (m: EntityMention): string => `${m.blockId}:${m.start}:${m.end}:${m.type}`;
function bag(ms: readonly EntityMention[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of ms) out.set(key(m), (out.get(key(m)) ?? 0) + 1);
  return out;
}
/** The size of the multiset difference of two bags of mentions. */
function difference(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [k, c] of a) n += Math.abs(c - (b.get(k) ?? 0));
  for (const [k, c] of b) if (!a.has(k)) n += c;
  return n;
}

// The tagger once a text: recognise = corrections of the cached tagged mentions.
const taggedOf = new Map<string, EntityMention[]>();
let recording: Unit[] | null = null;
const cached: EntityRecogniser = {
  name: en.name,
  lang: 'en',
  recognise(blocks) {
    const k = blocks.map((b) => `${b.id}\u0001${b.text}`).join('\u0002');
    let tagged = taggedOf.get(k);
    if (!tagged) taggedOf.set(k, (tagged = en.tagged(blocks)));
    if (!recording) return en.corrections(blocks, tagged);
    const u = unitOf(blocks, tagged);
    recording.push(u);
    return u.states[u.states.length - 1] ?? [];
  },
};
const modelFor = (code: string): EntityRecogniser | null => (code === 'en' ? cached : recogniserFor(code));

const docs: Doc[] = [];
const started = Date.now();
const since = (): string => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// Lang-news: the English pages, analysed whole as `lede annotate --jsonl` analyses them.
for (const { gold, file } of langNewsGold(root)) {
  if (gold.lang !== 'en' || !gold.split.startsWith('en-')) continue;
  const { article } = extractArticle(loadDocument(readFileSync(file, 'utf8'), undefined), { url: null, force: true });
  const language = identifyLanguage(article);
  const run = (a: ArticleText): unknown =>
    analyse(a, { now, recogniser: modelFor(language.code), language, recogniserFor: modelFor });
  const units: Unit[] = [];
  recording = units;
  const first = run(article);
  recording = null;
  const debuggable = DEBUGGABLE.has(gold.split);
  const names = (analysis: unknown): Counts => {
    const n = scoreLangNews([{ gold, analysis }]).docs[0]?.names;
    return { tp: n?.tp ?? 0, fp: n?.fp ?? 0, fn: n?.fn ?? 0 };
  };
  const doc: Doc = { set: gold.split, id: gold.id, debuggable, units };
  if (debuggable && gold.names) {
    doc.baseScore = names(first);
    doc.score = () => names(run(article));
  }
  docs.push(doc);
}
console.error(`lang-news: ${docs.length} English pages (${since()})`);

// The names sets and the CoNLL-style sets: one block a text, as `lede ner` reads them.
interface Entity {
  start: number;
  end: number;
  type: string;
}
const CONLL: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', OTHER: 'MISC' };
function addText(set: string, id: string, text: string, debuggable: boolean, gold?: readonly Entity[]): void {
  const blocks: Block[] = [{ id: 0, kind: 'paragraph', text }];
  const tagged = en.tagged(blocks);
  const u = unitOf(blocks, tagged);
  const out = u.states[u.states.length - 1] ?? [];
  const doc: Doc = { set, id, debuggable, units: [u] };
  if (debuggable && gold) {
    const g = new Set(gold.map((e) => `${e.start}:${e.end}:${e.type}`));
    const names = (ms: readonly EntityMention[]): Counts => {
      const p = new Set(ms.map((m) => `${m.start}:${m.end}:${CONLL[m.type] ?? m.type}`));
      const tp = [...p].filter((k) => g.has(k)).length;
      return { tp, fp: p.size - tp, fn: g.size - tp };
    };
    doc.baseScore = names(out);
    doc.score = () => names(en.corrections(blocks, tagged));
  }
  docs.push(doc);
}
for (const split of ['train', 'dev', 'fresh', 'fresh2']) {
  const records = goldRecords(root, corpus, 'names', split);
  if (!records.length) continue;
  const lines = namesJsonl(records)
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string; entities: Entity[] });
  for (const l of lines) addText(`modern-${split}`, l.id, l.text, split === 'train', l.entities);
}
if (!args.includes('--no-conll'))
  for (const [set, name] of [
    ['conll-dev-detok', 'conll2003-dev.detok.jsonl'],
    ['conll-dev-tok', 'conll2003-dev.tok.jsonl'],
    ['wikigold', 'wikigold.detok.jsonl'],
  ] as const) {
    const file = resolve(corpus, 'ner', name);
    if (!existsSync(file)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .forEach((l, k) => {
        const d = JSON.parse(l) as { id?: string; text: string };
        addText(set, d.id || String(k), d.text, false);
      });
  }
const sets = [...new Set(docs.map((d) => d.set))];
console.error(`${docs.length} texts in ${sets.length} sets: ${sets.join(' ')} (${since()})`);

const f1 = (c: Counts): number => (2 * c.tp + c.fp + c.fn ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
const pooled = (get: (d: Doc) => Counts | undefined): Counts => {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const d of docs) {
    const s = get(d);
    if (!s) continue;
    c.tp += s.tp;
    c.fp += s.fp;
    c.fn += s.fn;
  }
  return c;
};
const baseF1 = f1(pooled((d) => d.baseScore));
console.log(
  `# all passes: pooled debuggable names F1 ${baseF1.toFixed(4)} ` +
    `(${docs.filter((d) => d.score).length} scored texts: en-train* pages with names, modern-train)`,
);
console.log(
  [
    '#',
    'pass',
    'file',
    'debug.pages',
    'debug.mentions',
    'measure.pages',
    'measure.mentions',
    'dF1(with-without)',
    'debug pages changed',
  ].join('\t'),
);
// Each pass alone, or (--together) the listed passes all at once, in one row.
const rows: number[][] = together
  ? [together.sort((a, b) => a - b)]
  : passes.map((_, i) => [i]).filter(([i]) => !only || only.has(i ?? -1));
for (const left of rows) {
  const list = passes.map((p, k) => (left.includes(k) ? identity : p));
  inner.englishPassList = list;
  const changed = { debug: [0, 0], measure: [0, 0] };
  const debugPages: string[] = [];
  const scores = new Map<Doc, Counts>();
  for (const d of docs) {
    let n = 0;
    for (const u of d.units) {
      const ms = without(u, left);
      if (ms) n += difference(u.base, bag(ms));
    }
    if (!n) continue;
    const side = d.debuggable ? changed.debug : changed.measure;
    side[0] = (side[0] ?? 0) + 1;
    side[1] = (side[1] ?? 0) + n;
    if (d.debuggable) {
      debugPages.push(`${d.id}(${n})`);
      if (d.score) scores.set(d, d.score());
    }
  }
  const f1Without = f1(pooled((d) => scores.get(d) ?? d.baseScore));
  const name = left.length === 1 ? nameOf(passes[left[0] ?? 0] as Pass) : `${left.length} passes together`;
  console.log(
    [
      left.join(','),
      name,
      left.length === 1 ? (fileOf.get(name) ?? '?') : '-',
      changed.debug[0],
      changed.debug[1],
      changed.measure[0],
      changed.measure[1],
      (baseF1 - f1Without).toFixed(4),
      debugPages.length <= 3 ? debugPages.join(' ') : `${debugPages.length} pages`,
    ].join('\t'),
  );
}
inner.englishPassList = passes;
console.error(`done (${since()})`);
