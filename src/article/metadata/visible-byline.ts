/**
 * The byline shown in the page: author links (rel=author, /author/ paths), schema.org
 * microdata, an element whose class or id says byline/author, an `<address>` in the
 * article, each placed relative to the headline (next to it, after it, before it, or in
 * another story's teaser), its text cleaned into names by `cleanNames`.
 */
import { cleanNames, squash, type NameContext } from './byline';
import { place } from './near-headline';
import type { PageScan } from './page-scan';
import { closestNamed, holdsNamed, linkedHeadingsIn } from './elements';
import { remembered } from './memo';
import { textWithBlocks, textWithBreaks } from './visible-text';
import { inFooter, inRegion, tokensOf as tokensOfElement } from './regions';
import { labelledTranslator } from './translator-label';

const AUTHOR_TOKENS = new Set([
  // "posted-by", "by-author"
  'by',
  'author',
  'authors',
  'byline',
  'bylines',
  'writer',
  'writers',
  'creator',
  'reporter',
  'contributor',
  'contributors',
  'autor',
  'auteur',
  'auteurs',
  'autore',
  'autori',
  'autores',
  // A signature: Italian and Spanish papers' "firma", French papers' "signature".
  'firma',
  'signature',
  'provider',
]);
const NAME_TOKENS = new Set(['name', 'names']);
const EXCLUDED =
  /comment|related|recommend|footer|sidebar|newsletter|promo|more-(?:from|stories|news|articles)|read-?next|up-?next|recirc|popular|trending|bio\b|profile-card|share/iu;
const CREDIT = /caption|credit/iu;

const tokensOf = (el: Element): string[] => tokensOfElement(el, true);
/** The words of a component's name ("data-component=byline-block", "data-testid=byline-contributors"). */
const componentTokens = (el: Element): string[] =>
  `${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-testid') ?? ''}`
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
const inExcludedRegion = (el: Element, headline?: Element): boolean => inRegion(el, EXCLUDED, headline);

/** Whether an element sits in one whose class or id says author/byline (a few levels up). */
function inAuthorElement(el: Element): boolean {
  let depth = 0;
  for (let e: Element | null = el.parentElement; e && depth < 3; e = e.parentElement, depth++) {
    if (tokensOf(e).some((t) => AUTHOR_TOKENS.has(t))) return true;
  }
  return false;
}

/**
 * An element's text, white space collapsed; a line break (`<br>`) parts what it separates
 * ("JOHN PAUL REYES<br><span>Sentinel Staff Writers</span>": the name, then its role line).
 */
const textOf = (el: Element): string => textWithBreaks(el, LINE_BREAK);

/** What a `<br>` in a byline reads as: a separator between its lines. */
const LINE_BREAK = ' | ';

/** The length of an element's text (kept while the page is read: teasers' blocks are asked about often). */
const textLength = remembered((el: Element): number => (el.textContent ?? '').length);

/** A byline shown in the page and where it sits (see `placeOf`). */
export interface VisibleByline {
  names: string[];
  place: number;
}

/**
 * Where a byline sits relative to the headline: 2 next to it (in its container), 1 after
 * it, 0 before it (teasers for other stories often come first), -1 in the card of another
 * story (an `<article>` that does not hold the headline, an item of a list of links to
 * other stories); one in the post's footer, or after the end of the `<article>` that holds
 * the headline, counts as before it. Without a headline, 1.
 */
function placeOf(el: Element, headline?: Element): number {
  if (!headline) return 1;
  const card = closestNamed(el, 'article');
  if (card && !card.contains(headline) && isTeaserCard(card)) return -1;
  const item = closestNamed(el, 'li');
  if (item && !item.contains(headline) && isTeaserItem(item, el)) return -1;
  if (inTeaserBlock(el, headline)) return -1;
  // A post's footer ("Posted by <the blog's account>") is far from its headline: a "Posted
  // by" line under the headline says more; so does one inside the story's own <article>.
  const story = closestNamed(headline, 'article');
  if (inFooter(el) || (story && !story.contains(el) && story.compareDocumentPosition(el) & FOLLOWING)) return 0;
  return place(el, headline);
}

