/**
 * The entity model's training data: CoNLL-2003 (jsonl of {id, text, entities}) and the train
 * half of Lede's own modern-news gold (eval/gold/names: offsets into the corpus text of
 * ../shared/corpus, read in place through scripts/eval/corpus-docs.mjs, never copied), our
 * tokenisation's gold labels for them, deterministic shuffling, and case augmentation
 * (sentences recased to Title Case or ALL CAPS, as headings and headlines are written); and
 * the Spanish and Dutch news articles with name gold written for training (eval/gold/
 * lang-news-train, guidelines/lang-news-train.md: their text is ours and in the file).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusDoc, corpusFolder } from '../eval/corpus-docs.mjs';
import { beginOf, CONLL_TYPES, O } from '../../src/core/entities/model/labels';
import { sentencesOf } from '../../src/core/entities/model-recogniser';

export interface GoldDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string }[];
}

export const readJsonl = (file: string): GoldDoc[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);

interface NamesGoldFile {
  id: string;
  sha256?: string;
  split: 'train' | 'dev';
  entities: [number, number, string][];
}

/**
 * Documents of Lede's modern-news names gold in one split, with the corpus text they point
 * into (`corpus` is ../shared/corpus: `sh-*`/`rd-*` pages' reference text, `pl-*` pages as the
 * pinned Readability reads them, the same text the evaluation scores). Throws when the corpus
 * text has changed.
 */
export function modernGold(goldDir: string, corpus: string, split: 'train' | 'dev'): GoldDoc[] {
  if (!existsSync(goldDir)) return [];
  const out: GoldDoc[] = [];
  for (const f of readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(resolve(goldDir, f), 'utf8')) as NamesGoldFile;
    if (gold.split !== split) continue;
    const text = corpusText(corpus, gold.id);
    if (text === undefined) continue;
    if (gold.sha256 && createHash('sha256').update(text).digest('hex') !== gold.sha256)
      throw new Error(`${f}: the corpus text has changed`);
    out.push({ id: gold.id, text, entities: gold.entities.map(([start, end, type]) => ({ start, end, type })) });
  }
  return out;
}

/** A gold document's text in the corpus, or undefined where the corpus lacks the page. */
function corpusText(corpus: string, id: string): string | undefined {
  if (!existsSync(resolve(corpus, corpusFolder(id), id, 'expected.json'))) return undefined;
  return corpusDoc(corpus, id).text;
}

