/**
 * Every regular expression that runs on page text, checked for catastrophic backtracking
 * with recheck (a ReDoS checker): the literals in `src/` (found by parsing the code, so a
 * new one is checked the day it is written), the patterns built at run time (each listed
 * here: a new `new RegExp` fails the count until it is), the patterns of Lede's chrono
 * parsers and of chrono's own, and Readability's. Lede's own must all be safe. chrono's
 * polynomial ones run on at most MAX_DATE_CHUNK characters at a time: their attack strings,
 * grown tenfold through the date stage, must not make its time per character grow.
 *
 * recheck takes up to seconds a pattern, so verdicts are kept in regex-verdicts.json by the
 * exact pattern and flags; a pattern that is new or changed is checked afresh (and the file
 * updated with LEDE_UPDATE_REGEX_VERDICTS=1).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { afterAll, describe, expect, test } from 'vitest';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { parser, recogniseDates } from '../../src/core/dates/chrono-dates';
import { CHRONO_LOCALE_LANGUAGES, localeParser } from '../../src/core/dates/locale-chrono';
import { LocaleYearParser, PolishDateParser, PolishWeekdayParser } from '../../src/core/dates/locale-parsers';
import { WordBoundaryParser } from '../../src/core/dates/word-boundary-parser';
import {
  LEADING_LANGUAGES,
  PART_LANGUAGES,
  SPAN_LANGUAGES,
  leadingWords,
  partBefore,
  spanPattern,
} from '../../src/core/dates/locale-refiners';
import { DATELINE_PART, STARTS_WITH_DATE } from '../../src/article/block-filter';
import { AFTER_DAY_LANGUAGES, afterDayPattern } from '../../src/core/dates/locale-times';
import { BARE_DATE } from '../../src/article/boilerplate';
import { WHEN, YEAR_END_VERB_AFTER } from '../../src/core/dates/fiscal-year';
import {
  BY_ONE_YEAR,
  OURS,
  STATED_END,
  STATED_START,
  YEAR_BEGINS,
  YEAR_OF_WEEKS,
} from '../../src/core/dates/fiscal-names';
import { CONTACT_WRITER, INTRODUCED, REACHED } from '../../src/article/metadata/author-bio';
import { PRODUCT_PATTERNS } from '../../src/core/entities/misc-products';
import { ANY_BODY_LINK } from '../../src/core/entities/org-body-links';
import { ANY_COMPOUND } from '../../src/core/entities/misc-compounds-more';
import { ANY_SUFFIX } from '../../src/core/entities/org-plc';
import { ANY_NOUN, NOUN_BEFORE } from '../../src/core/entities/org-studio-nouns';
import { PREFIX_BEFORE } from '../../src/core/entities/misc-vessels';
import { expectLinear } from '../helpers/growth';

process.env['RECHECK_BACKEND'] ??= 'native';

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: 'polynomial' | 'exponential';
  attack?: { pumps: { prefix: string; pump: string }[]; suffix: string };
}

const VERDICTS = 'tests/hardening/regex-verdicts.json';
const cache: Record<string, Verdict> = JSON.parse(readFileSync(VERDICTS, 'utf8')) as Record<string, Verdict>;
const used: Record<string, Verdict> = {};
const key = (p: { source: string; flags: string }): string =>
  createHash('sha1').update(`${p.flags}/${p.source}`).digest('hex');

function verdictOf(p: { source: string; flags: string }): Verdict {
  const k = key(p);
  let v = cache[k];
  if (!v) {
    const d = checkSync(p.source, p.flags, { timeout: 10_000 });
    v =
      d.status === 'vulnerable'
        ? {
            status: 'vulnerable',
            complexity: d.complexity.type,
            attack: {
              pumps: d.attack.pumps.map((x) => ({ prefix: x.prefix, pump: x.pump })),
              suffix: d.attack.suffix,
            },
          }
        : { status: d.status === 'safe' ? 'safe' : 'unknown' };
  }
  used[k] = v;
  return v;
}

afterAll(() => {
  if (process.env['LEDE_UPDATE_REGEX_VERDICTS'])
    writeFileSync(
      VERDICTS,
      '{\n' +
        Object.entries(used)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
          .join(',\n') +
        '\n}\n',
    );
});

const describeVerdict = (v: Verdict): string => (v.status === 'vulnerable' ? `${v.complexity}` : v.status);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Regular-expression literals and `new RegExp(` call sites of every source file. A literal a
 * parser's `innerPattern` returns runs only behind the left boundary its base class adds
 * (without it, "\d+" may start inside a number, which recheck rightly calls polynomial): it
 * is checked whole, as chrono runs it, with the parsers below.
 */
