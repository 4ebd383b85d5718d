/**
 * A weekday or a month named without a year, resolved as news means it. News looks back: a
 * weekday is the most recent one and a month the nearest one, unless the words just before
 * it, or the tense of its sentence, speak of the future ("will meet on Friday", "Intel will
 * ship the chip in March") or plainly of the past ("last February").
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, MS_PER_DAY, referenceDay, weekday as weekdayOf, type Ymd } from './calendar';
import { textBefore } from './refiners';
import { isOurs } from './timex-tags';
import { CLAUSE_REACH, clauseEnd, clauseStart, nearestCue } from './clause';

/** How far before a weekday or a month (characters) the words that put it in the past or future are looked for. */
const TENSE_REACH = 60;
/**
 * Words before a month that look ahead or back from the time the sentence speaks of: a
 * deadline ("by February", "through January"), a new date ("moved to January") or a stretch
 * that runs to it ("a pay raise starting in January", "a bill running into February", "the
 * three months ending in June"), or an old date a meeting was brought forward from ("brought
 * forward from November"), or a deadline in a part of it ("agreed to trade numbers by the first
 * week of January"); the month is the nearest one, whatever the tense.
 */
const DEADLINE =
  /\b(?:(?:by|through|until|till|before)(?:\sthe\s(?:first|second|third|last|final)\s(?:week|weekend|days?)\sof)?|effective|payable|(?:starting|beginning|ending|(?:running|stretching|lasting) into)(?: in)?|(?:moved|postponed|delayed|pushed(?: back)?|rescheduled|deferred) (?:to|until|till|into)|(?:brought|pulled|moved) (?:forward|up) from)\s+$/iu;
/**
 * A thing put off, named between the verb and "to" ("pushed the launch of its cards to", "delayed
 * the album to"): the month after is one still to come (the ninth English set). Without a thing
 * between ("moved to January") DEADLINE takes the nearest month.
 */
const PUT_OFF_TO =
  /(?<![\p{L}])(?:pushed|delayed|postponed|deferred|rescheduled|pushing|delaying|postponing)(?:\s(?:back|out))?\s(?!to\s|until\s|into\s)(?:[^\s,.;:!?]{1,25}\s){1,10}(?:to|until|into)\s{1,3}$/iu;
/** An old date something was brought forward from ("brought forward from November"). */
const MOVED_FROM = /(?<![\p{L}])(?:brought|pulled|moved) (?:forward|up) from\s+$/iu;
/** A deadline expected or due ("is expected by", "is due before"): what is to come. */
const EXPECTED_BY =
  /(?<![\p{L}])(?:expected|due|scheduled|slated)\s(?:by|before)\s(?:the\s)?(?:(?:end|start|beginning|middle)\sof\s)?$/iu;
