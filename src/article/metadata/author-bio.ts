/**
 * The writer a bio introduces at the story's end, for pages whose header credits no one:
 * a box named for it ("author-bio", "about-author") or headed "About the author", or one of
 * the story's last paragraphs that says who wrote it ("Ana Lima is a reporter for the
 * Harbour Daily News.") or gives the writer's address ("Contact reporter Ana Lima at …",
 * "Ana Lima can be reached at ana@…"), or the tagline in italics that ends a guest column
 * ("<em>Ana Lima is a professor of public health at …</em>": whoever it introduces wrote it). A bio box may also sit just after the story's
 * element (an <article> closed before its "author-bio" box), not in another story that
 * follows.
 */
import { cleanNames, type NameContext } from './byline';
import { elementsMatching } from './elements';
import { inRegion, tokensOf } from './regions';
import { flatText } from './visible-text';

/** A name of two to four capitalised words (the source of the patterns below). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|del|la|le)){1,3}`;
/** A name opening a sentence that introduces them. */
export const INTRODUCED = new RegExp(String.raw`^(${NAME}) (?:is|was|has been|writes|covers|reports)\b`, 'u');
/** A closing line giving the writer's address: "Contact reporter Ana Lima at …" (the name's case kept). */
export const CONTACT_WRITER = new RegExp(
  String.raw`^(?:[Cc]ontact|[Rr]each|[Ee]-?mail|[Ww]rite to)(?: the)?(?: staff| senior)? (?:reporter|writer|author|columnist|correspondent) (${NAME})\b`,
  'u',
);
/** "Ana Lima can be reached at ana@…": the name that gives an address. */
export const REACHED = new RegExp(String.raw`^(${NAME}) (?:can|may) be (?:reached|contacted|e-?mailed)\b`, 'u');

/** Words that make an introduction a writer's ("is a reporter for", "a freelance journalist"). */
const WRITER =
  /\b(?:reporter|writer|journalist|editor|correspondent|columnist|contributor|author|blogger|freelancer?|critic|producer|covers|writes)\b/iu;

/** A box's class or id that says it holds the author's bio. */
const BIO_BOX = /\b(?:author[-_]?(?:bio|box|info|about|description)|about[-_]?(?:the[-_]?)?author|bio(?:graphy)?)\b/iu;

/**
 * Whether an element's class or id may name a bio box (BIO_BOX decides): the selector
 * `[class*="bio"], [id*="bio"], [class*="author"]` (case-sensitive, as it is for class and id),
 * tested without a selector engine (an attribute substring query was the costliest part of
 * the bio's reading in jsdom).
 */
function mayBeBioBox(el: Element): boolean {
  const cls = el.getAttribute('class');
  return (
    (cls !== null && (cls.includes('bio') || cls.includes('author'))) || (el.getAttribute('id') ?? '').includes('bio')
  );
}
/** Bio boxes without paragraphs read, at most. */
const MAX_BARE_BOXES = 8;

/** A heading over a bio. */
const ABOUT_HEADING = /^about the (?:author|writer|reporter)s?$/iu;

/** Regions of the page that are not the story's (comments, other stories). */
const ELSEWHERE = /comment|related|recommend|more-(?:from|stories|news)|recirc|popular|trending/iu;

/** The story's last paragraphs looked at for a bio box, and for a bio without one. */
const MAX_PARAGRAPHS = 40;
const LAST_PARAGRAPHS = 4;
/** Characters of a paragraph in which an introduction says the person writes. */
const MAX_INTRODUCTION_CHARS = 160;
/** Longest bio paragraph read. */
const MAX_BIO_CHARS = 400;
/** Elements right after the story looked at for a bio box of its own, and paragraphs in each. */
const MAX_SIBLINGS_AFTER = 3;
const MAX_PARAGRAPHS_AFTER = 6;

