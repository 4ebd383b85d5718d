/**
 * One pass over the page's elements that sorts out the few the metadata readers look at:
 * author links, elements named like bylines, elements named like dates, `<time>` and
 * microdata. Scanning once is much cheaper than one selector query per question (attribute
 * substring selectors are slow in DOM implementations such as jsdom).
 */

export interface PageScan {
  /** a[rel=author] and links to author pages (/author/, /people/…), in document order. */
  authorLinks: Element[];
  /** Elements whose class or id mentions author, byline, writer…, and `<address>` elements. */
  authorNamed: Element[];
  /** Elements whose class or id mentions date, time, published… */
  dateNamed: Element[];
  /** [itemprop=datePublished] elements. */
  datePublished: Element[];
  /** <time>, [data-published], [data-timestamp], [datetime], Unix time, tooltips, RDFa's dc:date. */
  timeLike: Element[];
  /** [itemprop=author] elements. */
  authorItems: Element[];
  /** Elements marked as a headline: [itemprop=headline], class entry-title, headline… */
  headlines: Element[];
}

const AUTHOR_PATH =
  /\/(?:authors?|people|writers|by|profile|staff|contributors?|autor(?:es|en|e|i)?|auteurs?|signataires?)\//iu;
const AUTHOR_NAME =
  /author|byline|writer|creator|reporter|contributor|autor|auteur|provider|posted[-_]?by|(?:^|[\s_-])(?:firma|signature)(?:$|[\s_-])/iu;
const DATE_NAME = /date|time|publish|posted|byline|meta|created|updated|info/iu;
const ANY_NAME =
  /author|byline|writer|creator|reporter|contributor|autor|auteur|provider|firma|signature|date|time|publish|posted|meta|created|updated|info|headline|title/iu;
/** Links to the reader's own account, not to an author's page ("/settings/profile/"). */
const ACCOUNT_PATH = /\/(?:settings|account|login|signin|edit|preferences)\//iu;
const HEADLINE_NAME = /headline|(?:entry|post|article|story)[-_]?title/iu;

export function scanPage(doc: Document): PageScan {
  const scan = emptyScan();
  const body = doc.body;
  if (!body) return scan;
  // Depth-first in document order, by sibling links (faster than a live collection).
  const stack: Element[] = [];
  for (let el: Element | null = body.firstElementChild; el;) {
    const tag = el.tagName;
    if (isUnscanned(tag)) {
      el = next(el, stack);
      continue;
    }
    scanElement(el, tag, scan);
    const child = el.firstElementChild;
    if (child) {
      stack.push(el);
      el = child;
    } else {
      el = next(el, stack);
    }
  }
  return scan;
}

export function emptyScan(): PageScan {
  return {
    authorLinks: [],
    authorNamed: [],
    dateNamed: [],
    datePublished: [],
    timeLike: [],
    authorItems: [],
    headlines: [],
  };
}

/** Elements (by tagName) whose subtrees the scan passes over: they show no metadata. */
export function isUnscanned(tag: string): boolean {
  return tag === 'SCRIPT' || tag === 'STYLE' || tag === 'SVG' || tag === 'svg';
}

/**
 * Sorts one element of the body (`tag` its tagName) into `scan`. A walk that calls it for
 * each element of the body in document order, passing over `isUnscanned` subtrees, makes
 * `scanPage`'s scan.
 */
export function scanElement(el: Element, tag: string, scan: PageScan): void {
  if (tag === 'TIME') scan.timeLike.push(el);
  let authorNamed = tag === 'ADDRESS';
  // Attributes are read only where there are some, and only those present (each read
  // costs in DOMs such as jsdom; most elements have a class and nothing else looked at).
  if (el.hasAttributes()) {
    let cls = '';
    let id = '';
    let itemprop = '';
    let timestamp = false;
    // A component's name, where hashed class names say nothing ("<div data-component=byline-block>",
    // "<div data-testid=byline-contributors>"): read for a byline only.
    let component = '';
    for (const name of el.getAttributeNames()) {
      if (name === 'class') cls = el.getAttribute('class') ?? '';
      else if (name === 'id') id = el.id;
      else if (name === 'itemprop') itemprop = el.getAttribute('itemprop') ?? '';
      // A datetime attribute on an element that is no <time> ("<div class=timestamp datetime=…>"),
      // Unix time in one ("<time data-unix=1709643600000>"), a tooltip that may hold the full date
      // of a relative one ("<span data-bs-title='Tuesday, March 5, 2024'>Posted 2 days ago</span>").
      else if (TIMESTAMP_ATTRIBUTES.has(name)) timestamp = true;
      // RDFa's creation date (Drupal 7's "<span property='dc:date dc:created' content=…>Submitted by …").
      else if (name === 'property' && RDFA_DATE.test(el.getAttribute('property') ?? '')) timestamp = true;
      else if (name === 'data-component' || name === 'data-testid') component += ` ${el.getAttribute(name) ?? ''}`;
    }
    if (component && AUTHOR_NAME.test(component)) authorNamed = true;
    const names = `${cls} ${id}`;
    if (
      tag === 'A' &&
      (/\bauthor\b/iu.test(el.getAttribute('rel') ?? '') ||
        (AUTHOR_PATH.test(el.getAttribute('href') ?? '') && !ACCOUNT_PATH.test(el.getAttribute('href') ?? '')))
    ) {
      scan.authorLinks.push(el);
    }
    // One test for all three, since most elements have none of these words.
    if (names.length > 1 && ANY_NAME.test(names)) {
      if (AUTHOR_NAME.test(names)) authorNamed = true;
      if (DATE_NAME.test(names)) scan.dateNamed.push(el);
      if (HEADLINE_NAME.test(names)) scan.headlines.push(el);
    }
    if (itemprop) {
      if (/\bdatePublished\b/u.test(itemprop)) scan.datePublished.push(el);
      if (/\bauthor\b/u.test(itemprop)) scan.authorItems.push(el);
      if (/\bheadline\b/u.test(itemprop) && !HEADLINE_NAME.test(names)) scan.headlines.push(el);
    }
    if (tag !== 'TIME' && timestamp) scan.timeLike.push(el);
  }
  if (authorNamed) scan.authorNamed.push(el);
}

/** Attributes that hold an element's date (or the tooltip of a date shown relative to the reading). */
const TIMESTAMP_ATTRIBUTES = new Set([
  'data-published',
  'data-timestamp',
  'datetime',
  'data-unix',
  'data-epoch',
  'data-bs-title',
  'data-original-title',
  'data-tippy-content',
  'data-tooltip',
]);
/** RDFa's properties of a document's creation (Dublin Core). */
const RDFA_DATE = /\bdc:(?:date|created)\b/u;

/** The next element in document order after `el`'s subtree, climbing `stack` as needed. */
function next(el: Element, stack: Element[]): Element | null {
  for (let e: Element | undefined = el; e; e = stack.pop()) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return null;
}
