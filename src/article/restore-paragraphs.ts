/**
 * Paragraphs of the story that the extraction lost. Readability drops a wrapper whose class
 * says "social", "ad" or "embed-…" (what sites put around an embedded tweet, video or
 * advert placed among the paragraphs), and the paragraph inside it goes with it. A
 * paragraph of prose in the live page that sits between the first and the last block kept,
 * under the same container, and not in a region that is not the story's (related stories,
 * comments, bios, asides, quotes of other posts…), is put back in its place.
 */
import { collectBlocks, firstText, type RawBlock } from './blocks';
import { isProse } from './boilerplate';

/** Class and id words of regions whose paragraphs are not the story's (a word, or a word's start). */
const FOREIGN_WORDS = new Set([
  'related',
  'comment',
  'comments',
  'newsletter',
  'subscribe',
  'bio',
  'bios',
  'author',
  'about',
  'popular',
  'trending',
  'sidebar',
  'footer',
  'outbrain',
  'taboola',
  'card',
  'caption',
  'credit',
  'disclaimer',
  'correction',
  'hidden',
  'modal',
  'popup',
  'tweet',
  'instagram',
]);
const FOREIGN_PREFIXES = ['recommend', 'promo', 'teaser', 'more-from', 'twitter-tweet'];

function isForeignName(names: string): boolean {
  const lower = names.toLowerCase();
  if (FOREIGN_PREFIXES.some((p) => lower.includes(p))) return true;
  return lower.split(/[^a-z0-9]+/u).some((w) => FOREIGN_WORDS.has(w));
}

/** Elements whose paragraphs are not the story's own text. */
const FOREIGN_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'HEADER', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'FORM', 'LI']);

/** Levels climbed from a paragraph to the container. */
const MAX_DEPTH = 12;
/** Paragraphs looked at in the container (a page of thousands is no story with a gap). */
const MAX_PARAGRAPHS = 400;

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING

function lastText(block: RawBlock): Text | null {
  for (let i = block.pieces.length - 1; i >= 0; i--) {
    const p = block.pieces[i];
    if (p && p !== 'break') return p;
  }
  return null;
}

/** The nearest element holding both nodes. */
function commonAncestor(a: Node, b: Node): Element | null {
  for (let e: Element | null = a.parentElement; e; e = e.parentElement) if (e.contains(b)) return e;
  return null;
}

/** Whether a paragraph sits in a region that is not the story's, up to the container. */
function inForeignRegion(p: Element, container: Element): boolean {
  let depth = 0;
  for (let e: Element | null = p; e && e !== container && depth < MAX_DEPTH; e = e.parentElement, depth++) {
    if (FOREIGN_TAGS.has(e.tagName.toUpperCase())) return true;
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    // Text the reader is editing is never the article's.
    const editable = e.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/iu.test(e.getAttribute('style') ?? '')) return true;
    const names = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (names.length > 1 && names.length < 300 && isForeignName(names)) return true;
  }
  return false;
}

/** `blocks` (live, in document order) with the story's lost paragraphs put back in place. */
export function restoreParagraphs(blocks: readonly RawBlock[]): RawBlock[] {
  const first = blocks.length ? firstText(blocks[0] as RawBlock) : null;
  const last = blocks.length ? lastText(blocks[blocks.length - 1] as RawBlock) : null;
  if (!first || !last || first === last) return [...blocks];
  const container = commonAncestor(first, last);
  if (!container || /^(?:BODY|HTML)$/u.test(container.tagName.toUpperCase())) return [...blocks];
  const kept = new Set<Node>();
  for (const b of blocks) for (const p of b.pieces) if (p !== 'break') kept.add(p);
  const paragraphs = Array.from(container.getElementsByTagName('p'));
  if (paragraphs.length > MAX_PARAGRAPHS) return [...blocks];
  const found: RawBlock[] = [];
  for (const p of paragraphs) {
    if (!(first.compareDocumentPosition(p) & FOLLOWING) || !(last.compareDocumentPosition(p) & PRECEDING)) continue;
    if (hasKeptText(p, kept) || !isProse(p) || inForeignRegion(p, container)) continue;
    // A paragraph inside another one put back is part of it.
    if (found.some((b) => b.pieces.some((x) => x !== 'break' && p.contains(x)))) continue;
    found.push(...collectBlocks(p));
  }
  if (!found.length) return [...blocks];
  // Merge in document order.
  const out: RawBlock[] = [];
  let j = 0;
  for (const b of blocks) {
    const at = firstText(b);
    while (j < found.length && at && precedes(found[j] as RawBlock, at)) out.push(found[j++] as RawBlock);
    out.push(b);
  }
  while (j < found.length) out.push(found[j++] as RawBlock);
  return out;
}

function precedes(block: RawBlock, node: Node): boolean {
  const t = firstText(block);
  return t !== null && (t.compareDocumentPosition(node) & FOLLOWING) !== 0;
}

function hasKeptText(p: Element, kept: Set<Node>): boolean {
  const walker = p.ownerDocument.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (kept.has(n)) return true;
  return false;
}
