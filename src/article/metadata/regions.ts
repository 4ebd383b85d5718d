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

export function inRegion(el: Element, excluded: RegExp, headline?: Element | null): boolean {
  let depth = 0;
  for (let e: Element | null = el; e && depth < 6; e = e.parentElement, depth++) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    let names = `${e.getAttribute('class') ?? ''} ${e.id}`;
    // WordPress's post classes name the post's own topics ("category-events", "tag-comments"),
    // not a region: an article filed under Events is no events calendar.
    if (names.includes('category-') || names.includes('tag-')) names = withoutTaxonomyClasses(names);
    // The footer of the post itself ("Posted by … at 9:30 AM" under a blog post, a
    // WordPress entry-footer) is the post's, not the page's.
    const footer = tag === 'FOOTER' || /footer/iu.test(names);
    if (footer && headline && isPostsOwn(e, headline)) names = names.replace(/footer/giu, ' ');
    else if (tag === 'FOOTER') return true;
    if (tag === 'ASIDE' || tag === 'NAV') return true;
    if (names.trim() && excluded.test(names)) return true;
  }
  return false;
}

/** Class names without the post's taxonomy classes ("category-…", "tag-…"). */
function withoutTaxonomyClasses(names: string): string {
  return names
    .split(' ')
    .filter((c) => !c.startsWith('category-') && !c.startsWith('tag-'))
    .join(' ');
}

/** A post's own container: an <article>, a schema.org item, a WordPress or Blogger post. */
const POST = 'article, [itemtype], .hentry, .post, .type-post';

/** Whether `e` sits in the post whose headline is `headline`. */
function isPostsOwn(e: Element, headline: Element): boolean {
  const post = e.parentElement?.closest(POST);
  return !!post && post.tagName.toUpperCase() !== 'BODY' && post.contains(headline);
}

/** Whether an element sits in a footer (a <footer>, or a class or id that says so), a few levels up. */
export function inFooter(el: Element): boolean {
  let depth = 0;
  for (let e: Element | null = el; e && depth < 6; e = e.parentElement, depth++) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (tag === 'FOOTER' || /footer/iu.test(`${e.getAttribute('class') ?? ''} ${e.id}`)) return true;
  }
  return false;
}
