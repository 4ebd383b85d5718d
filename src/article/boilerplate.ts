/**
 * Removes what Readability keeps inside the article container but a reader does not count
 * as the article: author bios, share bars, newsletter promos, related-story lists, comment
 * sections, and the byline and dateline lines (they are metadata, shown in the card).
 * Works on Readability's output (a detached clone), never on the live page.
 *
 * A container is dropped when a class, id, role or aria-label token names it as
 * boilerplate and it holds a small share of the article's text (so a site whose main
 * container happens to be called "story-share" does not lose its story). A paragraph is
 * dropped when its whole text is a boilerplate phrase ("Read full bio", "Sign up"), a
 * byline ("By A and B") or a bare date.
 */
import { elementsUnder } from './metadata/elements';
import { flatText } from './metadata/visible-text';

const BOILERPLATE_TOKENS = new Set([
  'bio',
  'bios',
  'author',
  'authors',
  'about',
  'byline',
  'bylines',
  'dateline',
  'timestamp',
  'meta',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'promo',
  'promotion',
  'share',
  'sharing',
  'social',
  'related',
  'recommended',
  'recommendations',
  'comments',
  'comment',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'sponsored',
  'outbrain',
  'taboola',
  'tags',
  'breadcrumb',
  'breadcrumbs',
]);

/** Tokens that mark content even when a boilerplate token is also present ("article-meta-body"). */
const CONTENT_TOKENS = new Set(['body', 'content', 'text', 'story', 'article', 'main', 'entry', 'post']);

const PHRASES =
  /^(?:read (?:the )?full (?:bio|profile)|read more|more from|sign up|subscribe|share(?: this)?(?: article| story)?|advertisement|follow us|related(?: stories| articles)?|recommended|you may also like)\b/iu;

/** "By A B, C D and E F": names of up to four words, joined by a comma, "&" or " and ". */
const BYLINE =
  /^(?:by|von|par|por)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:\s*[,&]\s*|\s+and\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,8}\.?$/u;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
export const BARE_DATE = new RegExp(
  // White space is bounded ({1,3}): unbounded runs around optional parts backtrack polynomially.
  `^(?:(?:updated|posted|published)[:\\s]{1,3})?(?:\\w+day,?\\s{1,3})?(?:\\d{1,2}\\s{1,3}(?:${MONTHS})\\.?,?\\s{1,3}\\d{4}|(?:${MONTHS})\\.?\\s{1,3}\\d{1,2},?\\s{1,3}\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[,\\s]{1,3}(?:at\\s{1,3})?\\d{1,2}[:.]\\d{2}\\s{0,3}(?:[ap]\\.?m\\.?)?(?:\\s{1,3}[A-Z]{2,4})?)?$`,
  'iu',
);

function tokensOf(el: Element): string[] {
  const raw = [el.getAttribute('class'), el.id, el.getAttribute('role'), el.getAttribute('aria-label')]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return raw.split(/[^a-z0-9]+/u).filter(Boolean);
}

function textLength(el: Element): number {
  return flatText(el).length;
}

/** Longer than any boilerplate line, even with the markup's white space. */
const LONG_TEXT = 1000;

export function isBoilerplateText(text: string): boolean {
  if (text.length > LONG_TEXT) return false;
  const t = text.replace(/\s+/gu, ' ').trim();
  if (!t) return true;
  return (t.length < 60 && PHRASES.test(t)) || BYLINE.test(t) || BARE_DATE.test(t);
}

/**
 * Tokens of wrappers that sites also put around an embedded tweet, video or advert placed
 * among the paragraphs ("embed social", "ad-wrapper"): the paragraphs inside them are the
 * story's. Bios, promos, related lists and comments are not among them.
 */
const WRAPPER_TOKENS = new Set(['social', 'share', 'sharing', 'advert', 'advertisement', 'ad', 'ads', 'sponsored']);

/** A paragraph of prose: a sentence or more, few links. */
const MIN_PROSE_WORDS = 20;
const MAX_PROSE_LINK_SHARE = 0.25;

export function isProse(p: Element): boolean {
  const text = flatText(p);
  if (text.split(' ').length < MIN_PROSE_WORDS || !/[.!?…"”»]$/u.test(text)) return false;
  let linked = 0;
  for (const a of Array.from(p.getElementsByTagName('a'))) linked += (a.textContent ?? '').length;
  return linked <= MAX_PROSE_LINK_SHARE * text.length;
}

/** Removes boilerplate from `root` (Readability's article element) in place. */
export function removeBoilerplate(root: Element): void {
  const total = Math.max(1, textLength(root));
  for (const el of elementsUnder(root)) {
    if (!root.contains(el)) continue;
    const tokens = tokensOf(el);
    const marked = tokens.some((t) => BOILERPLATE_TOKENS.has(t)) && !tokens.some((t) => CONTENT_TOKENS.has(t));
    if (marked && textLength(el) < 0.3 * total) {
      // Paragraphs of the story in the wrapper of an embed stay, in their place.
      if (tokens.every((t) => WRAPPER_TOKENS.has(t) || !BOILERPLATE_TOKENS.has(t))) {
        for (const p of Array.from(el.getElementsByTagName('p'))) if (isProse(p)) el.before(p);
      }
      el.remove();
      continue;
    }
    if (/^(?:P|DIV|SPAN|LI|H[2-6]|A)$/u.test(el.tagName.toUpperCase()) && isBoilerplateText(el.textContent ?? '')) {
      el.remove();
    }
  }
}