/** Node.DOCUMENT_POSITION_FOLLOWING */
const FOLLOWING = 4;

/**
 * Whether an element comes after the end of the `<article>` that holds the headline and its
 * story (not a wrapper of the headline alone): another story's credit ("By Ruth Ellis, Sports
 * Editor" in a recent-stories block below a short story), not this one's byline.
 */
export function afterOwnStory(el: Element, headline: Element): boolean {
  const story = closestNamed(headline, 'article');
  return (
    story !== null &&
    !story.contains(el) &&
    (story.compareDocumentPosition(el) & FOLLOWING) !== 0 &&
    textLength(story) - textLength(headline) >= MIN_STORY_CHARS
  );
}

/** Characters of text besides its headline an `<article>` holds to be the story itself. */
const MIN_STORY_CHARS = 200;

/** The headings of a teaser card. */
const CARD_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A short `<article>` with a heading of its own: another story's teaser. */
const isTeaserCard = remembered(
  (card: Element): boolean => textLength(card) < MAX_TEASER_CHARS && holdsNamed(card, CARD_HEADINGS),
);

/**
 * A short block around the byline, not holding the headline, with a heading that links to
 * another story ("<div class=story><h3><a>Bridge plan rejected after vote</a></h3><span
 * class=byline>By …</span></div>"): a teaser, whatever its tags.
 */
function inTeaserBlock(el: Element, headline: Element): boolean {
  // Before the headline, a story's link of a headline's length marks a teaser even outside
  // a heading ("<div class=card><a>Ferry fares rise again as the winter begins</a><span
  // class=byline>By …</span></div>" in a rail above the story).
  const before = !(headline.compareDocumentPosition(el) & FOLLOWING);
  let e = el.parentElement;
  for (let depth = 0; e && depth < TEASER_LEVELS && !e.contains(headline); e = e.parentElement, depth++) {
    if (textLength(e) >= MAX_TEASER_CHARS) return false;
    const linked = linkedHeadings(e).some((h) => !h.contains(el));
    if (linked || (before && linksAStory(e, el))) return true;
  }
  return false;
}

/** A block's linked headings of a teaser's length ("<h3><a>Bridge plan rejected after vote</a></h3>"). */
const linkedHeadings = remembered((block: Element): Element[] =>
  linkedHeadingsIn(block).filter((h) => textOf(h).split(' ').length >= MIN_TEASER_WORDS),
);

/** Whether a block holds a link (not the byline's, nor to an author's page) worded as a story's headline. */
function linksAStory(block: Element, byline: Element): boolean {
  return storyLinks(block).some((a) => !a.contains(byline) && !byline.contains(a));
}

/** A block's links worded as a story's headline, not to an author's page. */
const storyLinks = remembered((block: Element): Element[] =>
  Array.from(block.getElementsByTagName('a')).filter(
    (a) => !AUTHOR_HREF.test(a.getAttribute('href') ?? '') && textOf(a).split(' ').length >= MIN_STORY_LINK_WORDS,
  ),
);

/** Words of a story's linked headline outside a heading, at least ("Ferry fares rise again as winter begins"). */
const MIN_STORY_LINK_WORDS = 6;
/** A link to an author's page. */
const AUTHOR_HREF = /\/(?:authors?|people|writers|by|profile|staff|contributors?)\//iu;

/** Levels climbed from a byline to find a teaser's block. */
const TEASER_LEVELS = 3;

/**
 * Whether a text after the headline is another story's: a teaser, a sidebar or a menu
 * outside the story's <article>, or in a block of related links below the wrappers that
 * hold the headline (whose names say nothing of the text: "content__header--no-promo").
 */
export function isOtherStorys(el: Element, headline: Element): boolean {
  return otherStorysBeside(headline)(el);
}

/** `isOtherStorys` for one headline, its answers kept while the page is read (each text after the headline asks). */
const otherStorysBeside = remembered((headline: Element) =>
  remembered((el: Element): boolean => besideStory(el, headline) || placeOf(el, headline) < 0),
);

