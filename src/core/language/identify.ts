/**
 * Which language an article is in, and how that was decided: the page's own declaration
 * (`lang`, `Content-Language`, `og:locale`, JSON-LD; `ArticleMeta.lang`) checked against the
 * text itself, read by Chrome's detector when the extension passes its reading, else by
 * tinyld (detect.ts). A declaration the text bears out, or one the detector cannot check,
 * stands; a declaration the text plainly contradicts (a template's `lang="en"` on a German
 * story) gives way to the text; a page that declares nothing is read from its text. Blocks
 * long enough to tell that are plainly in another language than the article are listed, so
 * no model reads a language it was not made for.
 */
import type { ArticleLanguage, ArticleText, Block, LanguageReading } from '../types';
import { DETECTABLE, detectTextLanguage } from './detect';
import { primaryLanguage } from './languages';

/** Letters of text below which the detector's reading does not overrule a declaration. */
const MIN_LETTERS_TO_OVERRULE = 200;
/** How sure the detector must be to overrule a declaration. */
const MIN_CONFIDENCE = 0.8;
/** A block is checked for another language only when it is this long (characters). */
const MIN_BLOCK_CHARS = 80;
/**
 * Blocks checked at most, and the characters of each read: the detector costs a few
 * milliseconds a call whatever the length, so a long article's opening blocks are checked
 * (where a quoted speech or a box in another language usually sits), not all of them.
 */
const MAX_BLOCKS_CHECKED = 12;
const BLOCK_SAMPLE_CHARS = 400;

const letters = (text: string): number => {
  let n = 0;
  for (const ch of text) if (/\p{L}/u.test(ch)) n++;
  return n;
};

/** The article's text as the detector reads it: title and body, opening first. */
function sampleOf(article: ArticleText): string {
  const parts = [article.meta.title ?? '', ...article.blocks.map((b) => b.text)];
  let out = '';
  for (const p of parts) {
    if (out.length > 3000) break;
    out += (out ? '\n' : '') + p;
  }
  return out;
}

/**
 * The article's language. `hint` is another detector's reading of the same text (Chrome's,
 * in the extension); without it, tinyld reads the text.
 */
export function identifyLanguage(article: ArticleText, hint?: LanguageReading | null): ArticleLanguage {
  const declared = primaryLanguage(article.meta.lang);
  const sample = sampleOf(article);
  const reading: LanguageReading | null =
    hint && hint.lang !== 'und' ? hint : withDetector(detectTextLanguage(sample), 'tinyld');
  const detected = reading ? primaryLanguage(reading.lang) : null;
  const canCheck = reading?.detector !== 'tinyld' || (declared !== null && DETECTABLE.has(declared));
  const base = { declared, detected, detector: reading?.detector ?? null };
  let result: ArticleLanguage;
  if (declared && (!detected || detected === declared || !canCheck)) {
    result = { code: declared, method: detected === declared ? 'declared-confirmed' : 'declared', ...base };
  } else if (
    declared &&
    detected &&
    (reading?.confidence ?? 0) >= MIN_CONFIDENCE &&
    letters(sample) >= MIN_LETTERS_TO_OVERRULE
  ) {
    result = { code: detected, method: 'detected-over-declared', ...base };
  } else if (declared) {
    result = { code: declared, method: 'declared', ...base };
  } else if (detected) {
    result = { code: detected, method: 'detected', ...base };
  } else {
    result = { code: 'und', method: 'unknown', ...base };
  }
  const others = otherLanguageBlocks(article.blocks, result.code, latinShare(sample));
  if (others.length) result.otherBlocks = others;
  return result;
}

function withDetector(r: { lang: string; confidence: number } | null, detector: 'tinyld'): LanguageReading | null {
  return r ? { ...r, detector } : null;
}

/** The share of an article's letters that are Latin (0..1; 1 without letters). */
function latinShare(text: string): number {
  let latin = 0;
  let all = 0;
  for (const ch of text.slice(0, 2000)) {
    if (!/\p{L}/u.test(ch)) continue;
    all++;
    if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  return all ? latin / all : 1;
}

/**
 * Long blocks the detector reads surely as another language than `code`: by a wide margin,
 * or by a fair one when the block is written in another script than the article (an English
 * paragraph on an Arabic page).
 */
function otherLanguageBlocks(
  blocks: readonly Block[],
  code: string,
  articleLatin: number,
): { blockId: number; lang: string }[] {
  if (code === 'und' || !DETECTABLE.has(code)) return [];
  const out: { blockId: number; lang: string }[] = [];
  let checked = 0;
  for (const b of blocks) {
    if (b.text.length < MIN_BLOCK_CHARS) continue;
    if (++checked > MAX_BLOCKS_CHECKED) break;
    const sample = b.text.slice(0, BLOCK_SAMPLE_CHARS);
    const r = detectTextLanguage(sample);
    if (!r || r.lang === code || letters(sample) < MIN_BLOCK_CHARS / 2) continue;
    const otherScript = Math.abs(latinShare(sample) - articleLatin) > 0.5;
    if (r.confidence >= (otherScript ? 0.6 : 0.9)) out.push({ blockId: b.id, lang: r.lang });
  }
  return out;
}
