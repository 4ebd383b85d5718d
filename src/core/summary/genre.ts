/**
 * The genre a summary is written for, as far as it changes what the summary leads with: a
 * match report (the result), a review (the verdict), an opinion piece (the argument); anything
 * else is read as news. From the page's address and title where they say it ("/opinion/",
 * "/sport/", "… review"), else from the opening sentences (a score and a result verb).
 */
import { isResult, isVerdict } from './cues';

export type Genre = 'sports' | 'review' | 'opinion' | 'other';

const OPINION_PATH =
  /\/(?:opinions?|commentisfree|comment|columns?|columnists?|editorials?|op-?eds?|views|perspectives?|blogs?\/opinion)(?:\/|$)/iu;
const SPORTS_PATH =
  /\/(?:sports?|football|soccer|nfl|nba|nhl|mlb|tennis|cricket|rugby(?:-union|-league)?|golf|cycling|f1|formula-?1|motorsport|boxing|athletics|olympics)(?:\/|$)/iu;
const REVIEW_TITLE = /\breview(?:ed)?\b|\bhands-on\b|\btested\b/iu;
const REVIEW_PATH = /\/reviews?(?:\/|$)|[/-]review(?:[/-]|\.|$)/iu;
const OPINION_TITLE = /^(?:opinion|comment|editorial|column|view|analysis)\s?[:|–—-]/iu;

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
  meta: { url?: string | null; title?: string | null } = {},
): Genre {
  const path = pathOf(meta.url);
  const title = meta.title ?? '';
  if (REVIEW_TITLE.test(title) || REVIEW_PATH.test(path)) return 'review';
  if (OPINION_PATH.test(path) || OPINION_TITLE.test(title)) return 'opinion';
  if (SPORTS_PATH.test(path) || opening.slice(0, 8).some(isResult)) return 'sports';
  if (all.some((t) => isVerdict(t) && /\b(?:review|verdict|rating)\b/iu.test(t))) return 'review';
  return 'other';
}