/**
 * Whether an element sits in a block of other stories (by its name: "related", "recirc"…),
 * in the readers' comments (a short story's comments come within reach of the text read
 * after its headline, and a comment's stamp is no dateline), or in a sidebar or a menu
 * outside the story's <article>, a few levels up (cheap: names and tags only).
 */
export function besideStory(el: Element, headline: Element): boolean {
  let e: Element | null = el;
  let story: Element | null | undefined;
  for (let depth = 0; e && depth < OTHER_LEVELS && !e.contains(headline); e = e.parentElement, depth++) {
    const names = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (OTHER_STORIES.test(names) || (names.length < MAX_NAMES_CHARS && namesComments(names))) return true;
    const tag = e.tagName.toUpperCase();
    if ((tag === 'ASIDE' || tag === 'NAV') && !(story ??= headline.closest('article'))?.contains(e)) return true;
  }
  return false;
}

/** Levels climbed from a text to find a block of other stories. */
const OTHER_LEVELS = 6;

/**
 * A class or id word of a region of readers' comments, whole ("comments", "comment-meta",
 * "commentlist", "disqus_thread"): not a word that only holds it ("nyo-social-comments", a
 * byline's bar of share and comment counts), nor "commentary" (a column's own body).
 */
const COMMENTS =
  /^(?:comments?|commentlist|comment-(?:list|body|meta|metadata|content|author|respond|thread)|comments-(?:area|list|section|container|wrapper)|disqus_thread)$/u;
/** Class and id attributes longer than this are not read for a comments region. */
const MAX_NAMES_CHARS = 300;

function namesComments(names: string): boolean {
  return names
    .toLowerCase()
    .split(/\s+/u)
    .some((w) => COMMENTS.test(w));
}

/** Regions of links to other stories (not "promo": Drupal marks a story "node--promoted"). */
const OTHER_STORIES =
  /related|recommend|more-(?:from|stories|news|articles)|read-?next|up-?next|recirc|popular|trending/iu;

/** A list item that links to another story by its headline (a link of a few words that is not the byline's). */
function isTeaserItem(item: Element, byline: Element): boolean {
  if (textLength(item) >= MAX_TEASER_CHARS) return false;
  return teaserLinks(item).some((a) => !a.contains(byline) && !byline.contains(a));
}

/** An item's links of a teaser's headline's length. */
const teaserLinks = remembered((item: Element): Element[] =>
  Array.from(item.getElementsByTagName('a')).filter((a) => textOf(a).split(' ').length >= MIN_TEASER_WORDS),
);

/** Words of a teaser's headline, at least. */
const MIN_TEASER_WORDS = 4;

/** A link to a section, a category or a tag ("/section/industry"): a label, not an author. */
const SECTION_PATH =
  /\/(?:sections?|categor(?:y|ies)|tags?|topics?|rubriques?|ressorts?|kategorien?|secciones?|seccion|temas?)\//iu;

/** Whether an element's text is that of a link to a section (the element is the link, or holds only it). */
function isSectionLink(el: Element): boolean {
  const a = el.closest('a') ?? (el.getElementsByTagName('a').length === 1 ? el.getElementsByTagName('a')[0] : null);
  return !!a && SECTION_PATH.test(a.getAttribute('href') ?? '') && textOf(a).length >= textOf(el).length;
}

/** Longest text of a teaser card. */
const MAX_TEASER_CHARS = 1_000;

/**
 * Figures and captions credit photographers, not authors; so does an element whose own
 * name says it is a picture's author ("image-author", "photo-byline").
 */
const inCredit = (el: Element): boolean =>
  el.closest('figure, figcaption') !== null || inRegion(el, CREDIT) || tokensOf(el).some((t) => PICTURE_TOKENS.has(t));

const PICTURE_TOKENS = new Set(['photo', 'photos', 'image', 'images', 'img', 'picture', 'pictures', 'photographer']);