function scan(): { literals: Pattern[]; dynamic: string[]; inner: string[] } {
  const literals: Pattern[] = [];
  const dynamic: string[] = [];
  const inner: string[] = [];
  for (const file of sourceFiles('src')) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node, inInner: boolean): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText();
        const end = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        if (inInner) inner.push(`${file}:${line}`);
        else literals.push({ where: `${file}:${line}`, source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (ts.isNewExpression(n) && n.expression.getText() === 'RegExp') {
        dynamic.push(file);
      }
      const entersInner = ts.isMethodDeclaration(n) && n.name.getText() === 'innerPattern';
      ts.forEachChild(n, (c) => visit(c, inInner || entersInner));
    };
    visit(sf, false);
  }
  return { literals, dynamic, inner };
}

/** The text of an attack grown to about `n` characters. */
function attackText(attack: NonNullable<Verdict['attack']>, n: number): string {
  const unit = attack.pumps.reduce((k, p) => k + p.pump.length, 0) || 1;
  const times = Math.max(1, Math.ceil(n / unit));
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + attack.suffix;
}

const { literals, dynamic, inner } = scan();

/**
 * Patterns built at run time, by file. Those not listed as patterns are built from a name
 * with every special character escaped (isAuthorBio), or are chrono parsers' patterns
 * (checked with the parsers below).
 */