/** A weekday's deadline ("before Monday's deadline"): still to come, unless it passed or was missed. */
const DEADLINE_AFTER = /^['’]s\s(?:filing\s|voting\s)?deadline(?![\p{L}])/iu;
const DEADLINE_GONE = /(?<![\p{L}])(?:missed|passed|after|since|met|extended)\s(?:the\s)?$/iu;
/** A weekday's event that would or will happen ("Friday's update would be smaller", not "would have"). */
const POSSESSIVE_AHEAD =
  /^['’]s\s(?:[\p{L}-]{1,20}\s){1,2}(?:would|will|is\s(?:expected|due|set)\sto)(?!\s{1,3}have)(?![\p{L}])/iu;
/** A participle that opens something on a weekday ("a pre-sale opening on", "starting on"). */
const PARTICIPLE_ON = /(?<![\p{L}])(?:opening|starting|beginning|launching|kicking\soff)\s(?:on\s)?$/iu;
/** A statement or a result expected on a weekday ("with a joint statement expected on Monday"). */
const EXPECTED_ON = /(?<![\p{L}])expected\s(?:on\s)?$/iu;
/** A month just before, and the word that joins it to the next ("February or "). */
const OTHER_MONTH =
  /(?<![\p{L}])(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:or|and|to) $/iu;
/** A month without a day is placed on its middle day to compare it with the publication date. */
const MID_MONTH = 15;
/** The day "early" in a month is placed on ("early December"). */
const EARLY_MONTH = 5;
/**
 * How far a month said in the future may lie before the publication date and still be this
 * year's ("will report in June", on 20 June), and one said in the past after it.
 */
const MONTH_GRACE_MS = 15 * MS_PER_DAY;

/** How far ahead of publication a month and day told in the past may lie and stay ahead. */
const PAST_DAY_AHEAD_MS = 120 * MS_PER_DAY;
/** How far ahead of publication a month and day told in the past stays ahead whatever the words before it. */
const PAST_DAY_NEAR_MS = 7 * MS_PER_DAY;
/**
 * Words just before a month and day that look ahead from a past clause ("extended its offer to
 * Nov. 20", "subpoenaed him to testify on Feb. 10", "a vote set for", "postponed until").
 */
const LOOKS_AHEAD_BEFORE =
  /(?<![\p{L}])(?:to|until|till|through|by|before|after|from|due|set|scheduled|slated|planned|postponed|moved|delayed|pushed|deferred|expected|next|would|could|deadline|effective|payable|starting|beginning|opens?|begins?|starts?)(?![\p{L}])[^.;]{0,30}$/iu;
/** A participle after an article or a preposition ("in limited release", "a revised plan"). */
const PARTICIPLE_AFTER = /(?<![\p{L}])(?:an?|the|its|their|his|her|in|on|of|with|for)\s\p{Ll}{2,}ed(?![\p{L}])/gu;
/** A comma or a colon: what stands after it may be told in another tense. */
const PHRASE_BREAK = /[,:–—]/gu;

/**
 * Whether a verb in the past stands before `index` in the same phrase (back to a comma or the
 * clause's start): "and touched its low for the year on", not "hosts the Lakers on" nor ", opens
 * in limited release … and expands wide on".
 */
export function pastJustBefore(text: string, index: number): boolean {
  return hasPastVerb(phraseBefore(text, index));
}

/**
 * The phrase before `index` (back to a comma or the clause's start), its participles after an
 * article or a preposition left out ("in limited release", "a revised plan": no verbs).
 */
function phraseBefore(text: string, index: number): string {
  const clause = text.slice(clauseStart(text, index), index);
  let from = 0;
  PHRASE_BREAK.lastIndex = 0;
  for (let m = PHRASE_BREAK.exec(clause); m; m = PHRASE_BREAK.exec(clause)) from = m.index + 1;
  return clause.slice(from).replace(PARTICIPLE_AFTER, '');
}

/** Whether `text` holds a verb in the past, regular ("filed") or irregular ("won"). */
function hasPastVerb(text: string): boolean {
  PAST_WORD.lastIndex = 0;
  PAST_IRREGULAR.lastIndex = 0;
  return PAST_WORD.test(text) || PAST_IRREGULAR.test(text);
}
/**
 * A plan that names a month or a season, told in the past or not ("was originally dated for
 * January", "had been pencilled in for the fall", "had been scheduled to run through Jan. 3", "due
 * to take effect in January, had cut"): what it names is still to come when the story is told.
 */
export const PLANNED_BEFORE =
  /(?<![\p{L}])(?:(?:dated|slated|scheduled|planned|pencil{1,2}ed\sin|earmarked|set|due)\sfor|(?:slated|scheduled|planned|set|due)\sto\s\p{Ll}{2,12}(?:\s\p{Ll}{2,12})?\s(?:in|on|through|until|till|by|from))\s(?:the\s)?$/iu;
/**
 * "last season" or "last year" earlier in the clause, with no comma between ("Last season they
 * beat Ohio at home before losing the final on Jan. 17", "which last year drew 90,000 people over
 * a weekend in August"): a month told of a time gone, last year's for "last year".
 */
const LAST_PERIOD = /(?<![\p{L}])last\s(season|year)(?![\p{L}])/giu;
/** What ends a phrase between "last season" and a month. */
const PHRASE_END = /[,;:.!?]/u;

/** "season" or "year" of the last "last season" or "last year" in `before` with no break after it, else null. */
function lastPeriodBefore(before: string): string | null {
  let found: RegExpExecArray | null = null;
  LAST_PERIOD.lastIndex = 0;
  for (let m = LAST_PERIOD.exec(before); m; m = LAST_PERIOD.exec(before)) found = m;
  if (!found || PHRASE_END.test(before.slice(found.index))) return null;
  return (found[1] ?? '').toLowerCase();
}
/** A later event that overtook a plan, just after its date ("… on Nov. 6 before he changed his plea"). */
const PLAN_OVERTAKEN = /^,?\s(?:before|until|but|when)\s/iu;
/** How far back in its sentence (characters) "last season" or "last year" is looked for. */
const SENTENCE_REACH = 240;
/** A comma between digits ("90,000"). */
const NUMBER_COMMA = /(\d),(?=\d)/gu;
/** A plan for a spell that runs up to a date or starts at it ("scheduled to run through", "due to take effect in"). */
const RUN_PLANNED =
  /(?<![\p{L}])(?:(?:slated|scheduled|set|due)\sto\s(?:run|last|continue|stay\sopen)\s(?:through|until|till)|due\sto\s(?:take|come\sinto)\seffect\s(?:in|on|from))\s(?:the\s)?$/iu;
/** How far ahead of publication a plan's month told in the past stays ahead. */
const PLAN_AHEAD_MS = 270 * MS_PER_DAY;
/** "and" or "but" just after a month: what follows is another verb's ("in October and will coach"). */
const AND_AFTER = /^,?\s(?:and|but)\s/u;
/** How far ahead of publication a month said in a past clause is taken for last year's. */
const FAR_AHEAD_MS = 183 * MS_PER_DAY;
/**
 * Words just before a date that put it in the future ("will meet on Friday"), with the
 * present that schedules ("the show opens to the public on Friday", "goes on sale in the
 * summer"), and a plan told in the past ("said they planned to hold a vigil on Wednesday"; not
 * "had planned to", a plan given up).
 */
export const FUTURE =
  /(?:(?<![\p{L}\p{N}])(?:will|won['’]t|shall|going to|plans? to|planned for|(?<!had )planned to|scheduled(?: for)?|schedule for|expects? to|expected to|planning to|(?:is|are) to|as soon as|set (?:to|for)|due|next(?! to(?![\p{L}]))|upcoming|coming|tomorrow|until|till|begins?|starts?|opens|kicks? off|concludes|go(?:es)? on (?:general |public )?sale|hits? (?:stores|shelves|theaters|theatres)|premieres)|['’]ll)(?![\p{L}\p{N}])[^.;"”]{0,40}$/iu;
/** How many days ahead the first weekday may be that "next" with its name passes over. */
const NEXT_WEEKDAY_NEAR = 3;
/** A clock time before "next", "last" or "this" and a day ("2 p.m. next Sunday"). */
const TIME_BEFORE_DAY = /^\d{1,2}(?:[:.]\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)\s(?:on\s)?(?=(?:next|last|this)\s)/u;
/** A clock time, noon or midday on a weekday ("4pm on Monday", "midday on Thursday"). */
const CLOCK_ON_DAY = /^(?:\d{1,2}(?:[:.]\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)|noon|midday)\son\s\p{L}+day$/u;
/**
 * A weekday and a part of its day, with its clock time or not ("Thursday night", "Sunday afternoon
 * at 3 p.m."): chrono reads the part as casual, and the whole is a weekday all the same.
 */
const WEEKDAY_PART =
  /^\p{L}+day\s(?:morning|afternoon|evening|night)(?:\sat\s\d{1,2}(?:[:.]\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)?)?$/u;
/** "this" and a weekday, not "this past" ("this Saturday", "this Friday night"). */
const THIS_WEEKDAY = /^this\s(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![\p{L}])/u;
/** "by" or "before" just before a date: a deadline. */
const BY_BEFORE = /(?<![\p{L}])(?:by|before)\s$/iu;
/** "by" just before a weekday: a deadline ("make up your mind by Sunday"). */
const BY_ONLY_BEFORE = /(?<![\p{L}])by\s$/iu;
/** A past perfect: the sentence tells a deadline as over. */
const HAD = /(?<![\p{L}])had(?![\p{L}])/iu;
/**
 * A present that schedules an end ("its fiscal year ends on Dec. 30", "the offer expires in
 * March", "the holidays began on Saturday and end on Dec 31", "the hut closes April 30", "the
 * period runs until March 31"), not the noun ("the end on") nor what was to end ("was supposed to
 * end Friday").
 */
const ENDS_ON =
  /(?<![\p{L}])(?<!(?:the|its|their|an?|to|not|did|didn['’]t)\s)(?:ends?|expires?|closes|(?:runs|lasts)\s(?:until|till|through))\s(?:on\s|in\s|at\s)?$/iu;
/**
 * A present that runs to a date ("the championships, which began on Tuesday and run until
 * Saturday", "the market, which runs alongside the festival until Friday"): ahead, whatever the
 * past beside it; not "had run until", nor "ran until".
 */
const RUNS_UNTIL =
  /(?<![\p{L}])(?<!(?:to|not|did|had|has|have|would|could)\s)(?:runs?|lasts?|continues?)(?:\s\p{Ll}{1,20}){0,3}\s(?:until|till)\s$/u;
/** Words before a date that look ahead from the time the sentence speaks of, which may be past ("lasted until October"). */
const WEAK_FUTURE = /(?<![\p{L}])(?:until|till|begins?|starts?)(?![\p{L}])[^.;]{0,40}$/iu;
/** A present "start" or "begin" a word or two before a weekday ("they start over Sunday", "school begins Monday"). */
const STARTS_JUST_BEFORE =
  /(?<![\p{L}])(?<!(?:to|had|has|have|was|were|did) )(?:starts?|begins?)(?:\s\p{Ll}{2,8})?\s(?:on\s)?$/u;
/** Words just before a date that put it in the past ("said" alone does not: news says everything; "the last week of January" is no past). */
const PAST = /\b(?:(?<!the\s)last|ago|earlier|since|began|ended|died|announced|did|were|was)\b[^.;]{0,30}$/iu;
/** A passive still to come ("will be announced on "): no past for PAST. */
const BE_ANNOUNCED = /(?<![\p{L}])(be|being|to)\sannounced(?![\p{L}])/giu;
/** What was to come, told in the past ("was supposed to end ", "were due to reopen on "). */
const SUPPOSED_TO =
  /(?<![\p{L}])(?:was|were)\s(?:supposed|due|set|scheduled|slated|meant)\sto\s\p{Ll}{2,12}(?:\s(?:on|at|by|until))?\s$/u;
/** "as of March 20": the date of a figure, past; "retroactive to April 1": a pay rise's start, past. */
const AS_OF = /(?<![\p{L}])(?:as\sof|retroactive(?:ly)?\sto|backdated\sto)\s$/iu;

/**
 * Words of a sentence that speak of the future ("Intel will ship the chip in March")... ("would"
 * is the future of a past sentence: "In September, he said he would leave" is this September.)
 */
const FUTURE_WORD =
  /\b(?:will|won['’]t|['’]ll|shall|going to|plans? to|(?:planned|scheduled)(?! (?!(?:to|for|in|on|at|by)(?!\p{L}))\p{Ll})|expects? to|expected to|due to|intends? to|aims? to)\b|(?:n['’]t|\bnot) yet\b/giu;
/**
 * ...or a wish or an effort that looks ahead ("is hoping to return to flight in January"), or a
 * result that prepares what comes ("won the primary on Tuesday, setting up a November matchup").
 */
const FUTURE_WISH =
  /(?<![\p{L}])(?:(?:hop(?:e|es|ing)|working) to|(?:setting|sets) up|(?:setting|sets) the stage for|pav(?:es|ing) the way for)(?![\p{L}])/gu;
/**
 * ...or more verbs in the past that do not end in "-ed" ("In October, we laid out plans"), or a
 * verb whose past is its plain form after "it", "he" or "she", who would take an "-s" in the
 * present ("the 2-3% it forecast in October", "he cut prices in March").
 */
export const PAST_IRREGULAR =
  /(?<![\p{L}])(?:laid|led|built|found|saw|ran|stood|felt|fought|caught|taught|spoke|broke|drove|flew|threw|knew|sat|(?:it|he|she)\s(?:forecast|cut|set|put|hit|cost|let|shut|quit|spread|broadcast))(?![\p{L}])/gu;
/**
 * ...or of the past: a verb in the past tense ("stepped down in March"), not "said" nor a passive
 * "is heard" or "we're headed", nor a perfect "we've decided", nor a word that only ends in "-eed"
 * ("need", "speed", "indeed", "feed": "landholders need a permit" is no past; "agreed" is).
 */
export const PAST_WORD =
  /(?<![\p{L}\p{N}])(?<!(?:is|are|be|been|being|has|have|to|yet|['’]re|['’]ve) )(?:was|were|had|did|began|came|took|made|rose|fell|met|won|lost|left|sold|paid|bought|bid|sent|spent|gave|grew|became|brought|held|kept|went|wrote|struck|chose|drew|agreed|freed|guaranteed|decreed|\p{Ll}{2,}(?<!need|exce|succe|procee|report|add|not|stat|e)ed)(?![\p{L}\p{N}])/gu;

/**
 * A verb in the past after a name whose last letters PAST_WORD takes for "to", "is" or "has"
 * ("Ruto won", "Toronto had", "Paris was").
 */
const PAST_AFTER_NAME =
  /(?<=\p{L}(?:is|as|to|be|yet)\s)(?:was|were|had|did|began|came|took|made|rose|fell|met|won|lost|left|sold|paid|held|went|became)(?![\p{L}\p{N}])/gu;

/** The tense of the sentence around a date, by the tense word nearest to it: 1 future, -1 past, 0 unknown. */
export function clauseTense(text: string, start: number, end: number): number {
  // `text` is one sentence (chrono-dates.ts parses one at a time): a full stop inside it is an
  // abbreviation's ("U.S. Rep. Ilhan Omar, D-Minn., in March"), not the end of the clause.
  return nearestCue(text, Math.max(0, start - CLAUSE_REACH), Math.min(text.length, end + CLAUSE_REACH), start, end, [
    [FUTURE_WORD, 1],
    [FUTURE_WISH, 1],
    [PAST_IRREGULAR, -1],
    [PAST_WORD, -1],
    [PAST_AFTER_NAME, -1],
    [MODAL, 0],
  ]);
}

/**
 * A modal nearer the date than any tense word says neither ("so that lawmakers could finish
 * the work in December", "he said he would leave in September"): the nearest month.
 */
const MODAL = /(?<![\p{L}])(?:would|could|might)(?![\p{L}])/giu;

/** Words of reporting: "will" before them is what was said, not when ("Trump will go, aides said Monday"). */
const REPORTING = /(?<![\p{L}])(?<!(?:be|being|to)\s)(?:said|says|told|announced|reported|confirmed)(?![\p{L}])/iu;
/** A plain word of the future ("will", not "planned": "a service planned for Saturday was canceled"). */
const PLAIN_FUTURE_ALL = /(?<![\p{L}])(?:will|won['’]t|shall|going to)(?![\p{L}])|['’]ll(?![\p{L}])/giu;
/**
 * A word of reporting just before a weekday ("said Monday", "told reporters on Friday", "told his
 * players on Monday",
 * "Cuba predicted Wednesday"), not one that schedules ("is expected Wednesday").
 */
export const SAID_ON =
  /(?<![\p{L}])(?<!(?:be|being|to)\s)(?:said|says|told(?: \p{L}{1,20}){0,2}|wrote|predicted|warned|added|stated|declared|insisted|argued|claimed|announced|reported|confirmed)(?: on)? $/iu;
/**
 * A fixture or a schedule in the present: "Host the Lakers on Friday", "the team plays Boston on
 * Sunday", "Biden returns on Thursday", "the Dáil rises for the recess on Thursday", "the first
 * estimate comes out Thursday", "preorders open Friday", "the carnival continues with Oaks Day on
 * Thursday", "the first trailer drops Monday", "the champions begin with two away games: Brighton on
 * Saturday …", a release in the present ("the game is out on Thursday"); not what someone had to do ("had to play the second night of a back-to-back after
 * beating Utah on Wednesday").
 */
const FIXTURE =
  /(?<![\p{L}])(?<!(?:had|was|were)\sto\s)(?:hosts?|visits?|plays?|faces?|travels? to|(?<!(?:tax|the|its|their|his|her|of|on)\s)returns|open|resumes|continues|reconvenes|drops|debuts|rises for|comes out|weakens|lands|meets|arrives|closes|reopens|(?<!(?:to|not|n['’]t|did|will|would|could|should)\s)begin|(?:is|are) (?:closed|shut|out))\s/giu;

/** A capitalised word just before (a name's first word: "the Harbour Open"). */
const NAME_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}.]{0,15}\s$/u;

/**
 * Whether the clause before a weekday looks ahead: a word of the future earlier in it ("she
 * will be allowed to play her old tracks at the awards on Sunday"), with no word of
 * reporting after it, or a fixture told in the present and no verb in the past.
 */
function clauseLooksAhead(text: string, index: number): boolean {
  const clause = text.slice(clauseStart(text, index), index);
  PLAIN_FUTURE_ALL.lastIndex = 0;
  let last = -1;
  for (let m = PLAIN_FUTURE_ALL.exec(clause); m; m = PLAIN_FUTURE_ALL.exec(clause)) last = m.index + m[0].length;
  // ("will be recounted next week, after the runner-up filed a petition on Wednesday": a past
  // verb after "after" or "when" tells another event, the weekday's.)
  if (last >= 0) return !REPORTING.test(clause.slice(last)) && !pastAfterLink(clause.slice(last));
  // A verb in the past before the fixture tells of something else ("Ohio State, which won the
  // title in January, … plays Rutgers on Saturday").
  FIXTURE.lastIndex = 0;
  let at = -1;
  // (A capital after a capitalised word is a name's: "won the Harbour Open on Sunday"; not "Kings: Host".)
  for (let m = FIXTURE.exec(clause); m; m = FIXTURE.exec(clause))
    if (!/^\p{Lu}/u.test(m[0]) || !NAME_BEFORE.test(clause.slice(Math.max(0, m.index - NAME_WORD_REACH), m.index)))
      at = m.index;
  if (at < 0) return false;
  // ("plays an unranked Rutgers team": a participle after an article is no verb.)
  const rest = clause.slice(at).replace(/(?<![\p{L}])(?:an?|the|its|their|his|her)\s\p{Ll}{2,}ed(?![\p{L}])/gu, '');
  PAST_WORD.lastIndex = 0;
  return !PAST_WORD.test(rest) && !REPORTING.test(rest);
}

/** A word that links an earlier event to the clause ("after", "when", "because"). */
const EVENT_LINK = /(?<![\p{L}])(?:after|when|because|once)\s/gu;

/** Whether a verb in the past follows "after", "when" or "because" in `text` (the clause after a "will"). */
function pastAfterLink(text: string): boolean {
  EVENT_LINK.lastIndex = 0;
  const m = EVENT_LINK.exec(text);
  if (!m) return false;
  return hasPastVerb(text.slice(m.index + m[0].length));
}

/** How far after a weekday (characters) the present of a fixture is looked for. */
const FIXTURE_AFTER_REACH = 70;

/**
 * A fixture told in the present in the clause just after a weekday ("On Saturday night in Riyadh
 * the champion meets ..."), with no verb in the past nor a word of reporting before it.
 */
function fixtureAfter(text: string, end: number): boolean {
  const rest = text.slice(end, Math.min(clauseEnd(text, end), end + FIXTURE_AFTER_REACH));
  FIXTURE.lastIndex = 0;
  const m = FIXTURE.exec(rest);
  if (!m || /^\p{Lu}/u.test(m[0])) return false;
  const lead = rest.slice(0, m.index);
  return (
    !hasPastVerb(lead) &&
    !REPORTING.test(lead) &&
    !/[,;:]|(?<![\p{L}])(?:and|but|or|will|would)(?![\p{L}])/u.test(lead.replace(/^,/u, ''))
  );
}

/**
 * A modal that looks ahead from now ("should ease from Sunday", "may reopen Monday"; not the
 * month "May"); "would" and "could" tell of the past as often ("could be located Wednesday",
 * "said they would look for ways around Wednesday's ruling").
 */
const MODAL_AHEAD = /(?<![\p{L}])(?:should|might|may|can|must(?!\shave(?![\p{L}])))(?![\p{L}])/gu;
/**
 * A plain word of the future or a plan ("plan to bring it to the floor on Friday", "residents plan a
 * meeting on Sunday", "he is due to
 * throw in Paris on Friday"; not
 * "planned"), and what someone expected to come ("expected the ministry to be sworn in on
 * Thursday", "are expected to take Wednesday as leave", "expects the unsettled pattern to continue
 * until Wednesday"; not "was expected to", a plan told as over), and a forecast ("32C likely in
 * London on Friday"; not "was likely", nor "is likely to", which a story may tell of a day gone).
 */
const WEEKDAY_FUTURE =
  /(?<![\p{L}])(?:will|won['’]t|shall|going to|plans? to|(?<!(?:the|its|their|his|her|our|my|of)\s)plans?\s(?:an?|another)|(?:expects?|(?<!(?:was|were|been|had)\s)expected)(?:\s[\p{L}-]{2,20}){0,6}\sto|intends? to|aims? to|(?:is|are)(?:\salso)?\sdue\sto|(?<!(?:was|were|been|had)\s)likely(?!\sto(?![\p{L}])))(?![\p{L}])|['’]ll(?![\p{L}])/giu;
/**
 * Deliberation in the present ("Unions are also weighing a seventh day of action on Saturday", "is
 * considering a vote on Friday"): what is weighed is still to come.
 */
const WEIGHING =
  /(?<![\p{L}])(?:is|are|['’]re)\s(?:also\s|now\s|still\s)?(?:weighing|considering|mulling|contemplating|debating)(?![\p{L}])/gu;
/** A wish in the present ("Moffat wants the forward in the squad for the derby on Thursday"). */
const WANTS = /(?<![\p{L}])wants?(?![\p{L}])/gu;
/**
 * A word of reporting in the past: the day it was said ("Bush told a news conference on Tuesday");
 * not a passive still to come ("the winners will be announced on Thursday", "is to be confirmed").
 */
const REPORTED =
  /(?<![\p{L}])(?<!(?:be|being|to)\s)(?:said|told|announced|reported|confirmed|added|wrote|warned|predicted)(?![\p{L}])/giu;
/**
 * What someone said would happen, and a forecast ("said she would hear arguments at 10 a.m. on
 * Tuesday", "gusts are forecast for Saturday
 * afternoon"): ahead of the saying.
 */
const SAID_WOULD =
  /(?<![\p{L}])(?:said|told \p{L}{1,20}|announced)(?: that)? (?:he|she|it|they|we|I|the \p{L}{1,20}|\p{Lu}\p{L}{1,20}) would(?![\p{L}])|(?<![\p{L}])(?:is|are) forecast(?![\p{L}])/gu;
/** A forecast in the present ("is forecast to show"). */
const IS_FORECAST = /(?<![\p{L}])(?:is|are) forecast(?![\p{L}])/gu;
/**
 * A forecaster's forecast told in the present ("the weather service forecasts highs of 31C on
 * Thursday", "predicts showers for Friday"): ahead.
 */
const FORECASTS_WEATHER =
  /(?<![\p{L}])(?:forecasts|predicts)\s(?:highs?|lows?|rain|showers|snow|storms|thunderstorms|temperatures|gusts|winds|heavy|more|a\shigh|a\slow|sunshine|hail|frost)(?![\p{L}])/gu;
/** What someone said a thing of several words would be ("said the hottest days would be Saturday"). */
const SAID_THE_WOULD = /(?<![\p{L}])said the (?:\p{Ll}{1,20} ){1,2}\p{Ll}{1,20} would(?![\p{L}])/gu;
/**
 * A present that schedules or an end still to come ("a trip to come on Saturday", "funding runs
 * out", "the sales continue with Sotheby's on Tuesday").
 */
const STILL_TO_COME =
  /(?<![\p{L}])(?:to come|runs? out|expires|continues?\s(?:with|on)|resumes?\s(?:with|on)|takes? effect|kicks? off|(?:is|are) expected(?! to)|looks like|is on the way)(?![\p{L}])/giu;

/**
 * Attention turned to what comes ("investors are now focused on the jobs report on Friday",
 * "traders await Friday's figures", "markets are watching", "looking ahead to"), or a listing of
 * what is planned ("also on the schedule: a vote Thursday", "on this week's agenda"): ahead.
 */
const AWAITED =
  /(?<![\p{L}])(?:(?:is|are)\s(?:now\s|also\s)?(?:focused|focussed|fixed)\son|awaits?|awaiting|(?:is|are)\s(?:now\s|also\s)?(?:watching|eyeing)|looks?\sahead\sto|looking\sahead\sto|on\s(?:the|this\sweek['’]s|next\sweek['’]s)\s(?:schedule|agenda|docket|calendar))(?![\p{L}])/gu;

/** "ahead of" before a weekday ("ahead of Diwali on Thursday", "ahead of Thursday's derby"). */
const AHEAD_OF = /(?<![\p{L}])ahead\sof(?![\p{L}])/gu;
/** A capitalised word just before a weekday: part of a day's name ("Black Friday", "Super Tuesday"). */
const NAME_WORD_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}{1,12}\s$/u;
/** How far before a weekday (characters) that word is looked for. */
const NAME_WORD_REACH = 16;

/**
 * Whether the tense word nearest a weekday (before it, else after it) looks ahead: a word of
 * the future, a modal or a present that schedules, nearer than any verb in the past ("Rain
 * should ease from Sunday", "Funding runs out at 12:01 a.m. Sunday").
 */
function weekdayAhead(text: string, start: number, end: number): boolean {
  return weekdayTense(text, start, end) > 0;
}

/** The tense word nearest a weekday (before it, else after it): 1 ahead, -1 past, 0 none. */
function weekdayTense(text: string, start: number, end: number): number {
  const cues = [
    [WEEKDAY_FUTURE, 1],
    [FUTURE_WISH, 1],
    [WANTS, 1],
    [WEIGHING, 1],
    [MODAL_AHEAD, 1],
    [STILL_TO_COME, 1],
    [SAID_WOULD, 1],
    [SAID_THE_WOULD, 1],
    [AWAITED, 1],
    [FORECASTS_WEATHER, 1],
    [PAST_IRREGULAR, -1],
    [PAST_WORD, -1],
    [REPORTED, -1],
  ] as const;
  // The words before it first ("which became final Tuesday, will create": the day it became final);
  // "ahead of" only there ("ahead of Thursday's derby", not "cut prices on Friday, ahead of …").
  // (Not for a day's name: "ahead of the Black Friday rush".)
  const named = NAME_WORD_BEFORE.test(text.slice(Math.max(0, start - NAME_WORD_REACH), start));
  const withAhead = named ? cues : ([...cues, [AHEAD_OF, 1]] as const);
  const before = nearestCue(text, Math.max(0, start - CLAUSE_REACH), start, start, end, withAhead);
  // After it, "said she would" tells what was said on the day ("Closing the hearing on Tuesday,
  // the coroner said she would write"): the saying is past.
  // ("Wednesday also brings the first estimate, which is forecast to show": a forecast stays ahead.)
  const afterCues = [...cues.filter(([re]) => re !== SAID_WOULD && re !== SAID_THE_WOULD), [IS_FORECAST, 1] as const];
  return before || nearestCue(text, end, Math.min(text.length, end + CLAUSE_REACH), start, end, afterCues);
}

/**
 * "through" just before a weekday: an offer, a closure or a spell that runs to it ("free
 * admission through Sunday", "could linger through Friday morning", "highs through at least
 * Tuesday"), ahead of the story unless a verb in the past just before, or a past perfect in the
 * clause, tells a spell that is over ("the sale ran through Sunday", "shares had fallen 9% this
 * year through Tuesday's close").
 */
const THROUGH_BEFORE = /(?<![\p{L}])through\s(?:at\sleast\s)?$/iu;
/** How far before "through" (characters) a verb in the past tells a spell that is over. */
const THROUGH_PAST_REACH = 40;

/** "from" just before a weekday: the open start of a spell ("grounded flights from Tuesday", "rain from Friday"). */
const FROM_BEFORE = /(?<![\p{L}])from\s$/iu;
/** The other end of a stretch just after a weekday ("from Tuesday to Thursday"): a stretch, not an open start. */
const STRETCH_AFTER = /^,?\s{0,3}(?:to|until|till|through|and|-|–)(?![\p{L}])/iu;
/** The other end further on in the phrase ("from Thursday's practice sessions to the race"). */
const STRETCH_ON = /^[^,;:]{0,60}?\s(?:to|until|till|through)\s/u;
/** A participle in a hyphenated compound ("Calgary-based", "state-owned"): an adjective, no verb. */
const COMPOUND_PARTICIPLE = /-\p{Ll}{2,}ed(?![\p{L}])/gu;
/** A saying or a warning in the past: the saying's day, not the spell's ("warned of heavy rain from Friday"). */
const SAYING_PAST = /(?<![\p{L}])(?:said|told|announced|warned|predicted|reported|confirmed|added)(?![\p{L}])/gu;

/** A weekday "of next week", in its text or just after it (with a second weekday between). */
const OF_NEXT_WEEK = /^\p{L}+day\s(?:of|next)\s(?:next\s)?week$/u;
const OF_NEXT_WEEK_AFTER = /^\s(?:(?:and|or)\s\p{L}+day\s)?of\snext\sweek(?![\p{L}])/iu;
/**
 * A weekday "of last week" or "last week" after it, in its text or just after it (with a second
 * weekday between: "on Wednesday and Thursday of last week", "on Friday last week"): last week's
 * days, not the most recent ones.
 */
const OF_LAST_WEEK = /^\p{L}+day\s(?:of\s)?last\sweek$/u;
const OF_LAST_WEEK_AFTER = /^\s(?:(?:and|or)\s\p{L}+day\s)?(?:of\s)?last\sweek(?![\p{L}])/iu;
/**
 * A weekday followed by its date ("Monday night, Jan. 19", "Friday evening, 12 March"): the date
 * that falls on that weekday, nearest to publication, not the weekday read alone.
 */
const DATE_AFTER_WEEKDAY =
  /^,?\s{1,3}(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\s{1,3}(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6})(?![\p{L}\p{N}])/iu;
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The date written just after a weekday that falls on it, within half a year of `ref`, else null. */
function dateAfterWeekday(after: string, want: number, ref: Ymd): Ymd | null {
  const m = DATE_AFTER_WEEKDAY.exec(after);
  if (!m) return null;
  const month = MONTH_PREFIXES.indexOf((m[1] ?? m[4] ?? '').toLowerCase()) + 1;
  const day = Number(m[2] ?? m[3]);
  if (month < 1 || day < 1 || day > 31) return null;
  const refTime = Date.UTC(ref.year, ref.month - 1, ref.day);
  let best: Ymd | null = null;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const at = new Date(Date.UTC(year, month - 1, day));
    if (at.getUTCMonth() !== month - 1 || at.getUTCDay() !== want) continue;
    // (Half a year away at most: a weekday that does not fall on the date near publication is no apposition.)
    if (Math.abs(at.getTime() - refTime) > FAR_AHEAD_MS) continue;
    if (!best || Math.abs(at.getTime() - refTime) < Math.abs(Date.UTC(best.year, best.month - 1, best.day) - refTime))
      best = { year, month, day };
  }
  return best;
}
/** How far after a weekday (characters) a date of the same phrase is looked for. */
const DATE_IN_PHRASE_REACH = 60;
/** "on" and a month's day later in a weekday's phrase ("a Saturday night trip to Denver on Dec. 23"). */
const ON_DATE_IN_PHRASE =
  /^[^.;,:!?]{1,45}?\son\s(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?\s{1,3}\d|\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/iu;

/**
 * A date that falls on the weekday, written with "on" later in its phrase ("then a Saturday night
 * trip to Denver on Dec. 23"): that date, within half a year of `ref`, else null.
 */
function dateLaterInPhrase(after: string, want: number, ref: Ymd): Ymd | null {
  const m = ON_DATE_IN_PHRASE.exec(after);
  return m ? dateAfterWeekday(' ' + after.slice(m[0].length), want, ref) : null;
}
/**
 * A weekday said to be a day in the present ("the festival is on Friday this year", "the
 * deadline is Friday", "the holiday falls on Monday"): ahead, as a schedule.
 */
const IS_ON_BEFORE = /(?<![\p{L}])(?:is|are|falls|fall)\s(?:on\s)?$/iu;
/** How far before a weekday (characters) a "would" is looked for. */
const WOULD_REACH = 100;
/** How far before a weekday (characters) a verb in the past tells another event. */
const WOULD_VERB_REACH = 24;
/** "would" and a verb (not "would have") earlier in the clause before a weekday. */
const WOULD = /(?<![\p{L}])would\s(?!have\s|not\s)/gu;
/** What ends the clause a "would" stands in before a weekday. */
const CLAUSE_BREAK = /[.;:!?,"“”]/u;

/** Whether the clause before a weekday (its last WOULD_REACH characters) has a "would" and a verb. */
function wouldBefore(before: string): boolean {
  WOULD.lastIndex = 0;
  let last = -1;
  for (let m = WOULD.exec(before); m; m = WOULD.exec(before)) last = m.index;
  return last >= 0 && !CLAUSE_BREAK.test(before.slice(last));
}

/**
 * A "would" or a "will" (not "would have") after the word that PAST finds before a weekday
 * ("members were dismayed and would meet on Monday"): the weekday is the plan's, not the past's.
 */
function wouldAfterPast(before: string): boolean {
  const m = PAST.exec(before);
  return !!m && WILL_OR_WOULD.test(m[0]);
}
const WILL_OR_WOULD = /(?<![\p{L}])(?:would|will)\s(?!have\s)/u;

/** A pronoun and a verb in the past just after a weekday ("on Monday they told us"). */
const PRONOUN_PAST_AFTER =
  /^,?\s(?:they|he|she|we|I|it)\s(?:\p{Ll}{2,15}ed|told|said|sent|wrote|gave|made|took|came|went|met|won|lost|left|were|was|had)(?![\p{L}])/u;
/** The outcome of a weekday's event, before it ("the effect of ", "in the wake of "). */
const OUTCOME_OF = /(?<![\p{L}])(?:effects?|impact|aftermath|wake|fallout)\sof\s$/iu;

/** Whether the words just around a weekday tell its event as past (the outcome's words whatever `future` says). */
function pastAroundWeekday(context: ParsingContext, r: ParsingResult, future: boolean): boolean {
  // (Not after a word of the future: "will visit on Monday, he said" is the visit's day.)
  if (!future && PRONOUN_PAST_AFTER.test(afterText(context, r, 30))) return true;
  return OUTCOME_OF.test(textBefore(context, r.index, 24)) && /^['’]s(?![\p{L}])/u.test(afterText(context, r, 3));
}

/** Verbs of an order ("directed the city's administration to explain by "). */
const ORDER_VERBS = new Set(['directed', 'ordered', 'asked', 'instructed', 'required', 'summoned']);
/** How many words an order's object, and what it asks done, may run to. */
const ORDER_OBJECT_WORDS = 6;
const ORDER_TASK_WORDS = 4;

/**
 * Whether `before` (the text before a weekday) ends in an order and what it asks done "by" the
 * day, with no break between ("directed the capital's administration to explain by ").
 */
function orderedBy(before: string): boolean {
  if (!BY_ONLY_BEFORE.test(before)) return false;
  const words = before.trimEnd().split(' ');
  const by = words.length - 1;
  for (let to = by - 2; to >= Math.max(1, by - 1 - ORDER_TASK_WORDS); to--) {
    if (words[to] !== 'to') continue;
    for (let v = to - 1; v >= Math.max(0, to - 1 - ORDER_OBJECT_WORDS); v--)
      if (ORDER_VERBS.has(words[v] ?? '')) return !/[,.;:]/u.test(words.slice(v, by).join(' '));
    return false;
  }
  return false;
}

/** A prefixed passive ("be re-", "is un-"): its participle is no verb in the past ("would be re-evaluated Monday"). */
const PREFIXED_PASSIVE = /(?<![\p{L}])(be|been|being|is|are)\s(?:re|un|pre|co|de)-(?=\p{Ll})/gu;

/** `text` with each prefixed passive's prefix moved before its verb, same length ("   be evaluated"). */
function unprefixed(text: string): string {
  return text.replace(PREFIXED_PASSIVE, (all, aux: string) => ' '.repeat(all.length - aux.length - 1) + aux + ' ');
}

/** "would", "would not" or "wouldn't" and a verb (not "would have"). */
const WOULD_ANY = /(?<![\p{L}])(?:would(?:\snot)?|wouldn['’]t)\s(?!have\s)/gu;

/**
 * Whether the clause before a weekday's "by" or "before" holds a "would" (with "not" or not) and
 * no verb in the past nor a break after it ("the party's workers would not leave before ").
 */
function wouldLimit(before: string): boolean {
  WOULD_ANY.lastIndex = 0;
  let last = -1;
  for (let m = WOULD_ANY.exec(before); m; m = WOULD_ANY.exec(before)) last = m.index + m[0].length;
  if (last < 0) return false;
  const rest = before.slice(last);
  return !CLAUSE_BREAK.test(rest) && !hasPastVerb(rest);
}

/** "would" alone. */
const WOULD_WORD = /(?<![\p{L}])would(?![\p{L}])/gu;

/** Where the text after the last "would" in `lead` starts (0 when it has none). */
function lastWould(lead: string): number {
  let at = 0;
  for (const m of lead.matchAll(WOULD_WORD)) at = m.index + m[0].length;
  return at;
}

/** A plain "will" earlier in the sentence, with no verb in the past after it. */
function willBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - CLAUSE_REACH), index);
  const will = before.search(/(?<![\p{L}])(?:will|['’]ll)(?![\p{L}])/u);
  if (will < 0) return false;
  PAST_WORD.lastIndex = 0;
  return !PAST_WORD.test(before.slice(will)) && !REPORTING.test(before.slice(will));
}

/**
 * A phrase set off by a comma that opens with a verb in the past ("…, launched from Kourou in ",
 * "…, which peaked at 9.1% in ", "…, whose album debuted at No. 3 in ").
 */
/** How far before a month (characters) a phrase set off by a comma is looked for. */
const PHRASE_REACH = 120;
const PARTICIPLE_PHRASE =
  /,\s{1,3}(?:(?:which|who)\s{1,3}|whose\s{1,3}(?:[\p{L}-]{1,20}\s){1,5})?\p{Ll}{3,}ed\s[^,;]{0,60}$/u;
/** The few characters just after a result. */
const afterText = (context: ParsingContext, r: ParsingResult, n = 3): string =>
  context.text.slice(r.index + r.text.length, r.index + r.text.length + n);

/**
 * A month used as a label of its figures ("October inflation data", "the December jobs report",
 * "December retail sales", "the September payrolls figures").
 */
export const DATA_LABEL =
  /^\s(?:(?:inflation|jobs|employment|unemployment|payrolls?|retail|trade|housing|home|consumer|producer|price|prices|CPI|PPI|GDP|manufacturing|factory|industrial|car|auto|sales)\s){0,3}(?:data|reports?|figures|numbers|statistics|stats|readings?|print|sales|survey|payrolls|index)(?![\p{L}])/iu;
/** A saying just before a month ("announcing in ", "said in "). */
const SAYING_IN =
  /(?<![\p{L}])(?:announc(?:ed|ing)|sa(?:id|ying)|told|telling|declar(?:ed|ing)|reveal(?:ed|ing)|confirm(?:ed|ing))\s{1,3}(?:in|on)\s{1,3}$/iu;
/** "that" opening what was said, just after a month. */
const THAT_AFTER = /^,?\s{1,3}that(?![\p{L}])/iu;
/** "GDP data for January to March", "figures for May": a period's figures, named just before it. */
export const DATA_FOR = /(?<![\p{L}])(?:data|figures|numbers|statistics|readings?)\s{1,3}for\s{1,3}$/iu;
/**
 * What someone said would come, just before a month or a season ("said that he would support
 * starting the new rates in ", "and that the council would revisit it in "): not "would have",
 * nor "would not".
 */
export const THAT_WOULD = /(?<![\p{L}])that\s(?:the\s)?\p{L}{2,20}\swould\s(?!have\s|not\s)[^.;"”]{0,50}$/u;
/**
 * What someone said would come, further back in the sentence ("said the charity would publish
 * new guidance on sleep for a campaign week in ", "said it would pursue the money through the
 * courts if he did not pay by "): ahead of the saying.
 */
const SAID_WOULD_FAR =
  /(?<![\p{L}])(?:said|says|told\s\p{L}{1,20}|announced)(?:\sthat)?\s(?:he|she|it|they|we|I|the\s\p{L}{1,20}|\p{Lu}\p{L}{1,20})\swould\s(?!have\s|not\s)[^.;"”]{0,100}$/u;
/** How far before a month (characters) what someone said would come is looked for. */
const SAID_WOULD_REACH = 140;
/** "did not" or "didn't": no past event ("if he did not pay by"). */
const DID_NOT = /(?<![\p{L}])did\s{1,3}not(?![\p{L}])|(?<![\p{L}])didn['’]t(?![\p{L}])/gu;

/**
 * Whether `before` (the text before a month) ends in what someone said would come, with no verb in
 * the past after the "would" ("from the 9% it gave in ", "at the pace decided in ") nor "since".
 */
function saidWould(before: string): boolean {
  const m = SAID_WOULD_FAR.exec(before);
  if (!m) return false;
  const tail = before
    .slice(m.index)
    .replace(/^.*?(?<![\p{L}])would\s/u, '')
    .replace(DID_NOT, '');
  return !hasPastVerb(tail) && !/(?<![\p{L}])since\s$/iu.test(before);
}
/** A fixture a month names ("the October meeting", "the November election"). */
const MONTH_FIXTURE =
  /^\s(?:(?:board|policy|rate|rates|council|cabinet|party)\s)?(?:meeting|meetings|summit|election|vote|hearing|session|sitting|conference|auction|poll|referendum|congress|convention)(?![\p{L}])/iu;
/**
 * What a month names, opening or closing in the present ("the January transfer window opens on
 * Wednesday", "the March sitting begins"): the nearest such month, whatever the tense around.
 */
const MONTH_THING_OPENS = /^\s(?:\p{Ll}{2,15}\s){1,3}(?:opens|closes|begins|starts|reopens|resumes)(?![\p{L}])/u;
/**
 * A past event a month names ("the October slaying of a doctor", "the March bombing"): told with
 * "the", it has happened.
 */
const MONTH_PAST_EVENT =
  /^\s(?:(?:terror|terrorist|suicide|car|mass|fatal|deadly)\s)?(?:slaying|killings?|attacks?|shootings?|bombings?|murders?|massacre|raids?|coup|riots?|explosion|blast|crash|derailment|earthquake|quake|assassination|ambush|invasion)(?![\p{L}])/iu;
/** "attacks" (or "terror attacks", "hijackings") just after "Sept. 11": the attacks of 2001. */
const NINE_ELEVEN_AFTER = /^\s{1,3}(?:(?:terror|terrorist)\s{1,3})?(?:attacks?|hijackings|hijackers)(?![\p{L}])/iu;
const NINE_ELEVEN_YEAR = 2001;
/** "the" just before. */
const THE_BEFORE = /(?<![\p{L}])the\s$/iu;
/** How far after a month (characters) a data label's words are looked for. */
const LABEL_REACH = 60;

/** Words that look ahead whatever the tense of the rest ("will", "next"). */
const PLAIN_FUTURE = /(?<![\p{L}])(?:will|won['’]t|['’]ll|shall|going to|next|upcoming)(?![\p{L}])/iu;

/** A clause with a verb in the past and no plain word of the future ("canceled … planned for Oct. 15"). */
function toldInPast(text: string, start: number, end: number): boolean {
  const clause = text.slice(Math.max(0, start - CLAUSE_REACH), Math.min(text.length, end + CLAUSE_REACH));
  PAST_WORD.lastIndex = 0;
  return PAST_WORD.test(clause) && !PLAIN_FUTURE.test(clause);
}

/**
 * A weekday or a month without a year, resolved as news means it: a weekday is the most
 * recent one unless the words before it speak of the future; a month is the nearest one,
 * unless those words say past or future ("last February", "will meet in March").
 */
export class NewsTenseRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDay(context);
    // The text with its prefixed passives' prefixes moved (same length), made once per text when a
    // weekday asks for it, not once per weekday.
    let plain: string | undefined;
    for (const r of results) {
      if (isOurs(r)) continue;
      const c = r.start;
      const before = textBefore(context, r.index, TENSE_REACH);
      // "2 p.m. next Sunday": the day's words after the clock time.
      const text = r.text.toLowerCase().replace(TIME_BEFORE_DAY, '');
      const relative = [...r.tags()].some((t) => t.includes('relative') || t.includes('Casual'));
      // "Thursday night" is a weekday all the same (chrono reads the night as casual).
      if (
        relative &&
        !/^(?:last|next|this)\s+\p{L}/u.test(text) &&
        !WEEKDAY_PART.test(text) &&
        !/^(?:midday|noon|midnight)\s+on\s+\p{L}+day$/u.test(text)
      )
        continue;
      let future =
        /^(?:next|this coming)\b/u.test(text) ||
        (!/^last\b/u.test(text) && (FUTURE.test(before) || ENDS_ON.test(before)));
      // "The protests continued until October": looking ahead from a past the sentence tells.
      // ("They start over Sunday": a weekday just after a present "start" or "begin" is ahead.)
      if (
        future &&
        !/^(?:next|this coming)\b/u.test(text) &&
        !(c.isCertain('weekday') && !c.isCertain('day') && STARTS_JUST_BEFORE.test(before)) &&
        WEAK_FUTURE.test(before) &&
        !RUNS_UNTIL.test(before) &&
        !FUTURE.test(before.replace(WEAK_FUTURE, '')) &&
        clauseTense(context.text, r.index, r.index + r.text.length) < 0
      )
        future = false;
      // ("a meeting that was brought forward from November": the old date, the nearest one.)
      // ("was supposed to end Friday": what was to come, told in the past, is no past of itself.)
      let past =
        /^last\b/u.test(text) ||
        (!future &&
          !MOVED_FROM.test(before) &&
          !(c.isCertain('weekday') && !c.isCertain('day') && SUPPOSED_TO.test(before)) &&
          (PAST.test(before.replace(BE_ANNOUNCED, '$1')) || AS_OF.test(before)) &&
          !(c.isCertain('weekday') && !c.isCertain('day') && wouldAfterPast(before)));
      if (c.isCertain('weekday') && !c.isCertain('day')) {
        // "and on Monday they told us", "the effect of Tuesday's increase": a past the words around
        // the weekday tell, whatever looks ahead further back.
        if (!/^(?:last|next|this)\b/u.test(text) && pastAroundWeekday(context, r, future)) {
          past = true;
          future = false;
        }
        const want = c.get('weekday') ?? 0;
        const now = weekdayOf(ref);
        const strict = /^(?:last|next)\b/u.test(text);
        // ("Thursday night" is read as casual: a weekday all the same.)
        const weekdayPart = WEEKDAY_PART.test(text);
        if (!future && !past && (!relative || weekdayPart) && clauseLooksAhead(context.text, r.index)) future = true;
        if (
          !future &&
          !past &&
          !strict &&
          weekdayAhead((plain ??= unprefixed(context.text)), r.index, r.index + r.text.length)
        )
          future = true;
        // "a presale beginning this Saturday": "this" with a weekday is the coming one (news says
        // "this past Saturday" or "last Saturday" for the one gone), unless the clause is told in the past.
        if (
          !future &&
          !past &&
          THIS_WEEKDAY.test(text) &&
          clauseTense(context.text, r.index, r.index + r.text.length) >= 0
        )
          future = true;
        // ("the deadline is Friday", not "the focus is Monday's ruling": a day's event may be past.)
        if (
          !future &&
          !past &&
          !strict &&
          IS_ON_BEFORE.test(before) &&
          !/^['’]s(?![\p{L}])/u.test(afterText(context, r, 3))
        )
          future = true;
        if (!future && !past && !strict && THROUGH_BEFORE.test(before)) {
          const lead = textBefore(context, r.index, THROUGH_PAST_REACH);
          // ("had fallen 12% since January through Wednesday's close": a past perfect in the clause.)
          const clause = context.text.slice(clauseStart(context.text, r.index), r.index);
          if (!hasPastVerb(lead) && !HAD.test(clause)) future = true;
        }
        // "a strike that would have grounded flights from Tuesday", "warned of heavy rain from Friday":
        // a spell's open start is still to come, unless a verb in the past other than a saying, in
        // the phrase before it or the clause after it, or a past perfect, tells the spell as begun
        // ("the road was shut from Monday", "traffic had been diverted from Monday" are past).
        // (Not a stretch "from Thursday's practice sessions to the race"; a participle in a compound,
        // "the Calgary-based airline's flights", is no verb.)
        if (!future && !past && !strict && FROM_BEFORE.test(before) && !STRETCH_AFTER.test(afterText(context, r, 8))) {
          const lead = phraseBefore(context.text, r.index).replace(SAYING_PAST, '').replace(COMPOUND_PARTICIPLE, '');
          const end = r.index + r.text.length;
          const rest = context.text.slice(end, clauseEnd(context.text, end));
          const clause = context.text.slice(clauseStart(context.text, r.index), r.index);
          if (
            !/^['’]s(?![\p{L}])/u.test(rest) &&
            !STRETCH_ON.test(rest) &&
            !hasPastVerb(lead) &&
            !hasPastVerb(rest) &&
            !HAD.test(clause)
          )
            future = true;
        }
        // "new supplies would arrive on Wednesday", "it would publish timetables by Thursday
        // evening": what was said would happen, ahead of the saying (not "would have", nor "said
        // they would look at Wednesday's ruling").
        if (
          !future &&
          !past &&
          !strict &&
          wouldBefore(textBefore(context, r.index, WOULD_REACH)) &&
          !/^['’]s(?![\p{L}])/u.test(afterText(context, r, 3))
        ) {
          // (A verb in the past just before it tells another event: "would look into what
          // happened on Wednesday".)
          // ("I would ask anyone who saw Joanne on Sunday": an irregular past as well.)
          // (Only after the "would": "members were dismayed and would meet on Monday" looks ahead.)
          const lead = textBefore(context, r.index, WOULD_VERB_REACH);
          if (!hasPastVerb(unprefixed(lead.slice(lastWould(lead))))) future = true;
        }
        // "the workers would not leave before Sunday", "there would be a minute's applause before
        // Saturday's game": a limit set in what was said would happen is still to come.
        if (
          !future &&
          !past &&
          !strict &&
          BY_BEFORE.test(before) &&
          wouldLimit(textBefore(context, r.index, WOULD_REACH))
        )
          future = true;
        // "directed the administration to explain by Monday why it had sealed the roads": a
        // deadline an order sets is still to come, whatever the order's tense.
        if (!future && !past && !strict && orderedBy(before)) future = true;
        // "surrenders his passport by 4pm on Monday", "before midday on Thursday": a deadline set
        // at a clock time is still to come, unless the sentence tells it as over ("had").
        if (!future && !past && CLOCK_ON_DAY.test(text) && BY_BEFORE.test(before) && !HAD.test(context.text))
          future = true;
        // "make up your mind by Sunday": a deadline in a clause with no verb in the past is still to
        // come ("By Sunday the fire had spread" is not).
        if (
          !future &&
          !past &&
          !strict &&
          BY_ONLY_BEFORE.test(before) &&
          !/^['’]s(?![\p{L}])/u.test(afterText(context, r, 3)) &&
          !HAD.test(context.text) &&
          clauseTense(context.text, r.index, r.index + r.text.length) >= 0 &&
          !pastJustBefore(context.text, r.index)
        )
          future = true;
        // "On Saturday night in Riyadh the champion meets his challenger": a fixture told in the
        // present after its weekday, with no verb in the past between, is ahead.
        // (Not when a verb in the past before it tells the day's own event: "which opened on Sunday
        // and closes on Wednesday", "the plan approved on Sunday night, the terminal will be open".)
        if (
          !future &&
          !past &&
          !strict &&
          !pastJustBefore(context.text, r.index) &&
          fixtureAfter(context.text, r.index + r.text.length)
        )
          future = true;
        // "Trump will visit Ohio, aides said Monday": the day it was said.
        if (future && !strict && SAID_ON.test(before)) future = false;
        // "before Monday's deadline", "a joint statement expected on Monday": still to come.
        if (
          !future &&
          !past &&
          !strict &&
          ((DEADLINE_AFTER.test(afterText(context, r, 20)) && !DEADLINE_GONE.test(before)) || EXPECTED_ON.test(before))
        )
          future = true;
        // "Friday's update would be smaller": the day's event is still to come when it would happen.
        if (!future && !past && !strict && POSSESSIVE_AHEAD.test(afterText(context, r, 50))) future = true;
        // "with a pre-sale for members opening on Wednesday", "a pre-sale … starting on Thursday":
        // what a participle opens on a weekday is ahead, unless a verb in the past after it tells
        // it as over ("a march starting on Sunday ended in clashes"); a past before the participle
        // is another verb's ("a pre-sale for people who attended last year starting on Thursday").
        if (!future && !strict && PARTICIPLE_ON.test(before)) {
          const rest = context.text.slice(r.index + r.text.length, clauseEnd(context.text, r.index + r.text.length));
          if (!hasPastVerb(rest)) future = true;
        }
        // "on Wednesday and Thursday of next week", "Thursday of next week": next week's days.
        if (OF_NEXT_WEEK.test(text) || OF_NEXT_WEEK_AFTER.test(afterText(context, r, 30))) {
          setDay(r, addDays(ref, 7 - ((now + 6) % 7) + ((want + 6) % 7)));
          continue;
        }
        // "Wednesday and Thursday of last week", "on Friday last week": last week's days.
        if (!strict && (OF_LAST_WEEK.test(text) || OF_LAST_WEEK_AFTER.test(afterText(context, r, 30)))) {
          setDay(r, addDays(ref, -((now + 6) % 7) - 7 + ((want + 6) % 7)));
          continue;
        }
        // "Spanberger will address a joint session Monday night, Jan. 19": the date written after it.
        const written = strict
          ? null
          : (dateAfterWeekday(afterText(context, r, 24), want, ref) ??
            dateLaterInPhrase(afterText(context, r, DATE_IN_PHRASE_REACH), want, ref));
        if (written) {
          setDay(r, written);
          continue;
        }
        let delta = future ? (want - now + 7) % 7 || (strict ? 7 : 0) : -((now - want + 7) % 7 || (strict ? 7 : 0));
        // Six days back is tomorrow's weekday: news would have said "last Tuesday" for that;
        // but what someone said ("an epidemiologist said on Saturday", in a Friday story) is past.
        if (!strict && !past && delta === -6 && !SAID_ON.test(before)) delta = 1;
        // "next Saturday" said on a Thursday: not the day after tomorrow (that is "Saturday" or
        // "this Saturday") but the Saturday of next week; from four days off, the first one ahead
        // ("next Tuesday" in a Friday story is four days on).
        if (/^next\s/u.test(text) && delta >= 1 && delta <= NEXT_WEEKDAY_NEAR) delta += 7;
        setDay(r, addDays(ref, delta));
      } else if (c.isCertain('month') && !c.isCertain('year')) {
        const month = c.get('month') ?? 1;
        // ("early December" is placed on its first days: told in the past in late November, it
        // may be the coming one, as this month's would be.)
        const day = c.isCertain('day') ? (c.get('day') ?? 1) : /^early[\s-]/u.test(text) ? EARLY_MONTH : MID_MONTH;
        const at = (y: number): number => Date.UTC(y, month - 1, day);
        const refTime = Date.UTC(ref.year, ref.month - 1, ref.day);
        // ("was originally dated for January", in October: a plan's month, still to come.)
        // (Not a plan a later event overtook: "had been scheduled to begin on Nov. 6 before he
        // changed his plea".)
        const planned =
          !/^last\b/u.test(text) && PLANNED_BEFORE.test(before) && !PLAN_OVERTAKEN.test(afterText(context, r, 12));
        // (A number's comma is no break: "which last year drew 90,000 people".)
        // (The text is one sentence: "last season" may open a long one.)
        const clauseBefore = context.text
          .slice(Math.max(0, r.index - SENTENCE_REACH), r.index)
          .replace(NUMBER_COMMA, '$1');
        const lastPeriod = /^(?:last|next|this)\b/u.test(text) ? null : lastPeriodBefore(clauseBefore);
        let year: number;
        if (
          month === 9 &&
          c.get('day') === 11 &&
          c.isCertain('day') &&
          NINE_ELEVEN_AFTER.test(afterText(context, r, 30))
        )
          // "the Sept. 11 attacks": the attacks of 2001, whenever the story is told.
          year = NINE_ELEVEN_YEAR;
        else if (/^this\b/u.test(text)) year = ref.year;
        else if (lastPeriod === 'year' && !future && !planned)
          // "which last year drew 90,000 people over a weekend in August": last year's month.
          year = ref.year - 1;
        else if (
          !c.isCertain('day') &&
          ((/^\p{L}+\.?$/u.test(text) && DATA_LABEL.test(afterText(context, r, LABEL_REACH))) || DATA_FOR.test(before))
        )
          // "October inflation data", "the December jobs report": a month's figures, published
          // after it ends, so the month is this one or one before, whatever the tense.
          year = month <= ref.month ? ref.year : ref.year - 1;
        else if (future || planned) {
          // ("leaving the market to finish a turbulent January", on 31 January: the month it is.)
          year =
            at(ref.year) >= refTime - MONTH_GRACE_MS || (!c.isCertain('day') && month === ref.month)
              ? ref.year
              : ref.year + 1;
          // Checked against publication: more than half a year ahead, in a clause told in the
          // past ("as soon as I learned about it on July 18", in a November story), it is past;
          // a spell a plan runs to or from stays ahead up to nine months ("had been scheduled to run
          // through Jan. 3", in June: next January; but "a service planned for Oct. 15 was canceled",
          // in November, is this October).
          if (
            at(year) - refTime > (planned && RUN_PLANNED.test(before) ? PLAN_AHEAD_MS : FAR_AHEAD_MS) &&
            !/^next\b/u.test(text) &&
            toldInPast(context.text, r.index, r.index + r.text.length)
          )
            year -= 1;
        } else if (past && !saidWould(textBefore(context, r.index, SAID_WOULD_REACH)))
          // (Not a month after the publication's, "early December" aside: "since the start of
          // February", on 31 January, is last February.)
          year =
            at(ref.year) <= refTime + MONTH_GRACE_MS &&
            (c.isCertain('day') || day === EARLY_MONTH || month <= ref.month) &&
            !(/^last\b/u.test(text) && month === ref.month)
              ? ref.year
              : ref.year - 1;
        else {
          // Nearest; a month alone ("in March") goes by the sentence's tense, unless a
          // deadline word before it looks ahead ("by February", "through January").
          // "its release has been moved to January": the new date is the nearest one.
          // "at the October meeting": a month naming a fixture, the nearest one, whatever the tense.
          // ("The January transfer window opens on Wednesday": a month naming what opens, the nearest.)
          const fixture =
            /^\p{L}+\.?$/u.test(text) &&
            THE_BEFORE.test(before) &&
            (MONTH_FIXTURE.test(afterText(context, r, 24)) || MONTH_THING_OPENS.test(afterText(context, r, 48)));
          // "pushed the launch of its cards to March": a release put off to a month still to come.
          // ("a decision is expected by the end of June": a deadline expected, still to come.)
          // ("said that he would support starting the new rates in January": what was said would come.)
          const awaited =
            PUT_OFF_TO.test(before) ||
            EXPECTED_BY.test(before) ||
            THAT_WOULD.test(before) ||
            (!/^last\b/u.test(text) && saidWould(textBefore(context, r.index, SAID_WOULD_REACH)));
          let tense = awaited
            ? 1
            : DEADLINE.test(before.replace(OTHER_MONTH, '')) || fixture
              ? 0
              : clauseTense(context.text, r.index, r.index + r.text.length);
          // "the satellite, launched from the Gobi Desert in August, will allow": the month of a
          // phrase set off by commas that opens with a verb in the past is past, whatever follows.
          if (
            PARTICIPLE_PHRASE.test(textBefore(context, r.index, PHRASE_REACH)) &&
            /^\s{0,2},/u.test(afterText(context, r))
          )
            tense = -1;
          // "after announcing in February that he would run": the month of the saying, before
          // what it said would come.
          if (tense >= 0 && SAYING_IN.test(before) && THAT_AFTER.test(afterText(context, r, 8))) tense = -1;
          // "in the October slaying of Dr. Slepian": an event the month names, past.
          if (
            /^\p{L}+\.?$/u.test(text) &&
            THE_BEFORE.test(before) &&
            MONTH_PAST_EVENT.test(afterText(context, r, LABEL_REACH))
          )
            tense = -1;
          // "finished the course in October and will coach": a verb in the past just before the
          // month governs it, not a "will" after "and".
          if (
            tense > 0 &&
            !awaited &&
            AND_AFTER.test(afterText(context, r, 8)) &&
            pastJustBefore(context.text, r.index)
          )
            tense = -1;
          // "Last season they … before losing the final on Jan. 17": told of a time gone.
          if (lastPeriod && !awaited && !FUTURE.test(before)) tense = -1;
          const toldInPastTense = tense < 0;
          // A day keeps the nearest date, unless the nearest lies months back in a clause told
          // in the future ("will play away before a first home game on 27 April", in September).
          // ("a decision is expected by the end of June", in November: next June's end, as the month alone.)
          if (c.isCertain('day') && !(tense > 0 && (awaited || willBefore(context.text, r.index)))) tense = 0;
          // (Told in the past, a month alone is no month after the publication's, "early December"
          // aside: "down 35% from the start of January" on 31 December is this year's January.)
          const candidates = [ref.year - 1, ref.year, ref.year + 1].filter((y) =>
            tense > 0
              ? at(y) >= refTime - MONTH_GRACE_MS
              : tense < 0
                ? at(y) <= refTime + MONTH_GRACE_MS &&
                  (c.isCertain('day') || day === EARLY_MONTH || y * 12 + month <= ref.year * 12 + ref.month)
                : true,
          );
          year = candidates.reduce((a, b) => (Math.abs(at(b) - refTime) < Math.abs(at(a) - refTime) ? b : a));
          // A month and its day told in the past, months ahead of publication ("I boarded a
          // flight on May 15", in a November story), is the one before; a near one stays ahead
          // ("extended its offer to Nov. 20", "subpoenaed him to testify on Feb. 10").
          // Nearer, it is the one before too unless the words just before it look ahead ("lost the
          // final in Kansas City on Jan. 24", in a December story; "touched its low for the year on
          // April 7", in a late-December one).
          const ahead = at(year) - refTime;
          if (
            toldInPastTense &&
            c.isCertain('day') &&
            (ahead > PAST_DAY_AHEAD_MS ||
              (ahead > PAST_DAY_NEAR_MS &&
                pastJustBefore(context.text, r.index) &&
                !LOOKS_AHEAD_BEFORE.test(textBefore(context, r.index, TENSE_REACH))))
          )
            year -= 1;
          // (A day told of last season is no day ahead of the story: "on Jan. 17", on 30 December.)
          if (lastPeriod && tense <= 0 && toldInPastTense && at(year) > refTime) year -= 1;
        }
        c.imply('year', year);
        yearOfRangeEnd(r, year);
      }
    }
    sameDayAsRangeEnd(context, results);
    return results;
  }
}

/**
 * The end of a range without a year follows its start's year ("will hold its conference on May
 * 12-14", in October: both days next May), or the next one when it ends before it starts in the
 * calendar ("Dec. 28-Jan. 3").
 */
function yearOfRangeEnd(r: ParsingResult, year: number): void {
  const end = r.end;
  if (!end || end.isCertain('year') || !end.isCertain('month')) return;
  const startAt = (r.start.get('month') ?? 1) * 100 + (r.start.get('day') ?? 1);
  const endAt = (end.get('month') ?? 1) * 100 + (end.get('day') ?? 1);
  end.imply('year', endAt < startAt ? year + 1 : year);
}

/** Between a clock time and the end of its range ("from 6 a.m. to 2 p.m. next Sunday"). */
const TIME_RANGE_JOIN = /^\.?\s{1,3}(?:to|until|till|through|-|–)\s{1,3}$/iu;

/** A clock time alone ("6 a.m", "18:30"). */
const CLOCK_ONLY = /^\d{1,2}(?:[:.]\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)?$/iu;

/** A clock time that opens a range whose end names the day is on that day, not the publication's. */
function sameDayAsRangeEnd(context: ParsingContext, results: ParsingResult[]): void {
  for (let i = 0; i + 1 < results.length; i++) {
    const a = (results[i] as ParsingResult).start;
    const next = results[i + 1] as ParsingResult;
    const b = next.start;
    const r = results[i] as ParsingResult;
    if (
      a.isCertain('hour') &&
      !a.isCertain('day') &&
      !a.isCertain('month') &&
      CLOCK_ONLY.test(r.text) &&
      (b.isCertain('day') || b.isCertain('weekday')) &&
      b.isCertain('hour') &&
      TIME_RANGE_JOIN.test(context.text.slice(r.index + r.text.length, next.index))
    ) {
      a.imply('year', b.get('year') ?? 0);
      a.imply('month', b.get('month') ?? 1);
      a.imply('day', b.get('day') ?? 1);
    }
  }
}

function setDay(r: ParsingResult, d: Ymd): void {
  r.start.imply('year', d.year);
  r.start.imply('month', d.month);
  r.start.imply('day', d.day);
}
