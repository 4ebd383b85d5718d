/**
 * What a sentence says about itself as a summary sentence, one test each: a quote on its own,
 * a question, an aside of the writer, a sentence that leans on the one before ("This", "And",
 * "Ahh"), a fragment, page furniture, a press release's boilerplate; and the genre cues (a match
 * report's result, a sports story's suspension or standing, a review's verdict, an opinion's
 * argument). `extractive.ts` weighs them.
 */

/** A sentence that opens with a word pointing back ("This", "It", "They"): it does not stand alone. */
const POINTS_BACK =
  /^(?:this|that|these|those|it|he|she|they|his|her|their|its|there|such|dies(?:e[rsn]?)?|dabei|damit|dadurch|darauf|esto|eso|ello|cela|ceci|celui-ci|celle-ci|dit|dat|deze)(?![\p{L}])/iu;
/** A sentence that opens by joining the one before ("And", "But", "Ahh"): an aside more often than the point. */
const JOINS_BACK =
  /^(?:and|but|or|so|yet|still|also|too|ah+|oh|well|now|then|instead|meanwhile|however|though|plus|indeed|anyway|of course|after all|in fact|to be sure|mind you|again|sure|okay|ok|alas|hey|for example|for instance|in addition|similarly|likewise|as a result|by contrast|in other words|und|aber|doch|auch|zudem|außerdem|ausserdem|allerdings|dennoch|trotzdem|deshalb|daher|jedoch|y|pero|además|sin embargo|también|así|entonces|et|mais|donc|aussi|pourtant|cependant|ainsi|puis|en outre|maar|ook|toch|dus)(?![\p{L}])/iu;
