/**
 * The base of Lede's chrono parsers, after chrono's `AbstractParserWithWordBoundaryChecking`:
 * a subclass gives the pattern of its expression (`innerPattern`) and reads a match of it
 * (`innerExtract`); the base puts a left boundary before the pattern (no letter or digit
 * just before: "week" not in "midweek", "1998" not in "A1998") and builds the whole
 * pattern once. Unlike chrono's `(\W|^)` the boundary is a lookbehind: it takes no
 * character, so a match's index and groups are the inner pattern's own. An expression that
 * wants a wider or narrower boundary overrides `patternLeftBoundary`.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';

/** A match of a parser's pattern, with its index (chrono always sets it). */
export type BoundedMatch = RegExpMatchArray & { index: number };

export abstract class WordBoundaryParser implements Parser {
  private cachedPattern: RegExp | undefined;

  /** The expression without its left boundary (no global or sticky flag: the pattern is reused). */
  abstract innerPattern(): RegExp;

  /** The result a match names, or null when it is no date after all. */
  abstract innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null;

  /** What may not stand just before the expression: a letter or a digit. */
  patternLeftBoundary(): string {
    return '(?<![\\p{L}\\p{N}])';
  }

  pattern(): RegExp {
    if (!this.cachedPattern) {
      const inner = this.innerPattern();
      this.cachedPattern = new RegExp(`${this.patternLeftBoundary()}(?:${inner.source})`, inner.flags);
    }
    return this.cachedPattern;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    return this.innerExtract(context, Object.assign(match, { index: match.index ?? 0 }));
  }
}
