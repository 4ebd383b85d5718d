/**
 * The genre a summary is written for, as far as it changes what the summary leads with: a
 * match report (the result), a review (the verdict), an opinion piece (the argument), a
 * business story (the deal or the figure), a feature (the nut graf); anything else is read as
 * news. From the page's address and title where they say it ("/opinion/", "/sport/",
 * "/business/", "/features/", "… review"), from a verdict heading ("Verdict", "Bottom line" in
 * a review) or a buying guide's pick headings ("Best overall: …"), else from the opening sentences (a score and a result verb; a figure that moved;
 * for a short story, the words it is told in: "coach", "playoff"; "shares", "chief executive"; for a
 * research story of any length, the study it names: "A new study investigates …", a paper's "Abstract").
 */
import { isBusinessMove, isResult, namesBusinessMove, saysReview } from './cues';

export type Genre = 'sports' | 'review' | 'opinion' | 'business' | 'feature' | 'science' | 'other';

const OPINION_PATH =
  /\/(?:opinions?|commentisfree|comment|columns?|columnists?|editorials?|op-?eds?|views|ideas|perspectives?|blogs?\/opinion)(?:\/|$)/iu;
const SPORTS_PATH =
  /\/(?:sports?|football|soccer|nfl|nba|nhl|mlb|tennis|cricket|rugby(?:-union|-league)?|golf|cycling|f1|formula-?1|motorsport|boxing|athletics|olympics)(?:\/|$)/iu;
/**
 * A title that names a review ("… review", "Hands-on", "Tested") or a page of reviews or picks
 * ("More Reviews from Visitors", "Reviews of …", "Gift Guide: …", "Buyer's guide").
 */
const REVIEW_TITLE =
  /\breview(?:ed)?\b|\bhands-on\b|\btested\b|\breviews (?:from|of|by)\b|\bgift guide\b|\bbuyer['’]?s['’]? guide\b/iu;
const REVIEW_PATH = /\/reviews?(?:\/|$)|[/-]review(?:[/-]|\.|$)/iu;
const OPINION_TITLE =
  /^(?:opinion|comment|editorial|column|view|analysis)\s?[:|–—-]|^(?:the [\p{L}]{1,20} view on|our view)(?![\p{L}])/iu;
/**
 * A kicker or a columnist's line over the article ("Opinion", "Comment", "Opinion Columnist",
 * "Guest column", "Editorial"): a line of its own, nothing else on it.
 */
const OPINION_LINE =
  /^(?:opinion|opinions|comment|commentary|column|editorial|op-?ed|guest (?:column|opinion|essay)|(?:opinion |contributing |guest |senior )?columnist|perspective)[.:]?$/iu;
/**
 * A sports kicker over the article ("Race report", "Match report", "Match preview", "Player
 * ratings"): a line of its own, nothing else on it.
 */
const SPORTS_LINE = /^(?:(?:race|match|game|fight|stage|round) (?:report|preview|reaction)|player ratings)[.:]?$/iu;
/** The writer naming the piece a column ("one of the authors of this column", "esta columna"). */
const THIS_COLUMN =
  /(?<![\p{L}])(?:this (?:column|op-?ed|editorial)|esta columna|cette chronique|diese kolumne|deze column)(?![\p{L}])/iu;
/** How many of the page's first lines a kicker is looked for in. */
const KICKER_REACH = 6;
const BUSINESS_PATH =
  /\/(?:business|markets?|economy|economics|money|finance|personal-finance|companies|deals|earnings|stocks|investing|real-?estate|morning-money)(?:\/|$)/iu;
const SCIENCE_PATH =
  /\/(?:(?:science|health)(?:[-_][a-z]{1,12}){0,3}|sci-tech|scitech|space|environment|research|medicine|medical|nature|climate)(?:\/|$)/iu;
/**
 * Words a research story is told in (a study, its authors, the journal, what they found): three of
 * them in the opening say science.
 */
