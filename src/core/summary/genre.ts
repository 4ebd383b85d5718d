/**
 * The genre a summary is written for, as far as it changes what the summary leads with: a
 * match report (the result), a review (the verdict), an opinion piece (the argument), a
 * business story (the deal or the figure), a feature (the nut graf); anything else is read as
 * news. From the page's address and title where they say it ("/opinion/", "/sport/",
 * "/business/", "/features/", "… review"), from a verdict heading ("Verdict", "Bottom line" in
 * a review), else from the opening sentences (a score and a result verb; a figure that moved).
 */
import { isBusinessMove, isResult, isVerdict, namesBusinessMove } from './cues';

export type Genre = 'sports' | 'review' | 'opinion' | 'business' | 'feature' | 'other';

const OPINION_PATH =
  /\/(?:opinions?|commentisfree|comment|columns?|columnists?|editorials?|op-?eds?|views|perspectives?|blogs?\/opinion)(?:\/|$)/iu;
const SPORTS_PATH =
  /\/(?:sports?|football|soccer|nfl|nba|nhl|mlb|tennis|cricket|rugby(?:-union|-league)?|golf|cycling|f1|formula-?1|motorsport|boxing|athletics|olympics)(?:\/|$)/iu;
const REVIEW_TITLE = /\breview(?:ed)?\b|\bhands-on\b|\btested\b/iu;
const REVIEW_PATH = /\/reviews?(?:\/|$)|[/-]review(?:[/-]|\.|$)/iu;
const OPINION_TITLE = /^(?:opinion|comment|editorial|column|view|analysis)\s?[:|–—-]/iu;
const BUSINESS_PATH =
  /\/(?:business|markets?|economy|economics|money|finance|personal-finance|companies|deals|earnings|stocks|investing|real-?estate|morning-money)(?:\/|$)/iu;
const FEATURE_PATH = /\/(?:features?|magazine|long-?reads?|longform|the-long-read|in-depth|profiles?)(?:\/|$)/iu;
/** A heading over a review's verdict: "Verdict", "Our verdict", "The bottom line", "Should you buy it?". */
export const VERDICT_HEADING =
  /^(?:(?:our|the|final|overall)\s)?(?:verdict|bottom line|conclusions?|final thoughts|should you buy(?: it)?)(?![\p{L}])/iu;
/** Only "Verdict" itself says review; a bottom line or a conclusion does when the page says "review". */
const VERDICT_ONLY = /^(?:(?:our|the|final)\s)?verdict(?![\p{L}])/iu;
const REVIEW_WORD = /(?<![\p{L}])review(?![\p{L}])/iu;
/** A headline about a market or a company's numbers ("Home Depot stock is falling after its earnings"). */
const BUSINESS_TITLE =
  /(?<![\p{L}])(?:stocks?|shares|earnings|profits?|revenue|sales|ipo|listing|merger|acquisition|takeover|interest rates?|rates|gdp|economy|inflation|markets?|prices)(?![\p{L}])/iu;

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
  meta: { url?: string | null; title?: string | null; headings?: readonly string[] } = {},
): Genre {
  const path = pathOf(meta.url);
  const title = meta.title ?? '';
  const headings = meta.headings ?? [];
  if (REVIEW_TITLE.test(title) || REVIEW_PATH.test(path)) return 'review';
  if (OPINION_PATH.test(path) || OPINION_TITLE.test(title)) return 'opinion';
  if (SPORTS_PATH.test(path) || isResult(title) || opening.slice(0, 8).some(isResult)) return 'sports';
  if (all.some((t) => isVerdict(t) && /\b(?:review|verdict|rating)\b/iu.test(t))) return 'review';
  const reviewed = headings.some((h) => REVIEW_WORD.test(h));
  if (headings.some((h) => VERDICT_ONLY.test(h) || (reviewed && VERDICT_HEADING.test(h)))) return 'review';
  if (BUSINESS_PATH.test(path) || (BUSINESS_TITLE.test(title) && namesBusinessMove(title))) return 'business';
  if (opening.slice(0, 2).some(isBusinessMove)) return 'business';
  if (FEATURE_PATH.test(path)) return 'feature';
  return 'other';
}
