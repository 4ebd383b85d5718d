/**
 * The writer a page names only in a `rel="author"` link away from the headline: in the
 * page's footer, an author box or a sidebar ("Posted by <a rel=author>Ana Lima</a>" under
 * a blog's footer). Read only where nothing else names anyone, and only when every such
 * link names the same person (a list of posts, each with its author, names several).
 */
import { cleanNames, type NameContext } from './byline';
import { isPersonName } from './choose-byline';
import type { PageScan } from './page-scan';
import { inRegion } from './regions';
import { flatText } from './visible-text';

/** Regions whose author links are other people's: comments, other stories. */
const ELSEWHERE =
  /comment|related|recommend|more-(?:from|stories|news|articles)|read-?next|up-?next|recirc|popular|trending/iu;

/** Longest text of an author link read. */
const MAX_LINK_CHARS = 60;
/** Author links looked at, at most. */
const MAX_LINKS = 20;

/** The one person the page's rel=author links name, or null. */
export function relAuthor(scan: PageScan, context: NameContext = {}): string | null {
  let found: string | null = null;
  const links = scan.authorLinks.filter((a) => /\bauthor\b/iu.test(a.getAttribute('rel') ?? '')).slice(0, MAX_LINKS);
  for (const a of links) {
    const text = flatText(a);
    if (!text || text.length > MAX_LINK_CHARS || inRegion(a, ELSEWHERE)) continue;
    const [name, other] = cleanNames(text, context);
    if (!name || other || !isPersonName(name)) continue;
    if (found && found.toLowerCase() !== name.toLowerCase()) return null;
    found = name;
  }
  return found;
}
