/**
 * The company a press release is from, as the wire services and the newsrooms that run on
 * them print it on the release's last line ("SOURCE Harbour Energy", PR Newswire's mark) or
 * on the line under its title ("… 08:00 ET | Source: Harbour Energy", GlobeNewswire's):
 * a release credits no writer, the company that issues it is its author. The company must
 * be the one the release's title or opening paragraph names (the "SOURCE" of its news), so
 * a chart's or a table's source is never taken.
 */
import { pageParagraphs } from './elements';
import { inRegion } from './regions';
import { flatText } from './visible-text';

/** "SOURCE Harbour Energy" (the word in capitals, as the wires print it), alone on its line. */
const SOURCE_LINE = /^SOURCE:?\s+(\p{Lu}[\p{L}\p{N}&.,'’ -]{1,58}[\p{L}\p{N}.])$/u;

/**
 * "March 05, 2024 08:00 ET | Source: Harbour Energy Inc.": the line under a release's title on
 * GlobeNewswire's pages, the company last after "Source:" (a capital S, after a separator or
 * alone on the line).
 */
const SOURCE_AFTER_DATE = /^Source: ?(\p{Lu}[\p{L}\p{N}&.,'’ -]{1,58}[\p{L}\p{N}.])$/u;
/** What may come before that "Source:": the line's start, or a separator and perhaps a space. */
const BEFORE_SOURCE = /(?:^|[|·•] ?)$/u;

/** The company after a line's last "Source:" (see SOURCE_AFTER_DATE), or null. */
function sourceAfterDate(text: string): string | null {
  const at = text.lastIndexOf('Source:');
  if (at < 0 || !BEFORE_SOURCE.test(text.slice(Math.max(0, at - 2), at))) return null;
  return SOURCE_AFTER_DATE.exec(text.slice(at))?.[1] ?? null;
}

/** Regions of the page whose paragraphs are another release's or the page's own. */
const ELSEWHERE = /comment|related|recommend|sidebar|newsletter|promo|more-(?:from|stories|news)|recirc|popular/iu;

/** Paragraphs looked at, from the end of the page; and from its start for the opening one. */
const LAST_PARAGRAPHS = 12;
const FIRST_PARAGRAPHS = 3;

/** A text without the full stops and commas it ends with (a loop: a `[.,]+$` pattern rescans every run). */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ',')) end--;
  return text.slice(0, end);
}

/** The company a press release's "SOURCE" line names when its title or opening names it too, or null. */
export function releaseSource(doc: Document, title: string | null): string | null {
  const paragraphs = pageParagraphs(doc);
  const first = paragraphs.slice(0, FIRST_PARAGRAPHS + 1).map(flatText);
  const opening = [title ?? '', ...first.slice(0, FIRST_PARAGRAPHS)].join(' ');
  // Or the source line under the title, the company named again in the title or the release's opening.
  for (const [i, text] of first.entries()) {
    const source = sourceAfterDate(text);
    if (!source || inRegion(paragraphs[i] as Element, ELSEWHERE)) continue;
    const company = withoutTrailingPunctuation(source).trim();
    const rest = [title ?? '', ...first.filter((_, k) => k !== i)].join(' ');
    if (rest.includes(company)) return company;
  }
  for (const p of paragraphs.slice(-LAST_PARAGRAPHS).reverse()) {
    const m = SOURCE_LINE.exec(flatText(p));
    if (!m?.[1] || inRegion(p, ELSEWHERE)) continue;
    const company = withoutTrailingPunctuation(m[1]).trim();
    return opening.includes(company) ? company : null;
  }
  return null;
}
