/**
 * The command line: the same article and analysis code as the extension, in Node, on
 * saved pages (jsdom stands in for the browser's document).
 *
 *   lede annotate page.html [--url URL] [--format text|md|json] [--now ISO]
 *   lede extract --jsonl < pages.jsonl > out.jsonl     ({file, url} per line)
 *   lede ner [--lang es] < docs.jsonl > out.jsonl      ({id, text, dct?, lang?} per line)
 *
 * The evaluation (`npm run eval`) drives `extract` and `ner`; their line formats are the
 * contract in docs/evaluation.md.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadDocument } from './load-document';
import { analyse, readingTime } from '../core/analyse';
import { countWords } from '../core/segment/tokens';
import { recogniseDates } from '../core/dates/chrono-dates';
import { formatCard } from '../core/report/format-card';
import { leadSentences } from '../core/summary/lead';
import { readTextContext } from '../core/context/text-context';
import type { Block, EntityType } from '../core/types';
import { extractArticle } from '../article/extract';
import { recogniserFor } from './model';
import { identifyLanguage } from '../core/language/identify';
import { primaryLanguage } from '../core/language/languages';
import type { ArticleText } from '../core/types';
import { errorMessage } from '../shared/error-message';

const USAGE = `usage:
  lede annotate PAGE.html [--url URL] [--format text|md|json] [--now ISO-DATE]
  lede annotate --jsonl < pages.jsonl   (lines of {"file", "url"?, "now"?, "body"?}; out: {file, analysis, lead})
  lede extract --jsonl  < pages.jsonl   (lines of {"file", "url"})
  lede ner [--lang L]   < docs.jsonl    (lines of {"id", "text", "dct"?, "lang"?}; default language: en)`;

class UsageError extends Error {}

/** Where the command line reads its --jsonl lines and writes its output and its errors. */
export interface CliIo {
  input: NodeJS.ReadableStream;
  out(text: string): void;
  err(text: string): void;
}

/** The process's own standard input, output and error. */
export const processIo: CliIo = {
  // Read only when a command reads lines: opening stdin earlier could hold the process open.
  get input() {
    return process.stdin;
  },
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Runs one command; the exit status: 0 done, 1 failed, 2 a usage error. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'annotate':
        return await annotate(rest, io);
      case 'extract':
        return await extractJsonl(io);
      case 'ner':
        return await nerJsonl(rest, io);
      case undefined:
      case '-h':
      case '--help':
        io.out(`${USAGE}\n`);
        return command ? 0 : 2;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lede: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    io.err(`lede: ${errorMessage(e)}\n`);
    return 1;
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(i, 2);
  return v;
}

export { loadDocument } from './load-document';