/**
 * The bylines shown in the page, best first: author links (rel=author, /author/ paths),
 * itemprop=author, an element whose class or id says byline/author. Each kind gives its
 * best-placed byline; those next to the headline come first.
 */
export function findVisibleBylines(scan: PageScan, context: NameContext = {}, headline?: Element): VisibleByline[] {
  const out: VisibleByline[] = [];
  // 1. Author links: all of them in the first byline container that has any. A link by
  // path (/author/…, /people/…) counts only with a full name: tag pages use such paths too.
  const links = scan.authorLinks
    .filter((a) => !inExcludedRegion(a, headline) && !inCredit(a) && !creditsPictures(a) && !labelledTranslator(a))
    .map((a) => {
      const text = textOf(a);
      const named =
        /\bauthor\b/iu.test(a.getAttribute('rel') ?? '') || text.split(' ').length >= 2 || inAuthorElement(a);
      return { a, place: placeOf(a, headline), named, cjk: !named && CJK_NAME.test(text) };
    })
    // A CJK name has no spaces ("著者：後藤大地"): such a link counts next to the headline only.
    .filter(({ place, named, cjk }) => place >= 0 && (named || (cjk && place === 2)))
    .sort((x, y) => y.place - x.place);
  const first = links[0];
  if (first) {
    const container = first.a.parentElement?.closest('p, div, span, li, header, section') ?? first.a.parentElement;
    const block = container
      ? authorsBlock(
          container,
          links.map(({ a }) => a),
          headline,
        )
      : null;
    // A link beyond the byline's own container counts where its own words are a byline's
    // ("Illustration by <a>B</a>" beside "By <a>A</a>" credits the picture).
    const sameBlock = links
      .filter(
        ({ a }) => a === first.a || (container?.contains(a) ?? false) || (block?.contains(a) && ownCredit(a, context)),
      )
      .map(({ a }) => a);
    let names = cleanNames(
      sameBlock.map(textOf).filter((t) => t.length < 80),
      context,
    );
    // "By <a>A</a>, B, C and D": the co-authors without a page of their own are named too.
    const all = container && textOf(container).length < MAX_BYLINE_CHARS ? cleanNames(textOf(container), context) : [];
    if (names.length && all.length > names.length && names.every((n) => all.includes(n))) names = all;
    if (names.length) out.push({ names, place: first.place });
  }
  // 2. schema.org microdata: the best placed, with the co-authors marked up beside it.
  let item: (VisibleByline & { el: Element }) | null = null;
  const nameOfItem = (el: Element): string[] => {
    const named = el.querySelector('[itemprop~="name"]');
    return cleanNames(named ? (named.getAttribute('content') ?? textOf(named)) : textOf(el), context);
  };
  for (const el of scan.authorItems) {
    if (inExcludedRegion(el, headline) || inCredit(el)) continue;
    const place = placeOf(el, headline);
    if (place < 0 || (item && place <= item.place)) continue;
    const names = nameOfItem(el);
    if (names.length) item = { names, place, el };
    if (place === 2) break;
  }
  if (item) {
    const block = item.el.parentElement;
    // Its siblings, or the items in a byline-sized block around it.
    const small = block !== null && textOf(block).length <= 2 * MAX_BYLINE_CHARS;
    const beside = block
      ? scan.authorItems
          .filter((el) => el !== item.el && (el.parentElement === block || (small && block.contains(el))))
          .filter((el) => !inCredit(el) && !inExcludedRegion(el, headline))
          .slice(0, MAX_CO_AUTHORS)
      : [];
    const names = [...item.names];
    for (const el of beside) for (const n of nameOfItem(el)) if (!names.includes(n)) names.push(n);
    out.push({ names, place: item.place });
  }
  // 3. An element called byline / author (or an <address>), shortest specific one first in document order.
  const namedOnes: VisibleByline[] = [];
  for (let i = 0; i < scan.authorNamed.length; i++) {
    const el = scan.authorNamed[i] as Element;
    // An <address> in the story gives its author's name (and perhaps how to reach them).
    const named =
      tokensOf(el).some((t) => AUTHOR_TOKENS.has(t)) || componentTokens(el).some((t) => AUTHOR_TOKENS.has(t));
    const address = !named && el.tagName.toUpperCase() === 'ADDRESS';
    if (!named && !address) continue;
    const text = textOf(el);
    if (!text || text.length > MAX_BYLINE_CHARS || inExcludedRegion(el, headline) || inCredit(el)) continue;
    if (isSectionLink(el)) continue;
    const place = placeOf(el, headline);
    if (place < (address ? 1 : 0)) continue;
    // Prefer the name children ("author-name") when the element has some: all of them.
    const children = Array.from(el.querySelectorAll('[class]'))
      .filter((c) => tokensOf(c).some((t) => NAME_TOKENS.has(t)))
      .filter((c, i, all) => !all.slice(0, i).some((o) => o.contains(c)))
      .slice(0, MAX_CO_AUTHORS)
      // A translator's block beside the writer's ("作者：" A, "翻訳者" B): its names are no author's.
      .filter((c) => !labelledTranslator(c, el));
    // Each contributor in blocks of their own ("<div><span>A</span><div>Role</div></div><div>…"):
    // the blocks' lines, not their words run together.
    // Next to the headline only: further away such a block is more often a list of other stories.
    const lines =
      children.length || place < 2 || !el.querySelector('div, p, li') ? text : textWithBlocks(el, LINE_BREAK);
    const names = cleanNames(children.length ? children.map(textOf) : lines, context);
    if (names.length) namedOnes.push({ names: withSiblings(el, names, context, headline), place });
    // A block by the headline that names no one (its date first, "12 February 2024 Ana Lima…")
    // around a byline element of its own: that one is read next.
    const inner = !names.length && el.contains(scan.authorNamed[i + 1] ?? null);
    if ((place === 2 && !inner) || namedOnes.length >= MAX_NAMED) break;
  }
  const bestNamed = namedOnes.sort((x, y) => y.place - x.place)[0];
  if (bestNamed) out.push(bestNamed);
  // Stable: of equal places, links before microdata before named elements.
  return out
    .map((b, i) => ({ b, i }))
    .sort((x, y) => y.b.place - x.b.place || x.i - y.i)
    .map(({ b }) => b);
}

