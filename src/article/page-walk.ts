/**
 * One walk over the live page, before anything else reads it, gathering what the extraction
 * asks of the whole page: how deep its elements nest, its text nodes in document order (to
 * pair with Readability's clone), the length of its body's text, its h2–h6 headings, meta,
 * script and paragraph elements, the body's h1s, and the metadata scan of its body (page-scan.ts). Each used
 * to be a walk or a selector query of its own; the answers are the same.
 */
import { emptyScan, isUnscanned, scanElement, type PageScan } from './metadata/page-scan';

export interface PageWalk {
  /** Whether an element nests more than `maxDepth` levels deep (the walk then stopped: the rest is partial). */
  tooDeep: boolean;
  /** Every text node of the document, in document order (what a tree walker showing text gives). */
  texts: Text[];
  /** `document.body.textContent.length`. */
  bodyChars: number;
  /** `querySelectorAll('h2, h3, h4, h5, h6')` of the document. */
  headings: Element[];
  /** `getElementsByTagName('meta')` of the document. */
  metas: Element[];
  /** `getElementsByTagName('script')` of the document (JSON-LD is read from them). */
  scripts: Element[];
  /** `querySelectorAll('p')` of the document (the metadata readers look at its last paragraphs). */
  paragraphs: Element[];
  /** `document.body.getElementsByTagName('h1')` (the headline's candidates). */
  h1s: Element[];
  /** `scanPage(document)`. */
  scan: PageScan;
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const ELEMENT_NODE = 1;

/** Walks `doc` once (see the module's comment); stops where elements nest deeper than `maxDepth`. */
export function walkPage(doc: Document, maxDepth: number): PageWalk {
  const walk: PageWalk = {
    tooDeep: false,
    texts: [],
    bodyChars: 0,
    headings: [],
    metas: [],
    scripts: [],
    paragraphs: [],
    h1s: [],
    scan: emptyScan(),
  };
  const root = doc.documentElement;
  if (!root) return walk;
  const body = doc.body;
  // The open elements from the root to the current node's parent.
  const path: Element[] = [];
  /** Whether the current node is in the body; the open element whose subtree the scan skips. */
  let inBody = false;
  let unscanned: Element | null = null;
  let node: Node | null = root;
  while (node) {
    let child: Node | null = null;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (path.length + 1 > maxDepth) {
        walk.tooDeep = true;
        return walk;
      }
      const name = el.localName;
      if (name === 'p') walk.paragraphs.push(el);
      else if (HEADINGS.has(name)) walk.headings.push(el);
      else if (name === 'meta') walk.metas.push(el);
      else if (name === 'script') walk.scripts.push(el);
      else if (name === 'h1' && inBody) walk.h1s.push(el);
      if (inBody && !unscanned) {
        const tag = el.tagName;
        if (isUnscanned(tag)) unscanned = el;
        else scanElement(el, tag, walk.scan);
      }
      if (el === body) inBody = true;
      child = el.firstChild;
      if (child) path.push(el);
      else if (el === body) inBody = false;
      else if (el === unscanned) unscanned = null;
    } else if (node.nodeType === TEXT_NODE) {
      walk.texts.push(node as Text);
      if (inBody) walk.bodyChars += (node as Text).data.length;
    } else if (node.nodeType === CDATA_SECTION_NODE && inBody) {
      walk.bodyChars += (node as Text).data.length;
    }
    if (child) {
      node = child;
      continue;
    }
    // Up to the next sibling, closing the elements whose subtrees are done.
    let at: Node | null = node;
    while (at && !at.nextSibling) {
      const done: Element | undefined = path.pop();
      if (done === body) inBody = false;
      if (done === unscanned) unscanned = null;
      at = done ?? null;
    }
    node = at && at !== root ? at.nextSibling : null;
  }
  return walk;
}
