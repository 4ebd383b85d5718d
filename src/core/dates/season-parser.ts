/**
 * Seasons as news names them ("last fall", "this summer", "the winter of 1994", "since the
 * autumn"): a chrono parser that gives the season a TIMEX3 value (`2025-SU`), choosing the
 * year by the words before it, the tense of its clause and the publication date.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { referenceDay } from './calendar';
import { type HemisphereOption, SOUTHERN_MONTHS_OF } from './hemisphere';
import { FUTURE, PAST_WORD, PLANNED_BEFORE, THAT_WOULD, clauseTense, pastJustBefore } from './news-tense-refiner';
import { tagged } from './timex-tags';
import { modifierOf, SEASON_CODE, SEASON_MONTH } from './vocabulary';
import { WordBoundaryParser, type BoundedMatch } from './word-boundary-parser';

/** "last fall", "this summer", "the winter of 1994". */
export class SeasonParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return /(?:(this|last|next|the|early|late|mid-?)\s*)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:1[6-9]|20)\d{2}))?(?![\p{L}])/iu;
  }

  innerExtract(context: ParsingContext, match: BoundedMatch): ParsingResult | null {
    const [text, which, season, yearText] = match as unknown as [
      string,
      string | undefined,
      string,
      string | undefined,
    ];
    const w = which?.toLowerCase();
    // "fall" and "spring" are verbs too: a season needs a determiner or a year.
    if (!w && !yearText) return null;
    // "the fall of Saddam Hussein", "the spring of their discontent": a noun, not a season.
    if (!yearText && OF_NOT_YEAR.test(context.text.slice(match.index + text.length, match.index + text.length + 12)))
      return null;
    // "the spring equinox", "the winter meetings": a day or an event the season word names, not the season.
    if (!yearText && EVENT_AFTER.test(context.text.slice(match.index + text.length, match.index + text.length + 12)))
      return null;
    // "on the morning of the fall": a fall (an accident), not the autumn.
    if (
      /^fall$/iu.test(season) &&
      w === 'the' &&
      TIME_OF_BEFORE.test(context.text.slice(Math.max(0, match.index - 24), match.index))
    )
      return null;
    const ref = referenceDay(context);
    const said = SEASON_CODE[season.toLowerCase()] ?? 'SU';
    // On a southern page the year is chosen by the season's own months: its summer is December to
    // February, a northern winter's (hemisphere.ts); the value keeps the season said.
    const code = (context.option as HemisphereOption).southern ? (SOUTHERN_MONTHS_OF[said] ?? said) : said;
    // A season of year Y runs from month Y*12+start to Y*12+start+2 (winter from December).
    const start = SEASON_MONTH[code] ?? 6;
    const now = ref.year * 12 + ref.month;
    const before = context.text.slice(Math.max(0, match.index - TENSE_REACH), match.index);
    // ("markets expect another move by the summer": a deadline not told in the past looks ahead.)
    const ahead =
      FUTURE.test(before) ||
      PLAIN_WILL.test(before) ||
      THAT_WOULD.test(before) ||
      PLANNED_BEFORE.test(before) ||
      EXPECT_NOW.test(before) ||
      RETURNS.test(before.slice(-RETURNS_REACH)) ||
      (BY_BEFORE.test(before) && !pastInPhrase(before)) ||
      (BEFORE_BEFORE.test(before) && !pastInPhrase(before, true));
    let year = yearText ? Number(yearText) : ref.year;
    // "last winter": the last one over; "next winter": the first to begin after the reference.
    // (A season that ended this year is still "last" year's, as TimeBank reads "a strike that
    // began last spring" in October 1989: 1988-SP.)
    if (!yearText && w === 'last')
      // (In December, "last summer" is this year's: this year's spring, summer and fall are over;
      // "since last spring", in August, counts from the spring just over, and "until last
      // summer", in November, runs up to it; in November, the spring and the summer are over too:
      // "their return was first rumoured last summer" is this year's; in the month after its end,
      // "the road opened only last spring", in June, is the spring just over.)
      year =
        code === 'WI'
          ? Math.ceil((now - start - 2) / 12) - 1
          : ref.month === 12 ||
              (ref.month === 11 && start + 2 < ref.month) ||
              now === ref.year * 12 + start + 3 ||
              (SINCE_BEFORE.test(before) && now > ref.year * 12 + start + 2)
            ? year
            : year - 1;
    else if (!yearText && w === 'next') year = Math.floor((now - start) / 12) + 1;
    else if (!yearText && code === 'WI') {
      // "this winter" in February is the one that began in December; "the winter" of a
      // September story is the last one, or the coming one when the words look ahead.
      // In November, "the winter" not told in the past is the coming one ("the rain has settled
      // in for the winter").
      if (ref.month <= 2) year -= 1;
      else if (
        ref.month < 12 &&
        !(w === 'this' || ahead) &&
        !(ref.month === 11 && w === 'the' && clauseTense(context.text, match.index, match.index + text.length) >= 0)
      )
        year -= 1;
    } else if (!yearText && w !== 'this' && ahead && now > ref.year * 12 + start + 2) {
      // "goes on sale in the summer", in a November story: this year's is over, so next year's.
      year += 1;
    } else if (
      !yearText &&
      w !== 'this' &&
      !ahead &&
      ref.month < start &&
      (SINCE_BEFORE.test(before) ||
        pastJustBefore(perfectsJoined(context.text), match.index) ||
        (clauseTense(withoutReporting(perfectsJoined(context.text)), match.index, match.index + text.length) < 0 &&
          !MEANT.test(context.text.replace(ACCORDING_TO, ''))))
    ) {
      // "warned since the fall", "we did it for most of the autumn", in a January story: this
      // year's has not begun, so the one past (not in a sentence that reports what was said or
      // meant: "announced that the pool reopens in the summer").
      year -= 1;
    }
    const value = `${year}-${said}`;
    return tagged(context, match.index, text, value, {}, 'DATE', modifierOf(w));
  }
}