/**
 * Whether an author link credits the pictures: "Photos by" just before it ("By <a>A</a> ·
 * Photos by <a>B</a>"), or a role of the pictures right after it in its own card ("<a>B</a>
 * <span>Photographer</span>"); or the translation ("<a>B</a><span>Translator</span>"): the
 * translator is no author. Reads the link's neighbours only (no container's text).
 */
function creditsPictures(a: Element): boolean {
  // The link, or the inline element that holds only it ("<span><a>B</a></span>").
  let at: Element = a;
  for (let depth = 0; depth < 2 && !at.previousSibling && !at.nextSibling && at.parentElement; depth++)
    at = at.parentElement;
  let before = '';
  for (let n = at.previousSibling; n && before.length < PICTURES_LABEL_CHARS; n = n.previousSibling)
    before = `${n.textContent ?? ''}${before}`;
  if (PICTURES_BY.test(before.replace(/\s+/gu, ' ').slice(-PICTURES_LABEL_CHARS))) return true;
  const next = at.nextElementSibling;
  const role = next && next.childElementCount <= 2 ? (next.textContent ?? '') : '';
  return role.length <= MAX_ROLE_CHARS && PICTURES_ROLE.test(role);
}

/** Characters of the role written after an author's link, at most. */
const MAX_ROLE_CHARS = 60;

/** A credit for the pictures ending just before a name ("Photos by", "Pictures:"). */
const PICTURES_BY =
  /(?:(?:photo(?:graph)?s?|photography|images?|pictures?|illustrations?|video|graphics?|visuals?)\s(?:by|from)|(?:photo(?:graph)?s?|photography|pictures?|images?|illustrations?)\s?:)\s?$/iu;
