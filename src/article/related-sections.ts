/**
 * Sections after the story that announce other stories under a heading ("You may also like",
 * "Você pode gostar...", "Te puede interesar", "Lesen Sie auch", "À lire aussi", "Lees ook").
 * Readability may drop the heading and keep the teasers after it (and restore-paragraphs.ts
 * may put them back): on the live page, the blocks after such a heading in its container go.
 */
import { blockLength, firstText, type RawBlock } from './blocks';

/**
 * A heading that announces other stories, in the languages Lede reads ("You may also like",
 * "Você pode gostar...", "Te puede interesar", "Lesen Sie auch", "À lire aussi", "Lees ook").
 */
const RELATED_HEADING =
  /^(?:you (?:may|might) (?:also )?(?:like|enjoy)|related(?: stories| articles| posts| content)?|more stories|more from [^.]{1,40}|recommended(?: for you)?|read (?:more|next|also)|você (?:pode|também pode) gostar|leia também|veja também|te puede interesar|también te puede interesar|lee también|noticias relacionadas|lesen sie auch|das könnte sie auch interessieren|mehr zum thema|à lire aussi|lire aussi|vous aimerez aussi|sur le même sujet|lees ook|meer nieuws|zobacz (?:też|także)|czytaj (?:też|także)|potrebbe interessarti|leggi anche|ti potrebbe interessare)[\s.:…!]{0,4}$/iu;

/** Whether `h` is a heading that announces other stories. */
export function isRelatedHeading(h: Element): boolean {
  const text = (h.textContent ?? '').replace(/\s+/gu, ' ').trim();
  return text.length < 80 && RELATED_HEADING.test(text);
}

/** Text of the story before a related section, at the least (a heading at the top is no end of a story). */
const MIN_STORY_CHARS = 500;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** `blocks` (live, in document order) without those after a heading that announces other stories. */
export function cutRelatedSections(blocks: readonly RawBlock[], doc: Document): RawBlock[] {
  const first = blocks.length ? firstText(blocks[0] as RawBlock) : null;
  if (!first) return [...blocks];
  let out = [...blocks];
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (!(first.compareDocumentPosition(h) & FOLLOWING) || !isRelatedHeading(h) || !h.parentElement) continue;
    const section = h.parentElement;
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
