/**
 * A quarter written by its code ("Q4", "Q1 2026", "For Q4, the company expects…", "Closings fell 4%
 * in Q1", "Q2 GDP"): that quarter (TIMEX3 `2025-Q4`). Without a year, the publication year's, or
 * last year's when it has not begun yet and the clause does not look ahead ("the first estimate of
 * Q4 growth comes out Thursday", in January: last year's fourth quarter). A code without its year is
 * read in a sentence of figures only (sales, growth, GDP, a share of a hundred, an amount): elsewhere
 * "Q2" may be a game's period or a product. The lang-news guidelines write these codes as the quarter
 * (en-89, en-99, en-145, en-453).
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { referenceDay } from './calendar';
import { FUTURE, clauseTense } from './news-tense-refiner';
import { tagged } from './timex-tags';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';

/** A plan or a forecast in the clause ("expects", "will"): the quarter ahead. */
const LOOKS_AHEAD =
  /(?<![\p{L}])(?:will|would|plans?|expects?|expected|aims?|forecasts?|guidance|outlook)(?![\p{L}])/iu;
/** A maker's model named by a code ("Audi Q3", "the Q4 e-tron"): no quarter. */
const MODEL_BEFORE = /(?<![\p{L}])audi\s{1,3}$/iu;
const MODEL_AFTER = /^\s{0,3}(?:e-tron|sportback|quattro|tfsi|tdi)/iu;
/** Figures in the sentence: a quarter of accounts or of the economy. */
const FIGURES =
  /(?<![\p{L}])(?:earnings|revenues?|sales|profits?|loss|results|gdp|growth|economy|inflation|subscribers|shipments|deliveries|output|forecasts?|guidance|percent|billion|million)(?![\p{L}])|[$€£¥₹]\s?\d|\d\s?%/iu;
/** How far before the code (characters) the clause is read. */
const CLAUSE_REACH = 60;

export class QuarterCodeParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    // Upper case only: "q1" in a word or a handle is no quarter.
    return /Q([1-4])(?:\s{1,3}((?:19|20)\d{2}))?(?![\p{L}\p{N}])/u;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, digit = '1', yearText] = match;
    const before = context.text.slice(Math.max(0, match.index - CLAUSE_REACH), match.index);
    const after = context.text.slice(match.index + text.length, match.index + text.length + 20);
    if (MODEL_BEFORE.test(before) || MODEL_AFTER.test(after)) return null;
    const n = Number(digit);
    if (yearText) return tagged(context, match.index, text, `${yearText}-Q${n}`, { year: Number(yearText) });
    if (!FIGURES.test(context.text)) return null;
    const ref = referenceDay(context);
    const current = Math.ceil(ref.month / 3);
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
    const ahead =
      FUTURE.test(before) ||
      LOOKS_AHEAD.test(clause) ||
      clauseTense(context.text, match.index, match.index + text.length) > 0;
    const year = n > current && !ahead ? ref.year - 1 : ref.year;
    return tagged(context, match.index, text, `${year}-Q${n}`);
  }
}
