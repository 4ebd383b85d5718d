/**
 * A record chart is a thing, not a body (eval/gold/guidelines/lang-news.md: the en-train gold marks
 * "Number Three on the Official Albums Chart", "Number Four on the Billboard Top Country Albums
 * chart", `Billboard 200`, `Hot 100` MISC, and the magazine `Billboard` ORG). The tagger reads a
 * chart's name as its publisher's from its first word ("Official", "Billboard"). Issue 15, the
 * families of the en-train pages (NME, Rolling Stone).
 *
 * After tagging (English): a mention typed ORG whose last word is "Chart" ("the UK Singles
 * Chart"; "Official Charts Company" and "Esports Charts" are bodies), or that is "Billboard"
 * followed by a chart's words ("Billboard Hot 100", "Billboard 200", "Billboard Top Country
 * Albums") or its awards ("Billboard Music Awards"), is OTHER. Per mention, a look at its last
 * word; no regular expression over the text.
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';
import { lastSpace } from './last-space';

/** Last words of a chart or its awards after "Billboard ". */
const BILLBOARD_LAST = new Set(['100', '200', 'Albums', 'Songs', 'Singles', 'Airplay', 'Chart', 'Awards']);

/** Whether an ORG mention's text names a chart. */
function isChart(name: string): boolean {
  const space = lastSpace(name);
  if (space < 0) return false;
  const last = name.slice(space + 1);
  return last === 'Chart' || (name.startsWith('Billboard ') && BILLBOARD_LAST.has(last));
}

/** `mentions` with record charts typed ORG made OTHER. */
export function withCharts(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) => (m.type === 'ORG' && isChart(m.text) ? retype(m, 'OTHER') : m));
}
