/**
 * The name an author box at the story's end shows ("<div class=author-name>rmb8090</div>"
 * beside an avatar and the site's blurb), for pages that credit no one else: by the
 * guidelines' ruling on CMS accounts (eval/gold/guidelines/headers.md), a handle the page
 * shows as its one credit is the credit, kept as written and shown with less weight.
 */
import { cleanNames, type NameContext } from './byline';
import { inRegion } from './regions';
import { flatText } from './visible-text';

/** A class or id that names the element holding the author's name ("author-name", "authorName"). */
const NAME_BOX = /(?:^|[^a-z])author[-_]?name(?![a-z])/iu;

/** Regions of the page that are not the story's (comments, other stories). */
const ELSEWHERE = /comment|related|recommend|more-(?:from|stories|news)|recirc|popular|trending/iu;

/** A CMS account's handle: one word of letters, digits, dots, dashes and underscores, with a letter. */
const HANDLE = /^(?=[\p{N}._-]{0,39}\p{L})[\p{L}\p{N}._-]{2,40}$/u;

/** Longest text of a name box read (a name or a handle, not a bio). */
const MAX_NAME_CHARS = 40;
/** Name boxes looked at in the story. */
const MAX_BOXES = 5;

/** The one name the story's author boxes show, or null (none, or several different ones). */
export function authorBoxName(doc: Document, headline: Element | null, context: NameContext = {}): string | null {
  const story = headline?.closest('article, main, [role="main"]');
  if (!story) return null;
  const names = new Set<string>();
  let seen = 0;
  for (const el of Array.from(story.querySelectorAll('[class*="uthor"]'))) {
    if (!NAME_BOX.test(el.getAttribute('class') ?? '') || inRegion(el, ELSEWHERE, headline)) continue;
    if (++seen > MAX_BOXES) return null;
    const text = flatText(el);
    if (!text || text.length > MAX_NAME_CHARS) continue;
    // A handle is kept as written, digits and all ("rmb8090"); a name is read as bylines are.
    if (HANDLE.test(text)) names.add(text);
    else for (const name of cleanNames(text, { ...context, allowHandles: true })) names.add(name);
  }
  return names.size === 1 ? ([...names][0] ?? null) : null;
}
