/**
 * Sections after the story that announce other stories under a heading ("You may also like",
 * "Você pode gostar...", "Te puede interesar", "Lesen Sie auch", "À lire aussi", "Lees ook").
 * Readability may drop the heading and keep the teasers after it (and restore-paragraphs.ts
 * may put them back): on the live page, the blocks after such a heading in its container go.
 */
import { blockLength, firstText, type RawBlock } from './blocks';
import { flatText } from './metadata/visible-text';

/**
 * A heading that announces other stories, in the languages Lede reads ("You may also like",
 * "Você pode gostar...", "Te puede interesar", "Lesen Sie auch", "À lire aussi", "Lees ook").
 */
const RELATED_HEADING =
  /^(?:you (?:may|might) (?:also )?(?:like|enjoy)|related(?: stories| articles| posts| content)?|more stories|more from [^.]{1,40}|recommended(?: for you)?|read (?:more|next|also)|most (?:read|popular|viewed|shared)(?: (?:in|on|from) [^.]{1,40})?|trending(?: now| stories)?|você (?:pode|também pode) gostar|leia também|veja também|te puede interesar|también te puede interesar|lee también|noticias relacionadas|lesen sie auch|das könnte sie auch interessieren|mehr zum thema|à lire aussi|lire aussi|vous aimerez aussi|sur le même sujet|lees ook|meer nieuws|zobacz (?:też|także)|czytaj (?:też|także)|potrebbe interessarti|leggi anche|ti potrebbe interessare)[\s.:…!]{0,4}$/iu;

/** Whether `h` is a heading that announces other stories. */
export function isRelatedHeading(h: Element): boolean {
  const text = flatText(h);
  return text.length < 80 && RELATED_HEADING.test(text);
}

/**
 * The container of a heading's section: its parent, or, when the heading has a wrapper of its
 * own ("<div class=header><h3>Most read</h3></div>" then the teasers), the first ancestor that
 * holds more than the heading, when it opens with the heading. Climbing reads each wrapper's
 * text once; it stops at the first ancestor with more.
 */
function sectionOf(h: Element): Element {
  const parent = h.parentElement as Element;
  const own = (h.textContent ?? '').trim().length;
  let section = parent;
  for (let i = 0; i < MAX_WRAPPERS && section.parentElement; i++) {
    if ((section.textContent ?? '').trim().length > own) break;
    section = section.parentElement;
  }
  // The section opens with its heading; an ancestor with text before it (the story, around an
  // empty "Trending" box) is no section of teasers.
  return section === parent || opensWith(section, h) ? section : parent;
}

/** Whether the first text in `section` that is not white space is in `h`. */
function opensWith(section: Element, h: Element): boolean {
  const walker = section.ownerDocument.createTreeWalker(section, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue?.trim()) return h.contains(n);
  return false;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

/** Wrappers around a heading climbed out of, at most. */
const MAX_WRAPPERS = 3;

/** Text of the story before a related section, at the least (a heading at the top is no end of a story). */
const MIN_STORY_CHARS = 500;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * `blocks` (live, in document order) without those after a heading that announces other
 * stories; `headings` are the document's h2–h6, in document order.
 */
export function cutRelatedSections(
  blocks: readonly RawBlock[],
  doc: Document,
  headings: readonly Element[] = Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6')),
): RawBlock[] {
  const first = blocks.length ? firstText(blocks[0] as RawBlock) : null;
  if (!first) return [...blocks];
  let out = [...blocks];
  for (const h of headings) {
    if (!(first.compareDocumentPosition(h) & FOLLOWING) || !isRelatedHeading(h) || !h.parentElement) continue;
    const section = sectionOf(h);
    const inSection = (b: RawBlock): boolean => {
      const t = firstText(b);
      return t !== null && section.contains(t) && (h.compareDocumentPosition(t) & FOLLOWING) !== 0;
    };
    const before = out.filter((b) => {
      const t = firstText(b);
      return t !== null && (t.compareDocumentPosition(h) & FOLLOWING) !== 0;
    });
    if (before.reduce((n, b) => n + blockLength(b), 0) >= MIN_STORY_CHARS) out = out.filter((b) => !inSection(b));
  }
  return out;
}