/** The train-only documents of the names gold (`names-train-only` in eval/gold/sets.json). */
export function trainOnlyIds(setsFile: string): string[] {
  if (!existsSync(setsFile)) return [];
  const list = (JSON.parse(readFileSync(setsFile, 'utf8')) as Record<string, unknown>)['names-train-only'];
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Whether a modern train document is held apart to choose the number of epochs (about one
 * in four, fixed by a hash of its id), so that the dev half is never used for choosing.
 */
export const heldApart = (id: string): boolean =>
  parseInt(createHash('sha256').update(`lede-ner-epochs-v1|${id}`).digest('hex').slice(0, 8), 16) % 4 === 0;

/** Deterministic shuffling (mulberry32). */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rand = random(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A deterministic generator of numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LabelledDoc {
  words: string[][];
  labels: Uint8Array[];
  misaligned: number;
}

/** Gold labels for our own tokenisation of the text (a token takes the entity it starts in). */
export function goldLabels(doc: GoldDoc, lang = 'en'): LabelledDoc {
  const sentences = sentencesOf([{ id: 0, kind: 'paragraph', text: doc.text }], lang);
  let misaligned = 0;
  const labels = sentences.map((s) =>
    Uint8Array.from(
      s.tokens.map((t) => {
        const e = doc.entities.find((x) => t.start >= x.start && t.start < x.end);
        if (!e) return O;
        if (t.end > e.end) misaligned++;
        const type = CONLL_TYPES.indexOf(e.type as (typeof CONLL_TYPES)[number]) + 1;
        return t.start === e.start ? beginOf(type) : beginOf(type) + 1;
      }),
    ),
  );
  return { words: sentences.map((s) => s.tokens.map((t) => t.text)), labels, misaligned };
}

/** Short words Title Case leaves in lower case. */
const TITLE_LOWER = new Set('a an the of in on at to for and or but by with from as vs nor'.split(' '));

/** A sentence as a Title Case heading writes it ("Strategic Partnership Deepens"). */
export function titleCased(words: readonly string[]): string[] {
  return words.map((w, i) => {
    if (i > 0 && TITLE_LOWER.has(w.toLowerCase())) return w.toLowerCase();
    const first = w.charAt(0);
    return first.toUpperCase() + w.slice(first.length);
  });
}

/** A sentence in ALL CAPS. */
export const upperCased = (words: readonly string[]): string[] => words.map((w) => w.toUpperCase());

export interface AugmentOptions {
  /** Share of sentences recased to Title Case. */
  title: number;
  /** Share of sentences recased to ALL CAPS. */
  upper: number;
  seed: number;
}

/**
 * A copy of the document with some sentences recased (Mayhew et al. 2019, "ner and pos when
 * nothing is capitalized": mixing recased copies into the training data makes a tagger
 * robust to casing at little cost on cased text). The sentences stay in their document, so
 * the tagger learns to read a recased sentence with the casing evidence of the rest, as it
 * reads a heading above its story. Labels are unchanged; sentences of fewer than three
 * words stay as they are.
 */
export function recased(doc: LabelledDoc, options: AugmentOptions): LabelledDoc {
  const rand = random(options.seed);
  const words = doc.words.map((s) => {
    const r = rand();
    if (s.length < 3) return s;
    if (r < options.title) return titleCased(s);
    if (r < options.title + options.upper) return upperCased(s);
    return s;
  });
  return { ...doc, words };
}

/** A full stop and space inside a name, before a capitalised word ("Castilla. León"). */
const STOP_INSIDE = /\. (?=\p{Lu})/gu;

/**
 * CoNLL-2002 Spanish writes a full stop where its names had a joining word ("Junta de
 * Castilla. León", "Ministerio de Agricultura, Pesca. Alimentación": 434 names of train):
 * a sentence splitter ends the sentence there, so the name's words after the stop begin a
 * sentence with an inside label, which teaches the tagger what no text shows. For training,
 * such names get their joining word back ("Castilla y León"), the offsets of everything after
 * moved along; the dev file that chooses the epochs is read as it is.
 */
export function joinedNames(doc: GoldDoc): GoldDoc {
  const edits: number[] = [];
  for (const e of doc.entities)
    for (const m of doc.text.slice(e.start, e.end).matchAll(STOP_INSIDE)) edits.push(e.start + (m.index ?? 0));
  if (!edits.length) return doc;
  edits.sort((a, b) => a - b);
  // ". " (two code units) becomes " y " (three): each edit moves what follows by one.
  const shift = (offset: number): number => offset + edits.filter((at) => at < offset).length;
  let text = '';
  let from = 0;
  for (const at of edits) {
    text += `${doc.text.slice(from, at)} y `;
    from = at + 2;
  }
  text += doc.text.slice(from);
  return { ...doc, text, entities: doc.entities.map((e) => ({ ...e, start: shift(e.start), end: shift(e.end) })) };
}

/**
 * CoNLL-2002 Spanish has two ways with a name in quotation marks: its train file's first
 * half leaves the marks out (270 names), its second half and its dev file keep them in
 * ('"El Brezo"': 192 names of train, 77 of the 79 of dev). The tagger learns names without
 * them (as the first half, and as English: a mark's token cannot tell an opening mark from
 * a closing one, and a tagger taught to take them runs names on into the quotes after
 * them: dev 0.7637 -> 0.7544); the Spanish model's reading then gives a name the marks
 * around it (model-recogniser.ts).
 */
export function unquotedNames(doc: GoldDoc): GoldDoc {
  const { text } = doc;
  const quoted = (e: GoldDoc['entities'][number]): boolean =>
    e.end - e.start > 2 && text[e.start] === '"' && text[e.end - 1] === '"';
  if (!doc.entities.some(quoted)) return doc;
  return {
    ...doc,
    entities: doc.entities.map((e) => {
      if (!quoted(e)) return e;
      let start = e.start + 1;
      let end = e.end - 1;
      while (text[start] === ' ') start++;
      while (end > start && text[end - 1] === ' ') end--;
      return { ...e, start, end };
    }),
  };
}

/** CoNLL's name types, as the lang-news-train documents write them. */
const NEWS_TYPES = new Set<string>(CONLL_TYPES);

/**
 * What scripts/gold/check-lang-news-train.ts says of one lang-news-train document, [] when it
 * passes: an `<en|es|nl>-t<NN>` id and its language, a headline and paragraphs (a blank line
 * between them), both readings recorded, and every name a known type whose span is its text,
 * in order and not overlapping.
 */
export function langNewsTrainProblems(doc: unknown): string[] {
  const d = (doc ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  if (!/^(?:en|es|nl)-t\d+$/.test(typeof d['id'] === 'string' ? d['id'] : ''))
    problems.push('id must be <en|es|nl>-t<NN>');
  if (d['lang'] !== 'en' && d['lang'] !== 'es' && d['lang'] !== 'nl') problems.push('lang must be en, es or nl');
  const text = d['text'];
  if (typeof text !== 'string' || !text.includes('\n\n'))
    problems.push('text: headline and paragraphs separated by blank lines');
  if (!Array.isArray(d['readers']) || d['readers'].length < 2) problems.push('readers: both readings');
  if (!Array.isArray(d['names'])) return [...problems, 'names: a list'];
  let last = -1;
  for (const n of d['names'] as Record<string, unknown>[]) {
    const { start, end, type } = n;
    if (typeof type !== 'string' || !NEWS_TYPES.has(type))
      problems.push(`bad type ${String(type)} for "${String(n['text'])}"`);
    if (typeof start !== 'number' || typeof end !== 'number' || typeof text !== 'string') {
      problems.push(`"${String(n['text'])}": no span`);
      continue;
    }
    if (text.slice(start, end) !== n['text'])
      problems.push(`span ${start}-${end} is "${text.slice(start, end)}", not "${String(n['text'])}"`);
    if (start < last) problems.push(`"${String(n['text'])}" at ${start} overlaps or is out of order`);
    last = end;
  }
  return problems;
}

/**
 * The lang-news-train documents of one language (`dir` is eval/gold/lang-news-train), in file
 * order, as gold for training: the text is the document's own (headline, then paragraphs),
 * read by `goldLabels` with the language, as CoNLL text is. A file that fails the checker's
 * rules (`langNewsTrainProblems`) is left out, and `warn` says which and why.
 */
export function langNewsTrain(
  dir: string,
  lang: string,
  warn: (message: string) => void = (m) => console.warn(m),
): GoldDoc[] {
  if (!existsSync(dir)) return [];
  const out: GoldDoc[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f.startsWith(`${lang}-`))
    .sort()) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(resolve(dir, f), 'utf8'));
    } catch (e) {
      warn(`lang-news-train ${f}: LEFT OUT, not JSON (${(e as Error).message})`);
      continue;
    }
    const problems = langNewsTrainProblems(doc);
    const d = doc as { id: string; lang: string; text: string; names: GoldDoc['entities'] };
    if (!problems.length && d.lang !== lang) problems.push(`lang ${d.lang} in a ${lang} file`);
    if (problems.length) {
      warn(`lang-news-train ${f}: LEFT OUT of training, ${problems.length} problem(s): ${problems.join('; ')}`);
      continue;
    }
    out.push({ id: d.id, text: d.text, entities: d.names.map(({ start, end, type }) => ({ start, end, type })) });
  }
  return out;
}