/** "of" after a season, and no year after it. */
const OF_NOT_YEAR =
  /^\s{1,3}of\s{1,3}(?!(?:19|20)\d{2}(?!\p{N})|(?:this|last|next|that)\s{1,3}year|nineteen|twenty|two thousand)/iu;
/** A noun after the season word that makes it a day's or an event's name ("equinox", "solstice", "meetings"). */
const EVENT_AFTER = /^\s{1,3}(?:equinox|solstice|meetings)(?![\p{L}])/iu;
/** A time of day or an hour "of" just before "the fall" ("the morning of the fall", "the night of the fall"). */
const TIME_OF_BEFORE = /(?<![\p{L}])(?:morning|afternoon|evening|night|day|hours?|moment|time)\s{1,3}of\s{1,3}$/iu;
/** A plain word of the future anywhere before a season ("will update its forecast every Friday through the spring"). */
const PLAIN_WILL = /(?<![\p{L}])(?:will|shall)(?![\p{L}])|['’]ll(?![\p{L}])/iu;
/** Words of a sentence that tells what was meant, where a verb in the past does not date a season. */
const MEANT = /(?<![\p{L}])(?:would|could|to)(?![\p{L}])/iu;
/**
 * Words of reporting: a verb in the past that tells when something was said, not when what was
 * said happened ("announced that the pool reopens in the summer"; but "told analysts that
 * customers who stocked up in the spring had spent …" is told in the past all the same).
 */
const REPORTING = /(?<![\p{L}])(?:said|says|told|announced|reported|confirmed)(?![\p{L}])/giu;
/** A perfect with an adverb between its auxiliary and its verb ("have also started"). */
const PERFECT_ADVERB = /(?<![\p{L}])(has|have|['’]ve)\s(also|already|just|now|again|finally|recently)\s(?=\p{Ll})/giu;
/**
 * The sentence with each such adverb put before the auxiliary, same length ("also have started"):
 * a present perfect is no past ("Auction markets have also started the autumn strongly", said the
 * day before a southern autumn: this autumn, not last year's).
 */
const perfectsJoined = (text: string): string =>
  text.replace(PERFECT_ADVERB, (_all, aux: string, adverb: string) => `${adverb} ${aux} `);
/** The sentence with its words of reporting blanked (same length: the season keeps its place). */
const withoutReporting = (text: string): string => text.replace(REPORTING, (w) => ' '.repeat(w.length));
/** "according to figures": a source, not what was meant. */
const ACCORDING_TO = /(?<![\p{L}])according to(?![\p{L}])/giu;
/**
 * What someone expects, in the present ("we expect a real recovery in the spring"; not "expected"):
 * a season still to come.
 */
const EXPECT_NOW = /(?<![\p{L}])expects?(?![\p{L}])[^.;"”]{0,50}$/iu;
/** A present that schedules a return ("Restaurant Week returns in the spring"). */
const RETURNS = /(?<![\p{L}])(?:returns|reopens|resumes|comes back)(?![\p{L}])/iu;
/** How far before a season (characters) a return is looked for (the text is one sentence). */
const RETURNS_REACH = 40;
/**
 * "since" just before a season ("since the summer"), or "until" ("worked there until last
 * spring"): a spell counted from, or running up to, the season just over.
 */
const SINCE_BEFORE = /(?<![\p{L}])(?:since|until|till)\s{1,3}$/iu;
/**
 * Whether a verb in the past stands in the phrase before a season: back to a comma or a
 * semicolon, or, `fromQuote`, an opening quotation mark too ("called on both sides to \"return to
 * the table before": the quoted words' own).
 */
function pastInPhrase(before: string, fromQuote = false): boolean {
  PAST_WORD.lastIndex = 0;
  let from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  if (fromQuote) from = Math.max(from, before.lastIndexOf('"'), before.lastIndexOf('“'));
  return PAST_WORD.test(before.slice(from + 1));
}
/** "before" just before a season ("a plan well before the winter"): a deadline, ahead unless its phrase is past. */
const BEFORE_BEFORE = /(?<![\p{L}])before\s{1,3}(?:the\s{1,3})?$/iu;
/** "by" just before a season ("another move by the summer"): a deadline. */
const BY_BEFORE = /(?<![\p{L}])by\s{1,3}$/iu;
/** How far before a season (characters) the words that put it in the future are looked for. */
const TENSE_REACH = 60;
