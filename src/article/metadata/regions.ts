/**
 * Where a metadata candidate sits: the words of an element's class and id, and whether the
 * element is in a region that is not the article's own (comments, related stories,
 * footers…), looking a few levels up but never at <body>.
 */

export function tokensOf(el: Element, withItemprop = false): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.id}${withItemprop ? ` ${el.getAttribute('itemprop') ?? ''}` : ''}`
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
}

export function inRegion(el: Element, excluded: RegExp): boolean {
  let depth = 0;
  for (let e: Element | null = el; e && depth < 6; e = e.parentElement, depth++) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (tag === 'FOOTER' || tag === 'ASIDE' || tag === 'NAV') return true;
    const names = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (names && excluded.test(names)) return true;
  }
  return false;
}
