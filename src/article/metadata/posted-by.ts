/**
 * Who put the story on the site, not who wrote it: a local site that runs an agency's story
 * credits the agency under the headline ("By The Associated Press", "By Reuters") and names
 * its own web editor in a "Posted by" line (and often in its author tag). Where the header
 * credits someone else, a source that names only the person who posted it is no byline.
 */
import { cleanNames, squash, type NameContext } from './byline';
import type { NameCandidate } from './choose-byline';

/**
 * "Posted by", "Uploaded by" (not "Edited by": an editor the page credits may be the one its
 * data names as the author, and is kept as such).
 */
const POSTED_BY = /(?:^|\s)(?:posted|uploaded)\s+by\b\s*[:：]?/iu;

/** Sources that read the byline the page shows under its headline. */
const SHOWN = new Set(['visible', 'after-headline']);

/**
 * The people (folded) the texts after the headline name as having posted the story
 * ("Posted by Kyle Brandt, digital editor", "Posted by" then a link "Megan Tull").
 */
export function postedBy(texts: readonly string[], context: NameContext = {}): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] ?? '';
    const m = POSTED_BY.exec(t);
    if (!m) continue;
    const rest = t.slice(m.index + m[0].length).trim() || (texts[i + 1] ?? '');
    for (const n of cleanNames(rest, context)) out.add(squash(n));
  }
  return out;
}

/**
 * Drops the candidates that name only the people who posted the story, when a byline shown
 * under the headline credits someone else (sharing none of them). Returns whether any went.
 */
export function withoutPosters(candidates: NameCandidate[], posters: ReadonlySet<string>): boolean {
  if (posters.size === 0) return false;
  const onlyPosters = (c: NameCandidate): boolean => c.names.every((n) => posters.has(squash(n)));
  const creditsOthers = candidates.some(
    (c) => SHOWN.has(c.source) && c.names.length > 0 && !c.names.some((n) => posters.has(squash(n))),
  );
  if (!creditsOthers) return false;
  const before = candidates.length;
  for (let i = candidates.length - 1; i >= 0; i--)
    if (onlyPosters(candidates[i] as NameCandidate)) candidates.splice(i, 1);
  return candidates.length < before;
}