/** A role of the pictures, or of another credit than the words' (a translator's). */
const PICTURES_ROLE =
  /\b(?:photographer|photojournalist|illustrator|videographer|photo editor|cartoonist|translator|interpreter)\b/iu;
/** Characters before an author link read for a credit's label. */
const PICTURES_LABEL_CHARS = 30;

/**
 * The block that holds a byline's author links: its container, or a few levels up a small
 * one (not holding the headline) that holds more of them, as when each author has an item
 * or a card of their own ("<li><a>A</a></li><li><a>B</a></li>").
 */
function authorsBlock(container: Element, links: readonly Element[], headline?: Element): Element {
  let best = container;
  let e = container.parentElement;
  for (let depth = 0; e && depth < AUTHORS_BLOCK_LEVELS; e = e.parentElement, depth++) {
    if ((headline && e.contains(headline)) || textOf(e).length > 2 * MAX_BYLINE_CHARS) break;
    const wider = e;
    if (links.some((a) => !best.contains(a) && wider.contains(a))) best = wider;
  }
  return best;
}

/** Whether the words around an author link (its container's) still name someone once credits are dropped. */
function ownCredit(a: Element, context: NameContext): boolean {
  const own = a.parentElement?.closest('p, div, span, li') ?? a;
  const text = textOf(own);
  return text.length < MAX_BYLINE_CHARS && cleanNames(text, context).length > 0;
}

/** Levels climbed from a byline's container for its co-authors' links. */
const AUTHORS_BLOCK_LEVELS = 3;

/**
 * A byline element's names and those of its siblings of the same kind: each author in an
 * element of their own ("<div class=author>A</div><div class=author>B</div>").
 */
function withSiblings(el: Element, names: string[], context: NameContext, headline?: Element): string[] {
  const cls = el.getAttribute('class');
  if (!cls || !el.parentElement) return names;
  const out = [...names];
  for (const sib of Array.from(el.parentElement.children)) {
    if (out.length >= MAX_CO_AUTHORS) break;
    if (sib === el || sib.tagName !== el.tagName || sib.getAttribute('class') !== cls) continue;
    const text = textOf(sib);
    if (!text || text.length > MAX_BYLINE_CHARS || inCredit(sib) || inExcludedRegion(sib, headline)) continue;
    for (const n of cleanNames(text, context)) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** A name in Chinese or Japanese script, written without spaces ("著者：後藤大地"). */
const CJK_NAME = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}/u;

/** Authors of one byline read at most. */
const MAX_CO_AUTHORS = 12;
/** Longest text of a byline element. */
const MAX_BYLINE_CHARS = 160;
/** Byline-named elements looked at when none sits next to the headline. */
const MAX_NAMED = 6;

/**
 * Whether a byline read elsewhere (Readability's) is the text of author elements of the page
 * that all sit away from the story: another story's teaser, a sidebar, a related list, a
 * comment ("Popular: Ferry fares rise by <a rel=author>Tom Ortega</a>" in an <aside>).
 * False when no such element writes it (it came from the page's data) or one is the story's.
 */
export function shownOnlyElsewhere(byline: string, scan: PageScan, headline?: Element | null): boolean {
  const wanted = squash(byline);
  if (!wanted) return false;
  let found = false;
  for (const el of [...scan.authorLinks, ...scan.authorItems, ...scan.authorNamed]) {
    // A byline's element holds a few children; a wrapper's text is not read (it costs).
    if (el.childElementCount > MAX_BYLINE_CHILDREN || squash(textOf(el)) !== wanted) continue;
    found = true;
    const away = inRegion(el, ELSEWHERE, headline) || (headline ? isOtherStorys(el, headline) : false);
    if (!away) return false;
  }
  return found;
}

/** Children of an element read as a byline, at most. */
const MAX_BYLINE_CHILDREN = 8;

/** Regions of other stories and of readers (an <aside> and a <nav> are too, whatever their names). */
const ELSEWHERE =
  /comment|related|recommend|sidebar|more-(?:from|stories|news|articles)|read-?next|up-?next|recirc|popular|trending/iu;
