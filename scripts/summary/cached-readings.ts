/**
 * The summary reference pages of one split read once by the command line and cached, as the
 * summary tools read them (fit-weights.ts fits the weights on train, try-split.ts measures a
 * split by genre): each page's candidate sentences and feature records (`readForSummary`), so a
 * weight vector is tried by rerunning only the choice among them (`chooseSentences`), and a
 * choice's fact coverage against the lead's, as the evaluation scores it (scripts/eval.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldRecords } from '../eval/gold-sets.mjs';
import { factCoverage, hasKey, type Fact } from '../eval/score-summaries.mjs';
import { chooseSentences, readForSummary, type SummaryReading } from '../../src/core/summary/extractive';
import { leadSentences } from '../../src/core/summary/lead';
import type { ScoredCandidate } from '../../src/core/summary/features';
import type { Weights } from '../../src/core/summary/weights';
import type { Analysis, Block } from '../../src/core/types';

/** The project's folder, whose bin/lede.mjs reads the pages. */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared corpus the gold points into. */
const corpus = resolve(process.env['LEDE_CORPUS'] ?? join(root, '..', 'shared', 'corpus'));

export interface SummaryGold {
  id: string;
  genre: string;
  facts: Fact[];
}

/** One document: its reading, what is shown above the summary, and how its lead is read. */
export interface Doc {
  id: string;
  genre: string;
  facts: Fact[];
  description: string;
  reading: SummaryReading | null;
  opening: readonly Block[];
  lang: string | undefined;
  /** Lede's summary as the command line gave it (to check that the reading reproduces it). */
  given: string[];
  /** Coverage of the lead (facts, key groups), by its number of sentences. */
  leads: Map<number, [number, number]>;
  /** Coverage (facts, key groups) and words of a choice, by the chosen sentences' places. */
  seen: Map<string, [number, number, number]>;
}

/** A clean article text as blocks, a paragraph a line (as `lede annotate --jsonl` reads `body`). */
const bodyBlocks = (body: string): Block[] =>
  body
    .split('\n')
    .filter((t) => t.trim())
    .map((text, id) => ({ id, kind: 'paragraph', text }));

export const countWords = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The pages of `split` read by the command line (bin/lede.mjs), cached in the file `cache`. */
export function loadDocs(split: string, cache: string): Doc[] {
  const records = goldRecords<SummaryGold>(root, corpus, 'summaries', split);
  if (!existsSync(cache)) {
    const input = records
      .map((r) =>
        JSON.stringify({ file: r.file, url: r.url ?? undefined, body: r.folder === 'articles' ? r.text : undefined }),
      )
      .join('\n');
    const run = spawnSync(process.execPath, [join(root, 'bin', 'lede.mjs'), 'annotate', '--jsonl'], {
      input,
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`lede annotate failed: ${run.stderr}`);
    writeFileSync(cache, run.stdout);
  }
  const byFile = new Map<string, { analysis?: Analysis }>();
  for (const line of readFileSync(cache, 'utf8').split('\n'))
    if (line.trim()) {
      const o = JSON.parse(line) as { file: string; analysis?: Analysis };
      byFile.set(o.file, o);
    }
  return records.map(({ gold, file, folder, text }) => {
    const analysis = byFile.get(file)?.analysis;
    if (!analysis) throw new Error(`no analysis for ${gold.id}`);
    const lang = analysis.language?.code;
    const { meta } = analysis;
    // As analyse.ts calls the summariser (summaryOptions): the dates that are points in time.
    const dates = analysis.dates.filter((d) => (d.type === 'DATE' || d.type === 'TIME') && !d.present);
    const description = analysis.description ?? null;
    const reading = readForSummary(analysis.blocks, analysis.entities, {
      shown: description,
      meta: { url: meta.url, title: meta.title, section: meta.section, schemaTypes: meta.schemaTypes },
      dates,
      lang,
    });
    return {
      id: gold.id,
      genre: gold.genre,
      facts: gold.facts,
      description: description ?? '',
      reading,
      opening: folder === 'articles' ? bodyBlocks(text) : analysis.blocks,
      lang,
      given: analysis.summary.map((s) => s.text),
      leads: new Map(),
      seen: new Map(),
    };
  });
}

/**
 * A document's margin over the lead, the figure an ascent climbs, and the summary's words, under
 * `w`. `soft`, when given, is a second coverage (fit-weights' `--soft`): the goal is then the mean
 * of the margin and the margin by it (a document's figures are cached by its choice: pass `soft`
 * always or never for one set of documents). `scorer`, when given, ranks instead of `w`'s dot product.
 */
export function scoreDoc(
  doc: Doc,
  w: Weights,
  soft?: (text: string, facts: readonly Fact[]) => number,
  scorer?: (record: ScoredCandidate) => number,
): Figure {
  const chosen = doc.reading ? chooseSentences(doc.reading, w, scorer) : [];
  const key = chosen.map((s) => `${s.blockId}:${s.start}`).join(' ');
  let hit = doc.seen.get(key);
  if (!hit) {
    const text = [doc.description, ...chosen.map((s) => s.text)].join(' ').trim();
    hit = [factCoverage(text, doc.facts), soft ? soft(text, doc.facts) : 0, countWords(text)];
    doc.seen.set(key, hit);
  }
  const n = chosen.length + (doc.description ? 1 : 0);
  let lead = doc.leads.get(n);
  if (lead === undefined) {
    const text = leadSentences(doc.opening, n, doc.lang)
      .map((s) => s.text)
      .join(' ');
    lead = [factCoverage(text, doc.facts), soft ? soft(text, doc.facts) : 0];
    doc.leads.set(n, lead);
  }
  const margin = hit[0] - lead[0];
  return { margin, goal: soft ? (margin + hit[1] - lead[1]) / 2 : margin, words: hit[2] };
}

export interface Figure {
  margin: number;
  /** What the ascent climbs: the margin, or with `--soft` its mean with the softer margin. */
  goal: number;
  words: number;
}

/** The share of a fact's key groups a text carries, averaged over the facts (fit-weights' `--soft`). */
export function groupCoverage(text: string, facts: readonly Fact[]): number {
  if (!facts.length) return 0;
  let sum = 0;
  for (const f of facts) sum += f.keys.filter((group) => group.some((k) => hasKey(text, k))).length / f.keys.length;
  return sum / facts.length;
}

/** The pages of several splits (`a,b,c`), each cached in `${prefix}${split}.jsonl`. */
export function loadSplits(splits: readonly string[], prefix: string): Map<string, Doc[]> {
  return new Map(splits.map((s) => [s, loadDocs(s, `${prefix}${s}.jsonl`)]));
}

/** The blind splits, the folds of leave-one-set-out. */
export const BLIND_SPLITS = ['blind', 'blind2', 'blind3', 'blind4', 'blind5'] as const;
