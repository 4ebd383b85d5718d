/**
 * The credit line that ends an agency story ("(Reporting by Greg Roumeliotis, Joshua
 * Franklin and Koh Gui Qing in New York; Additional reporting by Herb Lash; Editing by
 * Martin Howell)"), as Reuters and the papers that run its copy print it. Where the byline
 * names only the agency ("Reuters"), the reporters it names are the story's authors; those
 * of additional reporting, the editors and the photographers are not.
 */
import { cleanNames, type NameContext } from './byline';
import { isAgency } from './dateline-agency';
import { pageParagraphs } from './elements';
import { inRegion } from './regions';
import { flatText } from './visible-text';

/** A paragraph that opens with a credit ("(Reporting by …", "Writing by …"). */
const OPENS_WITH_CREDIT = /^\(?\s*(?:reporting|reported|writing|written)(?: and (?:writing|reporting))? by\s/iu;

/**
 * A credit's label and the "by" that ends it, with what introduces it: "; Editing by",
 * ", with reporting by", "Additional reporting by". The names run from one label to the next.
 */
const LABEL =
  /\b(?:(with|additional|and) )?(?:additional )?(reporting|reported|writing|written|editing|edited|compiled|graphics|photos?|photography|production|produced|research|video)(?: and (?:writing|editing|reporting))? by /giu;

/** Labels whose names wrote the story. */
const WRITERS = new Set(['reporting', 'reported', 'writing', 'written']);

/** Regions of the page whose paragraphs are another story's or the page's own. */
const ELSEWHERE =
  /comment|related|recommend|sidebar|newsletter|promo|more-(?:from|stories|news)|recirc|popular|trending/iu;

/** Longest credit paragraph read. */
const MAX_CREDIT_CHARS = 400;
/** Paragraphs looked at, from the end of the page. */
const MAX_PARAGRAPHS = 400;
/** Reporters named at most. */
const MAX_REPORTERS = 8;

/** The reporters an end credit names, or [] when the page has none. */
export function endCreditAuthors(doc: Document, context: NameContext = {}): string[] {
  const paragraphs = pageParagraphs(doc).slice(-MAX_PARAGRAPHS);
  for (const p of paragraphs) {
    const text = flatText(p);
    if (text.length > MAX_CREDIT_CHARS || !OPENS_WITH_CREDIT.test(text) || inRegion(p, ELSEWHERE)) continue;
    const names = reportersOf(text, context);
    if (names.length) return names.slice(0, MAX_REPORTERS);
  }
  return [];
}

/** The names after the writers' labels of one credit line. */
export function reportersOf(raw: string, context: NameContext = {}): string[] {
  const credit = raw.replace(/\s+/gu, ' ');
  const labels = Array.from(credit.matchAll(LABEL));
  const out: string[] = [];
  labels.forEach((m, i) => {
    const [all, introducer, kind] = m;
    // "with reporting by", "Additional reporting by", "and additional reporting by": helpers, not writers.
    if (introducer || !kind || !WRITERS.has(kind.toLowerCase())) return;
    const from = (m.index ?? 0) + all.length;
    const to = labels[i + 1]?.index ?? credit.length;
    const segment = withoutTrailing(credit.slice(from, to));
    for (const n of cleanNames(segment, context)) if (!out.includes(n)) out.push(n);
  });
  return out;
}

/** A segment without the stops, brackets and spaces that end it ("Koh Gui Qing in New York; " -> "…York"). */
function withoutTrailing(segment: string): string {
  let end = segment.length;
  while (end > 0 && TRAILING.has(segment.charAt(end - 1))) end--;
  return segment.slice(0, end);
}

const TRAILING = new Set([' ', ';', ',', '.', ')']);

/**
 * An agency's credit closing the story on a line of its own, after a dash, in brackets or
 * after a copyright sign ("— Reuters", "(AFP)", "© dpa"): the agency that wrote it.
 */
const CLOSING_AGENCY = /^(?:[-–—]{1,2}\s?|©\s?|\()([\p{L}][\p{L} .’'-]{1,38}?)\)?\.?$/u;
/** Paragraphs looked at, from the end of the page, for a closing agency credit. */
const MAX_CLOSING_PARAGRAPHS = 40;

/** The agency a line closing the story credits, or null. */
export function closingAgency(doc: Document): string | null {
  const paragraphs = pageParagraphs(doc).slice(-MAX_CLOSING_PARAGRAPHS);
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i] as Element;
    const text = flatText(p);
    if (text.length > MAX_CLOSING_CHARS || inRegion(p, ELSEWHERE)) continue;
    const name = CLOSING_AGENCY.exec(text)?.[1]?.trim();
    if (name && isAgency(name)) return name;
  }
  return null;
}

/** Longest closing credit line read. */
const MAX_CLOSING_CHARS = 48;