const BUILT: [file: string, patterns: RegExp[]][] = [
  ['src/article/block-filter.ts', [DATELINE_PART, STARTS_WITH_DATE]],
  ['src/article/block-filter.ts', []],
  ['src/article/block-filter.ts', []],
  ['src/article/block-filter.ts', []],
  ['src/article/boilerplate.ts', [BARE_DATE]],
  // A writer's name in an author box or a closing contact line.
  ['src/article/metadata/author-bio.ts', [INTRODUCED, CONTACT_WRITER, REACHED]],
  ['src/article/metadata/author-bio.ts', []],
  ['src/article/metadata/author-bio.ts', []],
  ['src/core/dates/news-parsers.ts', []],
  ['src/core/dates/news-parsers.ts', []],
  // The locale parsers' patterns are checked whole with the locale parsers below.
  ['src/core/dates/locale-parsers.ts', []],
  ['src/core/dates/locale-parsers.ts', []],
  ['src/core/dates/locale-parsers.ts', []],
  ['src/core/dates/locale-months.ts', []],
  ['src/core/dates/locale-months.ts', []],
  ['src/core/dates/locale-months.ts', []],
  ['src/core/dates/locale-months.ts', []],
  ['src/core/dates/locale-relative.ts', []],
  ['src/core/dates/locale-relative.ts', []],
  ['src/core/dates/locale-relative.ts', []],
  ['src/core/dates/locale-relative.ts', []],
  ['src/core/dates/locale-relative.ts', []],
  ['src/core/dates/locale-refiners.ts', LEADING_LANGUAGES.map((l) => leadingWords(l) as RegExp)],
  ['src/core/dates/locale-refiners.ts', SPAN_LANGUAGES.map((l) => spanPattern(l) as RegExp)],
  ['src/core/dates/locale-refiners.ts', PART_LANGUAGES.map((l) => partBefore(l) as RegExp)],
  ['src/core/dates/locale-seasons.ts', []],
  ['src/core/dates/locale-seasons.ts', []],
  ['src/core/dates/locale-seasons.ts', []],
  ['src/core/dates/locale-times.ts', []],
  ['src/core/dates/locale-times.ts', AFTER_DAY_LANGUAGES.map((l) => afterDayPattern(l) as RegExp)],
  ['src/core/dates/word-boundary-parser.ts', []],
  // A chrono parser's pattern (the month names joined), checked with the parsers below.
  ['src/core/dates/month-weekend-parser.ts', []],
  // A chrono parser's pattern (the weekday and month names joined), checked with the parsers below.
  ['src/core/dates/month-nth-day-parser.ts', []],
  // A chrono parser's pattern (the month names joined), checked with the parsers below.
  ['src/core/dates/year-to.ts', []],
  // The fiscal year's verb and day after its name, and the parser's own pattern (checked with chrono's parsers).
  ['src/core/dates/fiscal-year.ts', [YEAR_END_VERB_AFTER]],
  ['src/core/dates/fiscal-year.ts', [WHEN]],
  ['src/core/dates/fiscal-year.ts', []],
  ['src/core/dates/fiscal-names.ts', [OURS]],
  ['src/core/dates/fiscal-names.ts', [STATED_END]],
  ['src/core/dates/fiscal-names.ts', []],
  // A fiscal year's first day, a year of weeks, and a year named by one calendar year.
  ['src/core/dates/fiscal-names.ts', [STATED_START]],
  ['src/core/dates/fiscal-names.ts', [YEAR_BEGINS]],
  ['src/core/dates/fiscal-names.ts', [YEAR_OF_WEEKS]],
  ['src/core/dates/fiscal-names.ts', [BY_ONE_YEAR]],
  // The product, work and award cues of the names' corrections.
  ['src/core/entities/misc-products.ts', [...PRODUCT_PATTERNS]],
  // The cheap checks built from their passes' own lists.
  ['src/core/entities/org-body-links.ts', [ANY_BODY_LINK]],
  ['src/core/entities/misc-compounds-more.ts', [ANY_COMPOUND]],
  ['src/core/entities/org-plc.ts', [ANY_SUFFIX]],
  ['src/core/entities/org-studio-nouns.ts', [ANY_NOUN, NOUN_BEFORE]],
  ['src/core/entities/org-studio-nouns.ts', []],
  ['src/core/entities/misc-vessels.ts', [PREFIX_BEFORE]],
  ['src/core/entities/misc-products.ts', []],
  ['src/core/entities/misc-products.ts', []],
  ['src/core/entities/misc-products.ts', []],
  ['src/core/entities/misc-products.ts', []],
];

describe("Lede's own regular expressions", () => {
  test('the scan finds every literal and every `new RegExp` (a new one must be listed in BUILT)', () => {
    expect(literals.length).toBeGreaterThan(200);
    expect(dynamic.sort()).toEqual(BUILT.map(([file]) => file).sort());
  });

  test('no literal in src/ can backtrack without bound', () => {
    const bad = literals.map((r) => [r.where, describeVerdict(verdictOf(r))]).filter(([, v]) => v !== 'safe');
    expect(bad).toEqual([]);
  }, 300_000);

  test('nor any pattern built at run time', () => {
    const built = BUILT.flatMap(([, patterns]) => patterns);
    expect(built.length).toBeGreaterThan(2);
    const bad = built
      .map((r) => [r.source.slice(0, 40), describeVerdict(verdictOf(r))])
      .filter(([, v]) => v !== 'safe');
    expect(bad).toEqual([]);
  }, 300_000);
});

/** A parser's pattern: as chrono asks for it (`whole`), or without the boundary its base class adds. */
function patternOf(p: object, whole = false): RegExp | null {
  const context = { option: {}, refDate: new Date(0), reference: { instant: new Date(0) } };
  const q = p as { innerPattern?: (c: unknown) => RegExp; pattern?: (c: unknown) => RegExp };
  return (whole ? null : q.innerPattern?.(context)) ?? q.pattern?.(context) ?? null;
}