interface PageGoldFile {
  id: string;
  lang: string;
  split: string;
  sha256: string;
  names?: { start: number; end: number; type: string; text: string }[];
}

/**
 * The English news pages written by us (tests/fixtures/pages/lang-news/en-N.html) whose gold
 * (eval/gold/lang-news/en-N.json, guidelines/lang-news.md "Names on the English pages") holds
 * names and whose split may train (`en-train*`; the `en-fresh*` pages only measure), as gold
 * for training. `textOf` gives the text Lede extracts from a page (the article's blocks joined
 * by a blank line, the text the gold points into); a page whose text no longer matches its
 * gold's sha256, or whose spans do not read their text, is left out and `warn` says why.
 */
export function langNewsPages(
  goldDir: string,
  textOf: (id: string) => string | undefined,
  warn: (message: string) => void = (m) => console.warn(m),
): GoldDoc[] {
  if (!existsSync(goldDir)) return [];
  const out: GoldDoc[] = [];
  const files = readdirSync(goldDir)
    .filter((f) => /^en-\d+\.json$/.test(f))
    .sort((a, b) => Number(a.slice(3, -5)) - Number(b.slice(3, -5)));
  for (const f of files) {
    const gold = JSON.parse(readFileSync(resolve(goldDir, f), 'utf8')) as PageGoldFile;
    if (!gold.names || !gold.split.startsWith('en-train')) continue;
    const text = textOf(gold.id);
    if (text === undefined || createHash('sha256').update(text).digest('hex') !== gold.sha256) {
      warn(`lang-news ${gold.id}: LEFT OUT of training, its extracted text no longer matches the gold`);
      continue;
    }
    const bad = gold.names.filter((n) => text.slice(n.start, n.end) !== n.text);
    if (bad.length) {
      warn(`lang-news ${gold.id}: LEFT OUT of training, ${bad.length} name span(s) do not read their text`);
      continue;
    }
    out.push({ id: gold.id, text, entities: gold.names.map(({ start, end, type }) => ({ start, end, type })) });
  }
  return out;
}
