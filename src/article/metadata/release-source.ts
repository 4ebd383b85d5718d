/**
 * The company a press release is from, as the wire services and the newsrooms that run on
 * them print it on the release's last line ("SOURCE Harbour Energy", PR Newswire's mark):
 * a release credits no writer, the company that issues it is its author. The company must
 * be the one the release's title or opening paragraph names (the "SOURCE" of its news), so
 * a chart's or a table's source is never taken.
 */
import { pageParagraphs } from './elements';
import { inRegion } from './regions';
import { flatText } from './visible-text';

/** "SOURCE Harbour Energy" (the word in capitals, as the wires print it), alone on its line. */
const SOURCE_LINE = /^SOURCE:?\s+(\p{Lu}[\p{L}\p{N}&.,'’ -]{1,58}[\p{L}\p{N}.])$/u;

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
  const opening = [title ?? '', ...paragraphs.slice(0, FIRST_PARAGRAPHS).map(flatText)].join(' ');
  for (const p of paragraphs.slice(-LAST_PARAGRAPHS).reverse()) {
    const m = SOURCE_LINE.exec(flatText(p));
    if (!m?.[1] || inRegion(p, ELSEWHERE)) continue;
    const company = withoutTrailingPunctuation(m[1]).trim();
    return opening.includes(company) ? company : null;
  }
  return null;
}