describe('chrono, as Lede configures it', () => {
  /** Lede's parsers come first in its configuration; the rest are chrono's own. */
  const OURS = 15;
  const parsers = parser().parsers.map((p, i) => ({ i, pattern: patternOf(p, i < OURS) }));

  test("Lede's own parsers are all safe", () => {
    const ours = parsers.slice(0, OURS);
    // Every inner pattern the scan set aside belongs to one of these.
    expect(inner.length).toBeGreaterThan(0);
    expect(inner.length).toBeLessThanOrEqual(OURS);
    expect(ours.every((p) => p.pattern)).toBe(true);
    const bad = ours.map((p) => [p.i, describeVerdict(verdictOf(p.pattern as RegExp))]).filter(([, v]) => v !== 'safe');
    expect(bad).toEqual([]);
  }, 300_000);

  test("chrono's own: none exponential, and the polynomial ones do not make the date stage grow faster than the text", () => {
    const theirs = parsers.slice(OURS).filter((p) => p.pattern);
    const verdicts = theirs.map((p) => verdictOf(p.pattern as RegExp));
    expect(verdicts.filter((v) => v.complexity === 'exponential')).toEqual([]);
    const attacks = verdicts.flatMap((v) => (v.attack ? [v.attack] : []));
    // chrono 2.10 has five; if an upgrade fixes them, this test has nothing left to do.
    expect(attacks.length).toBeGreaterThan(0);
    const ref = { instant: new Date('2024-06-01T12:00:00Z'), timezoneOffset: 0 };
    for (const attack of attacks) {
      expectLinear(
        (n) => attackText(attack, n),
        (text) => recogniseDates([{ id: 0, kind: 'paragraph', text }], ref),
        10_000,
        4,
      );
    }
  }, 300_000);
});

describe('chrono in the other languages, as Lede configures it', () => {
  const ref = { instant: new Date('2024-06-01T12:00:00Z'), timezoneOffset: 0 };

  test("Lede's locale parsers are all safe, in every language", () => {
    const ours = [
      ...[...CHRONO_LOCALE_LANGUAGES, 'pl', 'cs'].map((l) => new LocaleYearParser(l)),
      new PolishDateParser(),
      new PolishWeekdayParser(),
      // Months, decades, centuries and relative dates (locale-months.ts, locale-relative.ts).
      ...[...CHRONO_LOCALE_LANGUAGES, 'pl'].flatMap((l) =>
        (localeParser(l)?.parsers ?? []).filter(
          (p): p is WordBoundaryParser => p instanceof WordBoundaryParser && !(p instanceof LocaleYearParser),
        ),
      ),
    ];
    const bad = ours
      .map((p) => [p.pattern().source.slice(0, 60), describeVerdict(verdictOf(p.pattern()))])
      .filter(([, v]) => v !== 'safe');
    expect(bad).toEqual([]);
  }, 300_000);

  test.each(CHRONO_LOCALE_LANGUAGES)(
    "chrono's %s parsers: none exponential, the polynomial ones linear through the date stage",
    (lang) => {
      const patterns = (localeParser(lang)?.parsers ?? [])
        .filter((p) => !(p instanceof LocaleYearParser))
        .map((p) => patternOf(p, true))
        .filter((p): p is RegExp => !!p);
      expect(patterns.length).toBeGreaterThan(3);
      const verdicts = patterns.map((p) => verdictOf(p));
      expect(verdicts.filter((v) => v.complexity === 'exponential')).toEqual([]);
      for (const attack of verdicts.flatMap((v) => (v.attack ? [v.attack] : [])))
        expectLinear(
          (n) => attackText(attack, n),
          (text) => recogniseDates([{ id: 0, kind: 'paragraph', text }], ref, lang),
          // Five times MAX_DATE_CHUNK, grown tenfold: a pattern that escaped the cap would be
          // ten times slower per character; 10,000 took over half a minute on zh alone.
          3_000,
          4,
        );
    },
    600_000,
  );
});

describe("Readability's", () => {
  test('none exponential', () => {
    const regexps = (
      new Readability(new JSDOM('<p>x</p>').window.document) as unknown as {
        REGEXPS: Record<string, RegExp>;
      }
    ).REGEXPS;
    const patterns = Object.values(regexps);
    expect(patterns.length).toBeGreaterThan(10);
    const exponential = patterns
      .map((r) => [r.source.slice(0, 40), verdictOf(r)] as const)
      .filter(([, v]) => v.complexity === 'exponential');
    expect(exponential).toEqual([]);
  }, 300_000);
});
