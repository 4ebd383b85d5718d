/**
 * What the passes that find companies by their context share (org-company-appositives.ts,
 * org-company-evidence.ts): where a name ends before its apposition, and the short names a
 * company found so lends its type to.
 */
import type { EntityMention } from '../types';
import { charAt } from './chars';

/** Whether a name closes right after `end` (a comma, a full stop, a bracket, a semicolon or the block's end). */
export function closesName(block: string, end: number): boolean {
  const c = charAt(block, end);
  return c === '' || c === ',' || c === '.' || c === ')' || c === ';' || c === '\n';
}

/**
 * The companies' names with their short names: the first word of a company of two words or more
 * ("Lonsdale" of "Lonsdale Homes"), unless it is a word of a person's name of two words or more on
 * the page (one not among the companies) or `mayShorten` refuses it.
 */
export function withShortNames(
  mentions: readonly EntityMention[],
  companies: ReadonlySet<string>,
  mayShorten: (first: string) => boolean,
): Set<string> {
  const personWords = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && m.text.includes(' ') && !companies.has(m.text))
      for (const w of m.text.split(' ')) personWords.add(w);
  const names = new Set(companies);
  for (const c of companies) {
    const space = c.indexOf(' ');
    if (space <= 0) continue;
    const first = c.slice(0, space);
    if (!personWords.has(first) && mayShorten(first)) names.add(first);
  }
  return names;
}