/** A closing quotation mark before any opening one: the sentence starts inside a quote. */
const STARTS_INSIDE_QUOTE = /^[^“"«„]*[”»]/u;
/** Quotation marks that open a sentence which is then mostly a quote. */
const OPENING_QUOTE = /^["“„«‘']/u;
/**
 * Page furniture and asides: a parenthesis or bracket first, an editor's note, a call to read,
 * watch, sign up or follow, a photo credit, a label in capitals before the sentence.
 */
const ASIDE =
  /^(?:[([]|editor['’]s note|note:|update[sd]?:|correction:|related:|read (?:more|also)|watch:|photo|image|sign up|subscribe|follow (?:us|him|her)|click)/iu;
/**
 * Page furniture that extraction may leave in the body: a byline with its date, a photo's
 * caption or credit, a copyright or citation line, a call to follow or share, a contributor
 * line. Never a summary sentence (and never counted as the article's opening).
 */
const FURNITURE =
  /^(?:(?:an? )?(?:artist['’]s (?:illustration|impression|rendering|concept)|file (?:photo|image)|pictured:|photo(?:graph)?:|image:|credit:|caption:)|citation:|copyright\b|©|(?:like|enjoy(?:ed)?) this (?:story|article)|write to \p{Lu})|\((?:left|right|center|centre|pictured|file)\)|follow [\p{L} ]{1,30} on (?:twitter|instagram|facebook|youtube)|contributed (?:reporting|to this report)|all rights reserved|getty images\)?\.?$/iu;
/**
 * A reference list's entry, by its authors: surnames and initials one after another ("Gonzalez
 * R, Silva JM, Sanchez A, …", "Smith, J., Jones, K. and …"): a science page's bibliography.
 */
const CITATION =
  /^(?:\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})? \p{Lu}{1,3},\s){3}|^(?:\p{Lu}[\p{L}'’-]{1,30}, (?:\p{Lu}\.\s?){1,3},\s){2}/u;
/** A line without a closing stop shorter than this is a label or a caption, not a sentence. */
const LABEL_WORDS = 12;
const LABEL_CHARS = 80;
/** "By Jane Doe on Monday", "By Matthew Digby , Minh Do on …", "By Al Root | Nov. 19". */
const BYLINE = /^[Bb]y \p{Lu}\p{L}+ \p{Lu}[\p{L}.'’ ,&-]{0,80}? (?:on|at|updated|published|\|) /u;
const CAPITALS_LABEL = /^\p{Lu}{3,}(?:\s\p{Lu}{2,}){1,4}\s\p{Lu}\p{Ll}/u;
/** A final score in a match report ("5-4", "2–0", "6-4, 7-6"). */
const SCORE = /(?<![\d.:/])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.:/%])/u;
const RESULT_VERB =
  /\b(?:beat|beats|beaten|defeated|defeats|won|wins?|edged|routed|thrashed|downed|held off|lost to|drew|tied|clinched|overcame|lifted|rallied|stunned|upset|sealed|claimed)\b/iu;
/**
 * A loss or a win told as a noun ("fell 4-1 to", "lost 3-2 in overtime", "a 24-20 victory"): a
 * result only in a story already known to be about sport (a poll's "18-24" year-olds "fell").
 */
const SPORTS_RESULT_WORD = /\b(?:fell|falls|lost|loses|victory|defeat|loss)\b/iu;
/**
 * A result told by its margin where a sport has no "2-1" score: cricket's wickets and runs, an
 * innings, golf's strokes ("beat Kingsley by six wickets", "won by an innings and 12 runs").
 */
const MARGIN =
  /(?<![\p{L}])by (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|an innings(?: and \d{1,3})?) (?:wickets?|runs?|strokes?|shots?)(?![\p{L}])|(?<![\p{L}])by an innings(?![\p{L}])/iu;
/**
 * A results line of a round-up: the winner, "d." (defeated) or a result verb, the loser and
 * the score, without a full stop ("Palm Bay d. Rockledge 70-44", "Viera beat Rockledge 3-1").
 */
const RESULT_LINE =
  /^\p{Lu}[\p{L}.'’&-]{0,30}(?: [\p{L}.'’&-]{1,30}){0,4} (?:d\.|def\.|beat|defeated|edged|tops|topped|downed) \p{Lu}[\p{L}.'’&-]{0,30}(?: [\p{L}.'’&-]{1,30}){0,4},? \d{1,3}\s?[-–]\s?\d{1,3}(?: \((?:OT|\d{1,2} innings|[\p{L} ]{1,12})\))?$/u;
/** A box-score line: a team and its record, then a player's figures ("Palm Bay (1-0): Tolivert 25 points."). */
const STAT_LINE = /^\p{Lu}[\p{L}.'’&-]{0,30}(?: [\p{L}.'’&-]{1,30}){0,4} \(\d{1,3}-\d{1,3}(?:-\d{1,3})?\): /u;
/** A form guide: the last results as letters ("Northvale: W W D W L W", "Form: WWDLW"). */
const FORM_LINE = /(?<![\p{L}])(?:[WDL] ){3,}[WDL](?![\p{L}])|(?<![\p{L}])[WDL]{5,6}(?![\p{L}])/u;
/** A figure a business story turns on: money or a percentage ("$12.9bn", "2.8 per cent", "0.75 percent"). */
const BUSINESS_FIGURE = /[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:%|per ?cent(?![\p{L}])|percent(?![\p{L}])|basis points)/iu;
/** What the figure did or what the deal is: a move of a market, a company's result, a deal. */
const BUSINESS_MOVE =
  /(?<![\p{L}])(?:r[oi]se|rising|risen|fell|fall(?:s|ing|en)?|dropp?(?:ed|ing|s)?|climb(?:ed|s|ing)?|jump(?:ed|s)?|slump(?:ed|s)?|plung(?:ed|es)|soar(?:ed|s)?|surg(?:ed|es)|grew|grow(?:s|ing|th)?|shr[ai]nk(?:s|ing)?|rais(?:e|ed|es|ing)|cut(?:s|ting)?|hik(?:e|ed|es)|lift(?:ed|s)?|lower(?:ed|s)?|acquir(?:e|ed|es|ing)|buy(?:s|ing)?|bought|s[eo]ll(?:s|ing)?|sold|merg(?:e|ed|er|ing)|deal|report(?:ed|s)|post(?:ed|s)|forecast|revenue|profits?|earnings|sales|valu(?:ed|ation))(?![\p{L}])/iu;
/**
 * What a sports story turns on besides a score: a suspension, a transfer and its fee, a
 * sacking or an appointment, an injury, a place in the standings or the playoffs.
 */
const SPORTS_MOVE =
  /(?<![\p{L}])(?:(?:late |last-minute |injury-time |stoppage-time |\d{1,3}(?:st|nd|rd|th)-minute )?winner|winning goal|equali[sz]er|points? (?:clear|behind|ahead|adrift|off the top)|title race|goal difference|suspen(?:ded|sion)|banned|fined|sign(?:ed|s|ing)|transfer|fee|sacked|fired|appointed|hired|replace[ds]?|retire[ds]?|injur(?:ed|y|ies)|ruled out|playoffs?|play-offs?|standings|table|relegat\p{L}*|eliminat\p{L}*|qualif\p{L}*|advance[ds]?|clinch\p{L}*|unbeaten|undefeated|streak|record|victor(?:y|ies)|wins? over|beat|defeat(?:ed|s)?|lost to|loss to)(?![\p{L}])/iu;
/**
 * A result of an earlier meeting of the two sides, which a preview recalls ("won the reverse
 * fixture 3-0", "when the sides last met", "in their previous meeting"): background, not the
 * story's own result.
 */
const EARLIER_MEETING =
  /(?<![\p{L}])(?:reverse fixture|(?:last|previous|earlier|only other) meeting|(?:last|previously) met|(?:sides|teams|two) met (?:in|last|earlier|on)|head-to-head)(?![\p{L}])/iu;
/**
 * Boilerplate of a press release or a show's page: who the company is ("Acme is a leading
 * provider of…"), where to learn more, when the call is, who sponsors or produces it; a
 * newsletter's greeting and sponsor line ("Good morning!", "Start your day with … powered by
 * …", "This is the tech news you need to know this Tuesday", "the newsletter is presented by …";
 * not "a plane powered by hydrogen" or "the award was presented by the Queen").
 */
const BOILERPLATE =
  /^[Aa]bout \p{Lu}|^(?:[Gg]ood (?:morning|afternoon|evening)|[Ww]elcome back|[Ss]tart your (?:day|morning|week))(?![\p{L}])|^[Ww]elcome to (?:the |this |your )?(?:[\p{L}-]{1,20} ){0,3}(?:newsletter|briefing|edition|podcast|show)|^[Tt]his is (?:the |your )?(?:[\p{L}-]{1,20} ){0,3}(?:news|stories) you need to know|(?<![\p{L}])(?:for more information|please visit|ticket details|conference call|is headquartered in|mission is to|is (?:produced|published|sponsored|brought to you)|(?:newsletter|briefing|edition|podcast|show|episode),? (?:is )?(?:powered|presented|sponsored|brought to you) by|(?:sign up|subscribe) (?:for|to))(?![\p{L}])|^[\p{Lu}][\p{L}\d&.'’ -]{0,40} is an? (?:[\p{L}-]{1,20} ){0,4}(?:provider|maker|producer|developer|company|firm|supplier|manufacturer)(?![\p{L}])/u;
/** The writer's bio under a column ("Jane Doe is a senior fellow at …", "John Roe writes about …"). */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}.'’-]{1,30}(?: [\p{L}.'’-]{1,30}){0,3} (?:is|was) (?:a|an|the) (?:[\p{L}-]{1,30} ){0,6}(?:columnist|writer|author|editor|professor|fellow|contributor|correspondent|reporter|journalist|analyst|director|founder|economist|lecturer)(?![\p{L}])|^\p{Lu}[\p{L}.'’-]{1,30}(?: [\p{L}.'’-]{1,30}){0,3} writes (?:about|on|for) /u;
/** The page naming itself a review. */
const REVIEW_NAMED = /(?<![\p{L}])(?:review(?:s|ed|ing)?|hands-on|tested)(?![\p{L}])/iu;
/** A verdict in words a news story seldom uses beside "review". */
const REVIEW_VERDICT =
  /(?<![\p{L}])(?:bottom line|in short|recommend(?:ed|s)?|worth (?:it|buying|the money|the price)|out of (?:five|5|ten|10)|a great choice|hard to beat|falls short|disappoint\p{L}*|stars?)(?![\p{L}])/iu;
/** A review's verdict. */
const VERDICT =
  /\b(?:verdict|bottom line|overall|in short|recommend|worth (?:it|buying|the)|the best|rating|stars?|out of (?:five|5|ten|10)|a great choice|hard to beat|falls short|disappoint\p{L}*)\b/iu;
/**
 * A review's verdict in so many words: the thing reviewed is the best or the most of its kind
 * ("is the best phone under £600", "the best pair we've tested", "one of the finest films of
 * the year"), worth its price or the trip, or recommended ("we'd recommend it", "highly
 * recommended"). Stronger than VERDICT's words, which a review's other sentences use too.
 */
const STRONG_VERDICT = [
  // "is the best phone", "it's our top pick", "remains the most comfortable"
  /(?<![\p{L}])(?:is|are|was|remains|it['’]s)(?: (?:simply|easily|still|now|probably|clearly|by far))? (?:the|our) (?:very )?(?:best|finest|strongest|most [\p{L}-]{3,20}|top pick)(?![\p{L}])/iu,
  // "one of the finest films"
  /(?<![\p{L}])one of the (?:best|finest|most [\p{L}-]{3,20})(?![\p{L}])/iu,
  // "the best pair we've tested"
  /(?<![\p{L}])best [\p{L}-]{2,20}(?: [\p{L}-]{2,20})? (?:we|i)(?:['’]ve| have) (?:ever )?(?:tested|used|reviewed|tried|seen|eaten|heard|played|driven)(?![\p{L}])/iu,
  // "worth the drive", "worth every penny"
  /(?<![\p{L}])worth (?:the (?:money|price|drive|trip|wait|upgrade)|buying|paying|seeing|watching|playing|every (?:penny|cent))(?![\p{L}])/iu,
  // "we'd highly recommend", "highly recommended"
  /(?<![\p{L}])(?:(?:we|i)(?: would|['’]d| can)?(?: highly| wholeheartedly| happily)? recommend|highly recommended)(?![\p{L}])/iu,
];
/** A sentence whose subject is the thing reviewed, named by "It" or "This" ("It is the most moving film of the year"). */
const ITSELF = /^(?:it|this)(?:['’]s| is| remains| was)(?![\p{L}])/iu;
/** A review's sentence about the thing itself ("It is …", "This is …"): its "it" is what the page reviews. */
export const isAboutItself = (text: string): boolean => ITSELF.test(text);
/** An opinion's argument: what should be done, what is wrong, what the lesson is. */
const ARGUMENT =
  /\b(?:should|must|need to|needs to|ought to|have to|has to|it is time|it['’]s time|the lesson|the answer|the problem is|the truth is|the real|instead of|rather than|cannot|can['’]t afford|will (?:choose|have to|never|soon|probably|likely)|is a lie|no such thing|let['’]s hope|we need)\b/iu;
/** What the writer says someone needs ("What Rovers need is investment", "What this city needs now is …"). */
const WHAT_IS_NEEDED = /(?<![\p{L}])what (?:\p{L}{1,30} ){1,3}needs? (?:now |most )?is(?![\p{L}])/iu;
/** A sentence that sums up the writer's case ("In short, …", "The bottom line is …", "Put simply, …"). */
const SUMS_UP =
  /^(?:in short|in sum|in summary|in other words|in the end|ultimately|the bottom line|the point is|put simply|simply put|to put it simply)(?![\p{L}])/iu;
const NUMBER = /\d/u;
/** A review's score: "Score 4.5 out of 5", "Rating: 8/10", "★★★★☆". */
const RATING = /(?<![\d.])\d{1,2}(?:\.\d)?\s?(?:out of|\/)\s?(?:5|10|100)(?![\d.])|[★]{1,5}[☆]{0,4}/iu;
/** A fact-check's ruling: "We rate the statement Mostly True." */
const RULING =
  /(?<![\p{L}])we rate (?:this|the|that|his|her|their|its) (?:claim|statement)(?![\p{L}])|(?<![\p{L}])(?:rated|rating:?) (?:mostly true|mostly false|half true|pants on fire)(?![\p{L}])/iu;
/** A rating line is short: the score and a word or two, not a sentence about benchmarks. */
const MAX_RATING_CHARS = 60;

/** What follows a quote when it only says who said it: a speech verb and no second clause. */
const ATTRIBUTION =
  /^[^,;:]{0,120}(?<![\p{L}])(?:said|says|told|added|explained|wrote|writes|according to)(?![\p{L}])[^,;:]{0,80}[.!?]?$/u;
/**
 * What follows a quote when a speech verb comes first: the rest only says who spoke, however
 * long the speaker's title (“…,” said Jane Doe, founding director of the Center for …).
 */
const VERB_FIRST_ATTRIBUTION =
  /^[\s,]{0,3}(?:said|says|added|adds|told|explained|wrote|writes|noted|argued)(?![\p{L}])[^“”"«»„;:]{0,220}$/u;
/** A second clause after who spoke (", and the council voted …", ", as troops crossed …"): more than an attribution. */
const SECOND_CLAUSE = /,\s(?:and|but|as|while|after|before|because|when|although|though|so|then)(?![\p{L}])/u;
/** Who speaks, a speech verb and a colon or comma, then the quote ("Jane Doe, the chief executive, says: “…"). */
const INTRODUCED_QUOTE =
  /^[^“"«„:]{0,150}(?<![\p{L}])(?:says|said|adds|added|explains|explained|notes|noted)[,:] ?[“"«„]/u;
/** A speech verb (any tense) and a comma or colon right before a quotation mark: who speaks introduces the quote. */
const SPEECH_BEFORE_QUOTE =
  /(?<![\p{L}])(?:say|says|said|add|adds|added|explain(?:s|ed)?|note[sd]?|wr(?:ote|ites)|told|comment(?:s|ed)|state[sd]?|tweet(?:s|ed)|ask(?:s|ed)|recall(?:s|ed)|put it)[,:] ?$/u;

/**
 * Whether a double quotation mark opened in the sentence is still open at its end: the
 * sentence is cut inside someone's words (“Cannabis use … consequences. / "Given our findings…").
 * German „…“ closes with “; a straight " closes at its next occurrence.
 */
function openQuoteAt(text: string): number {
  let open = -1;
  const german = text.includes('„');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') open = open < 0 ? i : -1;
    else if (c === '„' || c === '«' || (c === '“' && !german)) open = open < 0 ? i : open;
    else if (c === '”' || c === '»' || (c === '“' && german)) open = -1;
  }
  return open;
}
/** Whether most of a sentence is inside quotation marks. */
export function isQuote(text: string): boolean {
  // Who says it, then the quote that makes up most of the sentence.
  const introduced = INTRODUCED_QUOTE.exec(text);
  if (introduced) return text.length - introduced[0].length > text.length * 0.5;
  // A quote that runs on past the sentence's end, opening it or introduced by who speaks
  // (the critic Pauline Kael wrote, “I'm frequently asked why I don't write my memoirs.).
  const open = openQuoteAt(text);
  if (open === 0 || (open > 0 && SPEECH_BEFORE_QUOTE.test(text.slice(0, open)))) return true;
  if (!OPENING_QUOTE.test(text)) return false;
  const close = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'), text.lastIndexOf('»'));
  // The quote and then only who said it ("…," lead researcher Lucas Paganini said in a statement;
  // "…," said Jane Doe, founding director of …).
  if (close <= 0) return false;
  const rest = text.slice(close + 1);
  return (
    close > text.length * 0.5 ||
    ATTRIBUTION.test(rest) ||
    (VERB_FIRST_ATTRIBUTION.test(rest) && !SECOND_CLAUSE.test(rest))
  );
}

/**
 * The share of a sentence's characters inside quotation marks ("…", “…”, «…», „…“): a sentence
 * that is mostly someone's words ("Border agents 'say $53 million a week…,' he said") reports
 * a claim, not the story.
 */
export function quoteShare(text: string): number {
  let inside = 0;
  for (const m of text.matchAll(/["“„«][^"“”«»„]{1,600}["”»“]/gu)) inside += m[0].length;
  return text.length ? inside / text.length : 0;
}

/** Words of the sentence outside quotation marks say "I" or "we": an aside of the writer. */
export function isFirstPerson(text: string): boolean {
  const outside = text.replace(/["“][^"“”]*["”]/gu, ' ');
  return /\b(?:I|I'm|I’m|I've|I’ve|my|me)\b/u.test(outside);
}

export const isQuestion = (text: string): boolean => /\?["”’)]?$/u.test(text.trimEnd());
export const pointsBack = (text: string): boolean => POINTS_BACK.test(text);
/** The turn from a scene or the background to the story ("But …", "Yet …", "Now …"): a nut graf may open on it. */
const TURN = /^(?:but|yet|now|today|instead)(?![\p{L}])/iu;
export const turnsToNews = (text: string): boolean => TURN.test(text);
export const joinsBack = (text: string): boolean => JOINS_BACK.test(text);
/** Starts inside a quote or in lower case: the end of something cut. */
export const isFragment = (text: string): boolean => STARTS_INSIDE_QUOTE.test(text) || /^\p{Ll}/u.test(text);
export const isAside = (text: string): boolean => ASIDE.test(text) || CAPITALS_LABEL.test(text);
/** A line that opens with a social-media handle: an embedded post's caption or a photo credit ("@harbourfest The parade …"). */
const SOCIAL_HANDLE = /^@[\p{L}\p{N}_]/u;
/**
 * Page furniture ("By Jane Doe on Monday, November 18th", "An artist's illustration of …",
 * "Copyright © 2019", "Follow Newsbeat on Instagram"), a caption under an embedded post
 * ("@handle …"), a list run together over several lines,
 * or a short line without a closing stop (a caption or a label; a standfirst is longer).
 */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  if (FURNITURE.test(t) || BYLINE.test(t) || CITATION.test(t) || t.includes('\n')) return true;
  if (SOCIAL_HANDLE.test(t)) return true;
  return !/[.!?…:;"”’»)。！？」』）]$/u.test(t) && t.split(/\s+/u).length < LABEL_WORDS && t.length < LABEL_CHARS;
}
export const hasNumber = (text: string): boolean => NUMBER.test(text);
/** A result: a score (or a cricket or golf margin) and a result verb ("beat … 2-1", "fell 4-1", "won by six wickets"). */
export const isResult = (text: string): boolean => (SCORE.test(text) || MARGIN.test(text)) && RESULT_VERB.test(text);
/** In a sports story, a result may also be told as a loss or by a noun ("fell 4-1 to", "a 24-20 victory"). */
export const isSportsResult = (text: string): boolean =>
  isResult(text) || ((SCORE.test(text) || MARGIN.test(text)) && SPORTS_RESULT_WORD.test(text));
export const isVerdict = (text: string): boolean => VERDICT.test(text);
/** A review's verdict in so many words: the best of its kind, worth it, recommended. */
export const isStrongVerdict = (text: string): boolean => STRONG_VERDICT.some((re) => re.test(text));
/**
 * A sentence that says the page is a review: it names a review and gives a verdict in other
 * words ("In our review, it is hard to beat"). "Rating", "verdict" or "overall" alone say
 * nothing (a credit rating, a jury's verdict, an air-quality rating of "hazardous").
 */
export const saysReview = (text: string): boolean => REVIEW_NAMED.test(text) && REVIEW_VERDICT.test(text);
/** A sentence recalling an earlier meeting's result ("won the reverse fixture 3-0"): no lede of a report or a preview. */
export const isEarlierMeeting = (text: string): boolean => EARLIER_MEETING.test(text);
/** A round-up's results line ("Palm Bay d. Rockledge 70-44"): the result, though short and without a stop. */
export const isResultLine = (text: string): boolean => RESULT_LINE.test(text.trim());
/** A round-up's box-score line (a team's record and a player's figures) or a preview's form guide: not the result. */
export const isStatLine = (text: string): boolean => STAT_LINE.test(text) || FORM_LINE.test(text);
/** A sports story's point: a result with its score, or a suspension, transfer, sacking, injury or standing. */
export const isSportsPoint = (text: string): boolean =>
  isSportsResult(text) || isResultLine(text) || SPORTS_MOVE.test(text);
/**
 * A research story's finding: what the study found or showed, or where it was published ("the
 * study found", "researchers discovered", "published in the journal Nature", "according to a study").
 */
const FINDING =
  /(?<![\p{L}])(?:found|finds|find that|discovered|discover|showed|shows|show that|suggests?|revealed|reveals|concluded|published (?:in|on)|in the journal|according to (?:a|the) (?:new )?(?:study|report|research|paper))(?![\p{L}])/iu;
export const isFinding = (text: string): boolean => FINDING.test(text);
/**
 * A research team's own result with its figure: who did the research, what they found, and a
 * number ("Paganini and his team reported that they detected 5,200 pounds of water vapor",
 * "the researchers found that 37 percent …"), not "the other 28 people showed no signs".
 */
const RESEARCHERS =
  /(?<![\p{L}])(?:researchers?|scientists?|team|study|studies|authors|astronomers|paper|trial|survey)(?![\p{L}])/giu;
const RESULT_VERB_OF_RESEARCH =
  /(?<![\p{L}])(?:found|finds|detected|measured|estimated|showed|shows|observed|identified|confirmed|discovered|reported|calculated|recorded)(?![\p{L}])/iu;
/** How far after who did the research its verb is looked for, within the clause. */
const TEAM_REACH = 80;
/** A figure that is not a bare year ("5,200", "37 percent", "1.4"; not "2024"). */
const FIGURE = /(?<![\d.,])(?!(?:1[89]|20)\d\d(?!\d|[.,]\d))\d/u;
export function isTeamFinding(text: string): boolean {
  if (!FIGURE.test(text)) return false;
  for (const m of text.matchAll(RESEARCHERS)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + TEAM_REACH);
    const clause = after.split(/[.;!?]/u)[0] ?? '';
    if (RESULT_VERB_OF_RESEARCH.test(clause)) return true;
  }
  return false;
}
/**
 * A signpost: a sentence that announces what the page goes on to tell instead of telling it
 * ("Here's a look at three of the more surprising results", "Let's talk about it", "This post
 * explains why that's interesting", "In this article, we look at …", "Check them out below").
 */
const SIGNPOST =
  /^(?:here(?:['’]s| is| are) (?:a (?:quick |closer |brief )?(?:look|rundown|roundup|breakdown|guide|summary)|what (?:you need|we know)|how|why|everything)|let['’]s (?:take a (?:closer |quick )?look|look|talk|dive|start|begin|break)|(?:this|the following) (?:post|article|piece|guide|explainer|story) (?:explains|looks|will|describes|covers|takes|walks|shows)|in this (?:post|article|piece|guide|explainer),? (?:we|i)(?![\p{L}])|(?:read on|keep reading|scroll down|read more) (?:to|for)(?![\p{L}])|(?:check|see|find) (?:them|it|it all|those|these|more|out more) (?:out )?below(?![\p{L}]))/iu;
export const isSignpost = (text: string): boolean => SIGNPOST.test(text.trim());
/** A press release's "who we are", a call to learn more, a sponsor or producer line: never the story. */
export const isBoilerplate = (text: string): boolean => BOILERPLATE.test(text);
/** A business story's point: a figure (money, a percentage, a rate) and what it did or what the deal is. */
export const isBusinessMove = (text: string): boolean => BUSINESS_FIGURE.test(text) && BUSINESS_MOVE.test(text);
/** A move of a market or a company's numbers, or a deal, with or without its figure ("stock is falling"). */
export const namesBusinessMove = (text: string): boolean => BUSINESS_MOVE.test(text);
/**
 * A nut graf's words: the sentence that says why the story matters or where it fits ("The move
 * comes as …", "It is the latest …", "That matters because …", "… is part of a broader …",
 * "The stakes are …"), or draws the point the story is about ("The result is …", "That is why
 * …", "What this means …", "The real question …": an analysis's thesis after its scene).
 */
const NUT_CUE =
  /(?<![\p{L}])(?:comes (?:as|amid|after|at a time)|came (?:as|amid)|is the latest|was the latest|matters because|the stakes|at stake|is part of a (?:broader|wider|larger|growing)|marks the first|the first time since|signals? that|raises (?:questions|concerns|fears)|a sign that|the result is|the upshot|that is why|that['’]s why|which is why|this is why|what (?:this|that|it) means|the reason is|the real (?:story|question|issue|problem)|the (?:big|bigger|central|key) question)(?![\p{L}])/iu;
export const isNutCue = (text: string): boolean => NUT_CUE.test(text);
export const isArgument = (text: string): boolean =>
  ARGUMENT.test(text) || SUMS_UP.test(text) || WHAT_IS_NEEDED.test(text);
/** A sentence that opens by summing up the case ("In short, slaughter is likely coming"): the conclusion, not an aside. */
export const sumsUp = (text: string): boolean => SUMS_UP.test(text);
/** The writer's bio line under a column: who wrote it, not what it argues. */
export const isAuthorBio = (text: string): boolean => AUTHOR_BIO.test(text);
/** A fact-check's ruling sentence ("We rate the statement Mostly True."). */
export const isRuling = (text: string): boolean => RULING.test(text);
/** A short line that gives a review's score ("Score 4.5 out of 5"). */
export const isRating = (text: string): boolean => text.length <= MAX_RATING_CHARS && RATING.test(text);