const SCIENCE_WORDS =
  /(?<![\p{L}])(?:study|studies|researchers?|scientists?|journal|published|findings?|found|discovered|university|professor|experiments?|species|patients|trial|astronomers?|physicists?|biologists?|data|samples?|peer-reviewed|preprint|clinical|case (?:study|report)|diagnos(?:ed|is)|disease|infect(?:ed|ion|ious)|symptoms?|bacteri(?:a|um)|virus|immune|pathogens?|tumou?rs?|genes?|genetic|dna|cells|neuroscien\p{L}*)(?![\p{L}])/giu;
/**
 * A research story naming itself in its opening, however long the page: a study or a trial and
 * what it does ("A new study investigates …", "The purpose of this research study is to evaluate
 * …", "according to a new case report", "published in the journal …").
 */
const RESEARCH_CUE =
  /(?<![\p{L}])(?:(?:a|the|this) (?:new |recent |latest |small |large )?(?:research |clinical )?(?:study|trial|case report) (?:published|found|finds|suggests|shows|showed|investigates|examines|evaluates|tested)|new research (?:shows|suggests|finds|found|investigates)|(?:purpose|aim|goal) of (?:this|the) (?:research |clinical )?(?:study|trial)|according to (?:a|the) (?:new |recent )?(?:study|case report)|published (?:online )?in the journal|peer-reviewed journal)(?![\p{L}])/iu;