function annotate(argv: string[], io: CliIo): number | Promise<number> {
  const args = [...argv];
  if (args.includes('--jsonl')) return annotateJsonl(io);
  const url = option(args, '--url');
  const format = option(args, '--format') ?? 'text';
  const nowArg = option(args, '--now');
  const force = args.includes('--force');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new UsageError('annotate takes one page');
  if (!['text', 'md', 'json'].includes(format)) throw new UsageError(`unknown format "${format}"`);
  const now = nowArg ? new Date(nowArg) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now: not a date: ${nowArg}`);
  const doc = loadDocument(readFileSync(files[0] as string, 'utf8'), url);
  const { article } = extractArticle(doc, { url: url ?? null, force });
  const analysis = analyseInLanguage(article, now);
  io.out(format === 'json' ? JSON.stringify(analysis, null, 2) + '\n' : formatCard(analysis, format as 'text' | 'md'));
  return 0;
}

/**
 * `lede annotate --jsonl`: one page a line in ({file, url?, now?}), one line out per page:
 * {file, analysis, lead} (lead: the article's first sentences, as many as the summary has: the
 * baseline the evaluation sets beside it), or {file, error}. With `body` (the article's clean
 * text, paragraphs a line each) the lead is that text's first sentences, not those of Lede's
 * extraction, which may open with page furniture ("Order Reprints", "Image 1 of 13", a byline)
 * no reader counts as the article's opening.
 */
async function annotateJsonl(io: CliIo): Promise<number> {
  for await (const rec of jsonLines(io.input)) {
    const file = String(rec['file'] ?? '');
    const url = typeof rec['url'] === 'string' ? rec['url'] : undefined;
    const now = typeof rec['now'] === 'string' ? new Date(rec['now']) : new Date();
    const body = typeof rec['body'] === 'string' ? rec['body'] : null;
    let out: Record<string, unknown>;
    try {
      const doc = loadDocument(readFileSync(file, 'utf8'), url);
      const { article } = extractArticle(doc, { url: url ?? null, force: true });
      const analysis = analyseInLanguage(article, now);
      const shown = analysis.summary.length + (analysis.description ? 1 : 0);
      const lang = analysis.language?.code;
      const opening = body === null ? analysis.blocks : bodyBlocks(body);
      out = { file, analysis, lead: leadSentences(opening, shown, lang).map((s) => s.text) };
    } catch (e) {
      out = { file, error: e instanceof Error ? e.message : String(e) };
    }
    io.out(JSON.stringify(out) + '\n');
  }
  return 0;
}

/** A clean article text as blocks: a paragraph a line. */
function bodyBlocks(body: string): Block[] {
  return body
    .split('\n')
    .filter((t) => t.trim())
    .map((text, id) => ({ id, kind: 'paragraph', text }));
}

/** The article read in the language it is identified in, by that language's model if Lede has one. */
function analyseInLanguage(article: ArticleText, now: Date): ReturnType<typeof analyse> {
  const language = identifyLanguage(article);
  return analyse(article, { now, recogniser: recogniserFor(language.code), language, recogniserFor });
}

async function* jsonLines(input: NodeJS.ReadableStream): AsyncGenerator<Record<string, unknown>> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    yield JSON.parse(line) as Record<string, unknown>;
  }
}

async function extractJsonl(io: CliIo): Promise<number> {
  for await (const rec of jsonLines(io.input)) {
    const file = String(rec['file'] ?? '');
    const url = typeof rec['url'] === 'string' ? rec['url'] : undefined;
    let out: Record<string, unknown>;
    try {
      const doc = loadDocument(readFileSync(file, 'utf8'), url);
      const { article } = extractArticle(doc, { url: url ?? null });
      const { meta } = article;
      const body = article.blocks.filter((b) => b.kind !== 'caption');
      const wordCount = body.reduce((n, b) => n + countWords(b.text), 0);
      out = {
        file,
        isArticle: article.isArticle,
        title: meta.title,
        byline: meta.byline.length ? meta.byline.join(', ') : null,
        authors: meta.byline,
        publishedTime: meta.publishedTime,
        modifiedTime: meta.modifiedTime,
        siteName: meta.siteName,
        lang: meta.lang,
        dir: meta.dir,
        leadImage: meta.leadImage,
        reason: article.reason,
        headings: body.filter((b) => b.kind === 'heading').map((b) => b.text),
        captions: article.blocks.filter((b) => b.kind === 'caption').map((b) => b.text),
        wordCount,
        readingTime: readingTime(wordCount),
        sources: meta.sources,
        // The body text: captions are blocks of their own, not part of it.
        text: body.map((b) => b.text).join('\n'),
      };
    } catch (e) {
      out = { file, error: errorMessage(e) };
    }
    io.out(JSON.stringify(out) + '\n');
  }
  return 0;
}

const CONLL_TYPES: Record<EntityType, string> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', OTHER: 'MISC' };

/**
 * `lede ner`: names, dates, quotes and roles of plain texts. The language is the line's
 * `lang`, else `--lang`, else English; names only where Lede has a model for it (none
 * otherwise), quotes and roles in English only. Each output line carries the language.
 */
async function nerJsonl(argv: string[], io: CliIo): Promise<number> {
  const args = [...argv];
  const defaultLang = primaryLanguage(option(args, '--lang') ?? 'en') ?? 'en';
  for await (const rec of jsonLines(io.input)) {
    const text = String(rec['text'] ?? '');
    const lang = primaryLanguage(typeof rec['lang'] === 'string' ? rec['lang'] : null) ?? defaultLang;
    const blocks = [{ id: 0, kind: 'paragraph' as const, text }];
    const dct = typeof rec['dct'] === 'string' ? Date.parse(rec['dct']) : NaN;
    const recogniser = recogniserFor(lang);
    const mentions = recogniser ? recogniser.recognise(blocks) : [];
    const entities = mentions.map((m) => ({ start: m.start, end: m.end, type: CONLL_TYPES[m.type] }));
    const reference = { instant: Number.isNaN(dct) ? new Date() : new Date(dct), timezoneOffset: 0 };
    const timex = recogniseDates(blocks, reference, lang).map((d) => ({
      start: d.start,
      end: d.end,
      type: d.type,
      value: d.value,
    }));
    // Who said what and who is who, speakers and people named as the text names them fullest.
    const { quotes, roles } = lang === 'en' ? readTextContext(text, mentions) : { quotes: [], roles: [] };
    io.out(JSON.stringify({ id: rec['id'], lang, entities, timex, quotes, roles }) + '\n');
  }
  return 0;
}