/** The writer a bio at the story's end names, or null. */
export function bioAuthor(doc: Document, headline: Element | null, context: NameContext = {}): string | null {
  const story = headline?.closest('article, main, [role="main"]') ?? doc.body;
  if (!story) return null;
  // A bio ends the story: its last paragraphs are read (querySelectorAll, not the live
  // getElementsByTagName: jsdom walks a live list again for each index).
  const paragraphs = Array.from(story.querySelectorAll('p'))
    .slice(-MAX_PARAGRAPHS)
    .filter((p) => !inRegion(p, ELSEWHERE, headline));
  // In a bio box, or under "About the author": any introduction. Elsewhere, only the last
  // paragraphs, and only an introduction as a writer.
  for (const p of paragraphs) {
    if (!inBioBox(p)) continue;
    const name = introduced(flatText(p), false, context);
    if (name) return name;
  }
  // A bio box that holds its text with no paragraph ("<div class=author-bio><strong>Ana
  // Lima</strong> reports on housing …</div>").
  for (const box of elementsMatching(story, mayBeBioBox, MAX_BARE_BOXES)) {
    if (!BIO_BOX.test(`${box.getAttribute('class') ?? ''} ${box.id}`) || box.querySelector('p')) continue;
    if (inRegion(box, ELSEWHERE, headline)) continue;
    const name = introduced(flatText(box), false, context);
    if (name) return name;
  }
  for (const p of paragraphs.slice(-LAST_PARAGRAPHS)) {
    const text = flatText(p);
    const name = introduced(text, !isTagline(p, text), context) ?? contact(text, context);
    if (name) return name;
  }
  for (const p of paragraphsAfter(story, headline)) {
    if (!inBioBox(p)) continue;
    const name = introduced(flatText(p), false, context);
    if (name) return name;
  }
  return null;
}

/**
 * The paragraphs of the few elements right after the story's own element, not those of a
 * region that is not the story's nor of another story (an <article>, a headline of its own).
 */
function paragraphsAfter(story: Element, headline: Element | null): Element[] {
  const tag = story.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML') return [];
  const out: Element[] = [];
  let e = story.nextElementSibling;
  for (let i = 0; e && i < MAX_SIBLINGS_AFTER; e = e.nextElementSibling, i++) {
    if (e.tagName.toUpperCase() === 'ARTICLE' || e.querySelector('article, h1')) break;
    const own = e.tagName.toUpperCase() === 'P' ? [e] : Array.from(e.querySelectorAll('p'));
    for (const p of own.slice(0, MAX_PARAGRAPHS_AFTER)) if (!inRegion(p, ELSEWHERE, headline)) out.push(p);
  }
  return out;
}

/** Tags that set a paragraph's text in italics. */
const ITALIC_TAGS = new Set(['EM', 'I']);

/**
 * Whether a paragraph is wholly in italics (one <em> or <i> holding all its text): a guest
 * column's closing tagline, set apart from the story as a note about its writer.
 */
function isTagline(p: Element, text: string): boolean {
  const children = Array.from(p.children);
  if (children.length !== 1) return false;
  const only = children[0] as Element;
  return ITALIC_TAGS.has(only.tagName.toUpperCase()) && flatText(only) === text;
}

/** Whether a paragraph sits in a bio box or right under an "About the author" heading. */
function inBioBox(p: Element): boolean {
  let depth = 0;
  for (let e: Element | null = p; e && depth < 3; e = e.parentElement, depth++) {
    if (tokensOf(e).length && BIO_BOX.test(`${e.getAttribute('class') ?? ''} ${e.id}`)) return true;
  }
  const heading = p.previousElementSibling;
  return !!heading && /^H[2-6]$/u.test(heading.tagName.toUpperCase()) && ABOUT_HEADING.test(flatText(heading));
}

/**
 * The writer a closing line gives an address for ("Contact reporter Ana Lima at …", "Ana
 * Lima can be reached at ana@harbour.example"), or null; not anyone else the story says to
 * contact ("Contact Maria Keller at the port office").
 */
function contact(text: string, context: NameContext): string | null {
  if (!text || text.length > MAX_BIO_CHARS) return null;
  const m = CONTACT_WRITER.exec(text) ?? (text.includes('@') ? REACHED.exec(text) : null);
  return m?.[1] ? (cleanNames(m[1], context)[0] ?? null) : null;
}

/** The name a paragraph opens by introducing, or null. */
function introduced(text: string, asWriter: boolean, context: NameContext): string | null {
  if (!text || text.length > MAX_BIO_CHARS) return null;
  const m = INTRODUCED.exec(text);
  if (!m?.[1]) return null;
  if (asWriter && !WRITER.test(text.slice(0, MAX_INTRODUCTION_CHARS))) return null;
  return cleanNames(m[1], context)[0] ?? null;
}