/** A paper's own lines over its text: "Abstract", its DOI ("doi: https://doi.org/10.1101/…"). */
const PAPER_LINE =
  /^(?:abstract[.:]?|doi:?\s{0,3}(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S{1,200}|https?:\/\/(?:dx\.)?doi\.org\/10\.\d{4,9}\/\S{1,200})$/iu;
const FEATURE_PATH = /\/(?:features?|magazine|long-?reads?|longform|the-long-read|in-depth|profiles?)(?:\/|$)/iu;
/** A heading over a review's verdict: "Verdict", "Our verdict", "The bottom line", "Should you buy it?". */
export const VERDICT_HEADING =
  /^(?:(?:our|the|final|overall)\s)?(?:verdict|bottom line|conclusions?|final thoughts|should you buy(?: it)?)(?![\p{L}])/iu;
/**
 * A buying guide's pick under its own heading ("Best overall: Arden Q5", "Best budget pair: Velo
 * Two", "Top pick: …", "Runner-up: …", "Also great: …"): the thing picked, after the colon.
 */
export const PICK_HEADING =
  /^(?:(?:the |our )?best(?: [\p{L}-]{1,20}){0,4}|(?:our |top |budget |upgrade )?pick|runner-up|also great|best value):\s{0,3}(\S[^:]{1,60})$/iu;

/** Only "Verdict" itself says review; a bottom line or a conclusion does when the page says "review". */
const VERDICT_ONLY = /^(?:(?:our|the|final)\s)?verdict(?![\p{L}])/iu;
const REVIEW_WORD = /(?<![\p{L}])review(?![\p{L}])/iu;
/** A review's pros and cons under their own headings ("Pros", "Cons", "The good", "What we didn't like"). */
const PROS_CONS =
  /^(?:pros|cons|pros and cons|pros & cons|the good|the bad|likes|dislikes|what we (?:liked|loved|didn['’]t like|disliked))[:.]?$/iu;
/** A product's specifications under their own heading ("Specs", "Tech specs", "Specifications"). */
const SPECS = /^(?:(?:tech(?:nical)?|key|full) )?(?:specs|specifications)[:.]?$/iu;
/** A price: "$1,299", "£49.99", "€30". */
const PRICE = /[$€£]\s?\d/u;
/** A headline about a market or a company's numbers ("Home Depot stock is falling after its earnings"). */
const BUSINESS_TITLE =
  /(?<![\p{L}])(?:stocks?|shares|earnings|profits?|revenue|sales|ipo|listing|merger|acquisition|takeover|interest rates?|rates|gdp|economy|inflation|markets?|prices)(?![\p{L}])/iu;

/**
 * A company's announcement in the headline: a deal, a hire, results or a launch at a price
 * ("Ascom announces a strategic distribution partnership with …", "my6sense Names … Chief
 * Strategy Officer", "… game will launch in December for $10").
 */
const COMPANY_TITLE =
  /(?<![\p{L}])(?:announces?|announced|names|appoints|unveils|introduces|launch(?:es)?|signs|completes|reports)(?![\p{L}])[^.!?]{0,80}(?<![\p{L}])(?:partnerships?|agreements?|contracts?|acquisitions?|mergers?|results|earnings|revenues?|chief [\p{L}]{1,20} officer|ceo|cfo)(?![\p{L}])|(?<![\p{L}])launch(?:es|ed)?(?![\p{L}])[^.!?]{0,60}[$€£]\s?\d/iu;

/**
 * Words a sports story is told in, whatever its kind (a match, a transfer, a suspension, the
 * standings): sports-specific enough that two of them in the opening say sports.
 */
const SPORTS_WORDS =
  /(?<![\p{L}])(?:coach|quarterback|goalkeeper|keeper|striker|midfielder|playoff|play-off|league|tournament|championship|semi-?final|quarter-?final|touchdown|innings|wicket|referee|overtime|half-?time|nfl|nba|nhl|mlb|uefa|fifa|grand slam|olympic|medal|podium|season|squad|scored|pitcher|defensive end|draft pick|transfer window|grand prix|marathon|laps|pole position|course record|personal best|final whistle|stoppage time|injury time|relegat|winless|dugout|substitute|hat-trick|hat trick|free kick|penalty shootout)/giu;
/**
 * Words a company story is told in (a deal, a launch, a hire, a contract, a market): three of
 * them in the opening say business.
 */
const BUSINESS_WORDS =
  /(?<![\p{L}])(?:compan(?:y|ies)|firms?|shares|shareholders?|investors?|investments?|stocks?|ceo|chief executive|chief operating|revenues?|profits?|earnings|acqui\p{L}*|mergers?|ipo|partnerships?|contracts?|customers?|clients?|startups?|brands?|launch\p{L}*|markets?|sales|subsidiar\p{L}*|business\p{L}*|platforms?|pric(?:e|es|ed|ing)|wall street|lay off|layoffs?|job cuts|losses|industry|industries|manufactur\p{L}*|commercial|providers?|solutions)(?![\p{L}])/giu;
/** Articles up to this many sentences may be read as business or sports by their words (a longer one is more often a feature). */
const LEXICAL_SENTENCES = 60;
/** How many opening sentences the words are looked for in. */
const LEXICAL_REACH = 5;

/** schema.org types that name an opinion piece, a review, a scholarly paper. */
const OPINION_TYPE = /^(?:Opinion|Satirical)NewsArticle$/u;
const REVIEW_TYPE = /^(?:Review|CriticReview|UserReview|ReviewNewsArticle)$/u;
const SCHOLARLY_TYPE = /^(?:Medical)?ScholarlyArticle$/u;

/**
 * The publisher's section written as a path ("Science & Health" as "/science-health/"), so the
 * address's section words read it too; '' when there is none.
 */
function sectionPath(section: string | null | undefined): string {
  const words = (section ?? '')
    .toLowerCase()
    .slice(0, 80)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length ? `/${words.join('-')}/` : '';
}

/** How many different words of a vocabulary the texts use (lower case, "playoffs" as "playoff"). */
function distinctWords(texts: readonly string[], vocabulary: RegExp): number {
  const seen = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(vocabulary)) seen.add(m[0].toLowerCase());
  return seen.size;
}

/** The path of an address, lower case; '' when it has none. */
function pathOf(url: string | null | undefined): string {
  if (!url) return '';
  const at = url.indexOf('//');
  const slash = url.indexOf('/', at < 0 ? 0 : at + 2);
  return slash < 0 ? '' : url.slice(slash).split(/[?#]/u)[0]!.toLowerCase();
}

export function genreOf(
  opening: readonly string[],
  all: readonly string[],
  meta: {
    url?: string | null;
    title?: string | null;
    section?: string | null;
    schemaTypes?: readonly string[];
    headings?: readonly string[];
    lines?: readonly string[];
  } = {},
): Genre {
  const path = pathOf(meta.url);
  const section = sectionPath(meta.section);
  // The address or the publisher's section names it ("/sport/", "Opinion", "Science & Health").
  const filed = (re: RegExp): boolean => re.test(path) || re.test(section);
  const types = meta.schemaTypes ?? [];
  const title = meta.title ?? '';
  const headings = meta.headings ?? [];
  if (REVIEW_TITLE.test(title) || filed(REVIEW_PATH) || types.some((t) => REVIEW_TYPE.test(t))) return 'review';
  if (filed(OPINION_PATH) || OPINION_TITLE.test(title) || types.some((t) => OPINION_TYPE.test(t))) return 'opinion';
  // A kicker or a columnist's line among the first lines, or the writer calling it a column.
  if ((meta.lines ?? []).slice(0, KICKER_REACH).some((l) => OPINION_LINE.test(l.trim()))) return 'opinion';
  if (all.some((t) => THIS_COLUMN.test(t))) return 'opinion';
  if (filed(SPORTS_PATH) || isResult(title) || opening.slice(0, 8).some(isResult)) return 'sports';
  if ((meta.lines ?? []).slice(0, KICKER_REACH).some((l) => SPORTS_LINE.test(l.trim()))) return 'sports';
  if (all.some(saysReview)) return 'review';
  const reviewed = headings.some((h) => REVIEW_WORD.test(h));
  if (headings.some((h) => VERDICT_ONLY.test(h) || (reviewed && VERDICT_HEADING.test(h)))) return 'review';
  // What a review carries besides its name: its pros and cons, a product's specs beside its
  // price. (A score line alone, "Rating: 4 out of 5", is left to the page's other signs.)
  if (headings.some((h) => PROS_CONS.test(h))) return 'review';
  // A buying guide: two picks or more under their own headings ("Best overall: …", "Best budget pair: …").
  if (headings.filter((h) => PICK_HEADING.test(h)).length >= 2) return 'review';
  if (headings.some((h) => SPECS.test(h)) && all.some((t) => PRICE.test(t))) return 'review';
  if (filed(BUSINESS_PATH) || (BUSINESS_TITLE.test(title) && namesBusinessMove(title))) return 'business';
  if (COMPANY_TITLE.test(title)) return 'business';
  if (opening.slice(0, 2).some(isBusinessMove)) return 'business';
  if (filed(FEATURE_PATH)) return 'feature';
  if (filed(SCIENCE_PATH) || types.some((t) => SCHOLARLY_TYPE.test(t))) return 'science';
  // A paper's abstract and DOI over its text, or a study, a trial, a journal named in the opening.
  if ((meta.lines ?? []).slice(0, KICKER_REACH).some((l) => PAPER_LINE.test(l.trim()))) return 'science';
  if (opening.slice(0, LEXICAL_REACH).some((t) => RESEARCH_CUE.test(t))) return 'science';
  // A page whose address and title say nothing: a short story told in a genre's words.
  if (all.length <= LEXICAL_SENTENCES) {
    const lead = opening.slice(0, LEXICAL_REACH);
    if (distinctWords(lead, SPORTS_WORDS) >= 2) return 'sports';
    if (distinctWords(lead, BUSINESS_WORDS) >= 3) return 'business';
    if (distinctWords(lead, SCIENCE_WORDS) >= 3) return 'science';
  }
  return 'other';
}
