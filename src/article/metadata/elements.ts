/**
 * Element look-ups written as walks, where a selector would be slow: DOM implementations such
 * as jsdom compile and run a selector engine for each `closest` or `querySelectorAll`, and the
 * metadata readers ask such questions once per candidate. These give the same answers.
 */
import { remembered } from './memo';

/** `el.closest(name)` for a plain tag name ("article", "li"): the element or its nearest ancestor so named. */
export function closestNamed(el: Element, localName: string): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.localName === localName) return e;
  return null;
}

/** Whether `el` or one of its ancestors has one of `localNames`. */
function withinNamed(el: Element, localNames: ReadonlySet<string>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (localNames.has(e.localName)) return true;
  return false;
}

const TEASER_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5']);
const LINK = new Set(['a']);

/**
 * `root.querySelectorAll('h2 a, h3 a, h4 a, h5 a, a h2, a h3, a h4, a h5')`: the links in
 * `root` that sit in such a heading, and such headings that sit in a link, the heading or
 * the link being anywhere above (as a selector sees them), in document order.
 */
export function linkedHeadingsIn(root: Element): Element[] {
  const out: Element[] = [];
  // Whether root or its ancestors are (or hold) a heading, or a link.
  const headingAbove = withinNamed(root, TEASER_HEADINGS);
  const linkAbove = withinNamed(root, LINK);
  // Depth-first, in document order, with the heading and link counts of the path.
  const path: Element[] = [];
  let headings = 0;
  let links = 0;
  for (let el: Element | null = root.firstElementChild; el;) {
    const name = el.localName;
    const isLink = name === 'a';
    const isHeading = TEASER_HEADINGS.has(name);
    if ((isLink && (headingAbove || headings > 0)) || (isHeading && (linkAbove || links > 0))) out.push(el);
    const child = el.firstElementChild;
    if (child) {
      path.push(el);
      if (isLink) links++;
      if (isHeading) headings++;
      el = child;
      continue;
    }
    // Up to the next sibling, leaving the elements whose subtrees are done.
    let at: Element | null = el;
    while (at && !at.nextElementSibling) {
      at = path.pop() ?? null;
      if (at) {
        if (at.localName === 'a') links--;
        if (TEASER_HEADINGS.has(at.localName)) headings--;
      }
    }
    el = at ? at.nextElementSibling : null;
  }
  return out;
}

/** `root.querySelectorAll('*')`: the elements under `root`, in document order. */
export function elementsUnder(root: Element): Element[] {
  return elementsMatching(root, () => true, Infinity);
}

/**
 * The first `max` elements under `root` (not `root` itself) that pass `test`, in document
 * order: `Array.from(root.querySelectorAll(selector)).slice(0, max)` where `test` says what
 * `selector` does, without a selector engine, and stopping at the `max`th.
 */
export function elementsMatching(root: Element, test: (el: Element) => boolean, max: number): Element[] {
  const out: Element[] = [];
  const path: Element[] = [];
  for (let el: Element | null = root.firstElementChild; el && out.length < max;) {
    if (test(el)) out.push(el);
    const child = el.firstElementChild;
    if (child) {
      path.push(el);
      el = child;
      continue;
    }
    let at: Element | null = el;
    while (at && !at.nextElementSibling) at = path.pop() ?? null;
    el = at ? at.nextElementSibling : null;
  }
  return out;
}

/** `root.querySelector('h1, h2, …')` for plain tag names: whether an element under `root` has one of `localNames`. */
export function holdsNamed(root: Element, localNames: ReadonlySet<string>): boolean {
  return elementsMatching(root, (el) => localNames.has(el.localName), 1).length > 0;
}

/**
 * The page's paragraphs in document order, found once per reading (querySelectorAll, not the
 * live getElementsByTagName: jsdom walks a live list again for each index). The closing
 * credit's and the press release's readers both look at the page's last paragraphs.
 */
export const pageParagraphs = remembered((doc: Document): Element[] => Array.from(doc.querySelectorAll('p')));
