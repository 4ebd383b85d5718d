/**
 * The headline a reader sees. Social and SEO titles (`og:title`, `<title>`) often differ
 * from the on-page headline or carry " | Site" suffixes, so the page's own headline is
 * preferred when it looks like one; otherwise the best tag value, with the site's suffix
 * removed.
 *
 * The page's headline is chosen among its `<h1>`s and the elements marked as headlines
 * (`itemprop=headline`, `entry-title`…). A heading that is the site's or a section's name
 * (a blog's name linking to its home page, a logo, a masthead) is no headline; among the
 * rest, one that the title tags agree with wins, else the `<h1>` of the article.
 */
import { elementsMatching } from './elements';
import { textWithBreaks } from './visible-text';

const SEPARATORS = /(?<!\s)\s*(?:\s[|\-–—·:»/]\s|[｜|]|：|\s::\s)\s*/u;

const squash = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
const isCjk = (s: string): boolean =>
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s);

/** A title part that is a host name ("Salon.com", "JPost.com"): the site, not the headline. */
const DOMAIN_PART = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|co|io|news|tv|fm|[a-z]{2})$/iu;

/** Longest site name looked for before a title's colon. */
const MAX_SITE_CHARS = 60;

/** "Headline | Site" -> "Headline" when the tail names the site (or the host). */
export function stripSiteSuffix(title: string, siteName: string | null, host?: string | null): string {
  return splitSite(title, siteName, host).headline;
}

/**
 * A title split into its headline and the parts after it that name the site (or the
 * host): "Rebuilding a tide gauge | Notes from the Tideline Workshop" on tideline.example
 * gives the headline and ["Notes from the Tideline Workshop"].
 */
export function splitSite(
  title: string,
  siteName: string | null,
  host?: string | null,
): { headline: string; site: string[] } {
  const site = siteName ? squash(siteName) : null;
  const hostWords = host ? squash(host.replace(/^www\./u, '').replace(/\.[a-z]+$/u, '')) : null;
  // "Tideline Notes: Rebuilding a tide gauge": a blog's name before a colon.
  const colon = title.indexOf(': ');
  if (colon > 0 && colon <= MAX_SITE_CHARS) {
    const head = squash(title.slice(0, colon));
    if ((site && head === site) || (hostWords && head.replace(/ /gu, '') === hostWords.replace(/ /gu, '')))
      return splitSite(title.slice(colon + 2), siteName, host);
  }
  const parts = title.split(SEPARATORS).filter(Boolean);
  if (parts.length < 2) return { headline: title.trim(), site: [] };
  // A tail that holds the site's name is the site's ("News | The Guardian Weekly"); a head
  // must be the site's name itself: "The Guardian view on Hong Kong | Editorial" is a headline.
  const isSite = (part: string, head = false): boolean => {
    const p = squash(part);
    if (!p) return true;
    if (DOMAIN_PART.test(part.replace(/^[[(]|[\])]$/gu, '').trim())) return true;
    if (site && (p === site || (!head && (p.includes(site) || (site.includes(p) && p.length > 2))))) return true;
    const bareHost = hostWords?.replace(/ /gu, '');
    if (bareHost && (p.replace(/ /gu, '') === bareHost || (!head && hostWords && p.includes(hostWords)))) return true;
    return false;
  };
  let end = parts.length;
  while (end > 1 && isSite(parts[end - 1] ?? '')) end--;
  let start = 0;
  while (start < end - 1 && isSite(parts[start] ?? '', true)) start++;
  if (end === parts.length && start === 0) return { headline: title.trim(), site: [] };
  // Rebuild from the original so inner punctuation stays as written.
  const first = parts[start] ?? '';
  const last = parts[end - 1] ?? '';
  const from = title.indexOf(first);
  const to = title.lastIndexOf(last) + last.length;
  return {
    headline: from >= 0 && to > from ? title.slice(from, to).trim() : title.trim(),
    // Only the tail: a head that holds the site's name is as often the headline's own
    // words ("The Guardian view on Hong Kong | Editorial").
    site: parts
      .slice(end)
      .map((p) => p.trim())
      .filter(Boolean),
  };
}

export interface Headline {
  text: string;
  el: Element;
  /** How it was found: an `<h1>`, or an element marked as the headline. */
  kind: 'h1' | 'marked';
  /** Whether a title tag (JSON-LD, og:title, `<title>`…) says the same. */
  agrees: boolean;
  /** It says only a part of what a title tag says ("Politics" of "Politics | Port plan approved"). */
  part?: boolean;
  /**
   * Only the document's `<title>` says the same, while JSON-LD's headline or og:title (or
   * twitter:title) says another thing: perhaps a section's name both carry ("News & general").
   */
  weak?: boolean;
}

export interface HeadlineContext {
  /** Title tags as written (JSON-LD headline, og:title, twitter:title, `<title>`). */
  claims: readonly string[];
  /** The document's `<title>` among the claims: the one a site sets for its section pages too. */
  documentTitle?: string | null;
  siteName: string | null;
  host?: string | null;
  url?: string | null;
  /** Elements marked as headlines (from the page scan), in document order. */
  marked?: readonly Element[];
  /** The body's h1 elements in document order, when the caller has them already (the page walk). */
  h1s?: readonly Element[];
}

/** Longest headline looked at: a headline, not a paragraph. */
const MAX_HEADLINE_CHARS = 300;

/** Class or id of a page's masthead or logo: a heading inside one names the site. */
const MASTHEAD =
  /(?:^|[\s_-])(?:masthead|topbar|logo|branding|navbar|site[-_]?(?:title|name|header|logo|branding))(?:$|[\s_-])/iu;

/**
 * Regions whose headings are not the story's: widgets (an event list), sidebars, menus,
 * teasers. A class names such a region when it ends in one of these words ("events-widget",
 * not "content-sidebar-wrap").
 */
const NOT_THE_STORY = new Set(['widget', 'sidebar', 'calendar', 'promo', 'menu', 'newsletter', 'related', 'teaser']);
const NOT_THE_STORY_DEPTH = 6;

function notTheStory(el: Element): boolean {
  let depth = 0;
  for (let e: Element | null = el; e && depth < NOT_THE_STORY_DEPTH; e = e.parentElement, depth++) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
    for (const name of `${e.getAttribute('class') ?? ''} ${e.id}`.toLowerCase().split(/\s+/u)) {
      // Modifiers describe the page, not a region ("main-wrapper--has-sidebar").
      if (name.includes('--') || /^(?:has|with|no)-/u.test(name)) continue;
      const head = name.split(/[-_]+/u).filter(Boolean).pop();
      if (head && (NOT_THE_STORY.has(head) || NOT_THE_STORY.has(head.replace(/s$/u, '')))) return true;
    }
  }
  return false;
}

/** How many ancestors are looked at for a masthead. */
const MASTHEAD_DEPTH = 4;

/** Whether one text says the same as another: equal, or one holds the other and is at most twice as long. */
function agree(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length * 2 < long.length) return false;
  return long.startsWith(`${short} `) || long.endsWith(` ${short}`) || long.includes(` ${short} `);
}

/** The page's main headline, or null when it shows none that can be trusted. */
export function findHeadline(doc: Document, context: HeadlineContext): Headline | null {
  const body = doc.body;
  if (!body) return null;
  const { siteName } = context;
  const site = siteName ? squash(siteName) : null;
  const host = context.host ? squash(context.host.replace(/^www\./u, '')) : null;
  // Squashed once: a page may have thousands of h1s. Claims are compared without their site part.
  const split = context.claims.map((c) => splitSite(c, siteName, context.host));
  const claims = split.map((c) => squash(c.headline));
  // The claims of the article's own tags (JSON-LD, og:title, twitter:title), without `<title>`.
  const ownClaims = claims.filter((_c, i) => context.claims[i] !== context.documentTitle);
  // The parts the title tags give to the site ("… | Notes from the Tideline Workshop"): a
  // heading that says only that is the blog's or the site's name.
  const siteParts = new Set(split.flatMap((c) => c.site.map(squash)));
  // And their parts: "Prince and the Revolution – Purple Rain" says "Purple Rain".
  const parts = new Set(
    context.claims.flatMap((c) => c.split(SEPARATORS).map(squash)).filter((p) => p.length > 3 && !siteParts.has(p)),
  );
  const candidates: { el: Element; text: string; kind: 'h1' | 'marked' }[] = [];
  for (const el of context.h1s ?? Array.from(body.getElementsByTagName('h1'))) {
    // A short title beside the headline (itemprop=alternativeHeadline) is not the headline.
    if (!/\balternativeHeadline\b/u.test(el.getAttribute('itemprop') ?? ''))
      candidates.push({ el, text: headlineText(el, claims), kind: 'h1' });
  }
  for (const el of context.marked ?? []) {
    if (el.tagName.toUpperCase() !== 'H1') candidates.push({ el, text: headlineText(el, claims), kind: 'marked' });
  }
  const found: Headline[] = [];
  for (const { el, text, kind } of candidates) {
    if (text.length < 4 || text.length > MAX_HEADLINE_CHARS || notTheStory(el)) continue;
    // A marked headline inside a link is another story's teaser.
    if (kind === 'marked' && el.closest('a[href]')) continue;
    const t = squash(text);
    if (!t) continue;
    if (site && (t === site || site.includes(t) || (t.includes(site) && words(t) <= words(site) + 2))) continue;
    if (host && t.replace(/ /gu, '') === host.replace(/ /gu, '')) continue;
    if (siteParts.has(t)) continue;
    if (/\blogo\b/iu.test(t) || namesTheSite(el, context.url ?? null)) continue;
    const whole = claims.some((c) => agree(t, c));
    const agrees = whole || parts.has(t);
    // A headline has a few words (or a CJK phrase); a logo or section name does not,
    // unless the title tags say the same.
    if (!agrees && words(text) < 3 && !(isCjk(text) && text.length >= 10)) continue;
    const weak = whole && ownClaims.length > 0 && !ownClaims.some((c) => agree(t, c));
    found.push({ text, el, kind, agrees, part: !whole && agrees, weak });
  }
  const inArticle = (h: Headline): boolean =>
    h.el.closest('article, main, [role="main"], [itemprop~="headline"]') !== null;
  const h1s = found.filter((h) => h.kind === 'h1');
  // A heading only `<title>` confirms gives way to one the article's own tags confirm.
  const best =
    (ownClaims.length > 0 ? confirmedByOwnTags(body, found, ownClaims) : null) ??
    pickHeadline(body, found, h1s, claims, inArticle);
  // A heading that is only a part of the title ("Politics" in "Politics | Port plan
  // approved | Harbour News") is a section's name when the page shows the title's other
  // part as a heading; else it is the headline ("Purple Rain" in "Prince – Purple Rain").
  if (best?.part) return shownRest(body, best.text, context.claims, siteName, context.host) ?? best;
  return best;
}

/**
 * When a heading only the document's `<title>` confirms is among the confirmed ones: the
 * heading that says word for word what the article's own tags say (an h1 first, then a
 * marked headline, then an h2), if the page shows one. Word for word: a marked element
 * that holds the headline and its standfirst only agrees with it.
 */
function confirmedByOwnTags(body: Element, found: readonly Headline[], ownClaims: readonly string[]): Headline | null {
  const confirmed = found.filter((h) => h.agrees);
  if (!confirmed.some((h) => h.weak)) return null;
  return confirmed.find((h) => !h.weak && ownClaims.includes(squash(h.text))) ?? agreeingH2(body, ownClaims, true);
}

function pickHeadline(
  body: Element,
  found: readonly Headline[],
  h1s: readonly Headline[],
  claims: readonly string[],
  inArticle: (h: Headline) => boolean,
): Headline | null {
  return (
    // What the title tags confirm: an h1 in the article, any h1, a marked headline…
    h1s.find((h) => h.agrees && inArticle(h)) ??
    h1s.find((h) => h.agrees) ??
    found.find((h) => h.agrees) ??
    // …or an h2 (the h1 holding a section's name, "News & general").
    agreeingH2(body, claims) ??
    // Else the h1 of the article, or the only one.
    h1s.find(inArticle) ??
    (h1s.length === 1 ? h1s[0] : undefined) ??
    // A feature whose headline is no h1: the element marked as the article's headline.
    found.find((h) => h.kind === 'marked' && (inArticle(h) || h1s.length === 0)) ??
    // Every h1 is the site's (a logo): the heading in the article's header.
    (h1s.length === 0 ? headerHeading(body) : null) ??
    null
  );
}

/** Elements looked at for a heading that shows a title's other part. */
const MAX_REST_ELEMENTS = 3_000;
const TITLE_CLASS = /headline|title/iu;

/** The element showing the title's part other than `part` (and the site's), if the page shows it as a heading. */
function shownRest(
  body: Element,
  part: string,
  claims: readonly string[],
  siteName: string | null,
  host: string | null | undefined,
): Headline | null {
  const p = squash(part);
  const rests = new Set<string>();
  for (const c of claims) {
    const pieces = splitSite(c, siteName, host).headline.split(SEPARATORS).map(squash);
    if (!pieces.includes(p)) continue;
    for (const x of pieces) if (x && x !== p && words(x) > words(p)) rests.add(x);
  }
  if (rests.size === 0) return null;
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  let looked = 0;
  for (
    let n = walker.nextNode() as Element | null;
    n && looked < MAX_REST_ELEMENTS;
    n = walker.nextNode() as Element | null
  ) {
    looked++;
    const tag = n.tagName.toUpperCase();
    if (!/^H[2-4]$/u.test(tag) && !TITLE_CLASS.test(n.getAttribute('class') ?? '')) continue;
    const text = headlineText(n);
    if (text.length > MAX_HEADLINE_CHARS || !rests.has(squash(text)) || notTheStory(n) || n.closest('a[href]'))
      continue;
    // A link ("Prince and the Revolution", the artist's page) names another page, not this one's headline.
    if (Array.from(n.getElementsByTagName('a')).some((a) => textOf(a).length * 2 >= text.length)) continue;
    return { text, el: n, kind: 'marked', agrees: true };
  }
  return null;
}

/** The first heading of three words or more in the article's header (`<header>` in an article, "article-header"). */
function headerHeading(body: Element): Headline | null {
  const h2s = body.getElementsByTagName('h2');
  for (let i = 0; i < h2s.length && i < MAX_H2; i++) {
    const el = h2s[i] as Element;
    const text = headlineText(el);
    if (words(text) < 3 || text.length > MAX_HEADLINE_CHARS || notTheStory(el) || el.closest('a[href]')) continue;
    // A heading that is a link is another story's or a section's.
    if (Array.from(el.getElementsByTagName('a')).some((a) => textOf(a).length * 2 >= text.length)) continue;
    let header: Element | null = null;
    for (let e = el.parentElement, depth = 0; e && depth < HEADER_DEPTH && !header; e = e.parentElement, depth++) {
      if (e.tagName.toUpperCase() === 'HEADER' || ARTICLE_HEADER.test(e.getAttribute('class') ?? '')) header = e;
    }
    if (!header) continue;
    const inStory =
      header.closest('article, main, [role="main"], .hentry') !== null ||
      ARTICLE_HEADER.test(header.getAttribute('class') ?? '');
    if (inStory) return { text, el, kind: 'marked', agrees: false };
  }
  return null;
}

const ARTICLE_HEADER = /(?:article|entry|post|story)[-_]?header/iu;
/** Levels climbed from a heading to its header. */
const HEADER_DEPTH = 3;

/** h2s looked at for the headline the title tags name. */
const MAX_H2 = 60;

/** The first h2, not a teaser's, that says what the title tags say (word for word when `exact`). */
function agreeingH2(body: Element, claims: readonly string[], exact = false): Headline | null {
  const h2s = body.getElementsByTagName('h2');
  for (let i = 0; i < h2s.length && i < MAX_H2; i++) {
    const el = h2s[i] as Element;
    const text = textOf(el);
    if (words(text) < 3 || text.length > MAX_HEADLINE_CHARS || notTheStory(el) || el.closest('a[href]')) continue;
    const t = squash(text);
    if (claims.some((c) => c === t || (!exact && agree(t, c) && words(t) >= 4)))
      return { text, el, kind: 'marked', agrees: true };
  }
  return null;
}

/** An element's text, white space collapsed; a line break is a space ("council<br>Work" is two words). */
const textOf = (el: Element): string => textWithBreaks(el, ' ');
/**
 * A heading's words without the permalink sign documentation puts after it ("History¶"), nor
 * the label a CMS puts first inside it in an element of its own ("<span class=live-label>LIVE</span>",
 * "<span class=headline-kicker>Exclusive</span>"): a kicker, not the headline's words.
 */
function headlineText(el: Element, claims?: readonly string[]): string {
  const t = withoutKicker(el, textOf(el), claims);
  let end = t.length;
  while (end > 0 && PERMALINK_SIGNS.includes(t.charAt(end - 1))) end--;
  return end === t.length ? t : t.slice(0, end).trimEnd();
}
const PERMALINK_SIGNS = '¶§#';

/** Class or id of a label set before a headline's words: a kicker, a flag, a badge ("live-label", "story-headline-kicker"). */
const KICKER = /kicker|eyebrow|overline|(?:^|[\s_-])(?:label|flag|badge|rubric|flash|live|prefix|strap)(?:$|[\s_-])/iu;
/** Longest label read as a heading's kicker (a word or three: "LIVE", "Exclusive", "Breaking news"). */
const MAX_KICKER_CHARS = 30;
const MAX_KICKER_WORDS = 3;

/**
 * `text` (the heading's) without the kicker element its heading opens with, when the rest is a
 * headline of its own: an element its class calls a kicker, or any (a "<strong>WATCH:</strong>")
 * when the title tags (`claims`, squashed) say the rest word for word and not the whole.
 */
function withoutKicker(el: Element, text: string, claims?: readonly string[]): string {
  let first: ChildNode | null = el.firstChild;
  while (first && first.nodeType === 3 && !(first.nodeValue ?? '').trim()) first = first.nextSibling;
  if (first?.nodeType === 3) return withoutWrittenKicker(text, claims);
  if (!first || first.nodeType !== 1) return text;
  const label = first as Element;
  const kicker = textOf(label);
  if (!kicker || kicker.length > MAX_KICKER_CHARS || words(kicker) > MAX_KICKER_WORDS || !text.startsWith(kicker))
    return text;
  const rest = text.slice(kicker.length).replace(/^[\s:|·•–—-]+/u, '');
  if (words(rest) < 3) return text;
  if (KICKER.test(`${label.getAttribute('class') ?? ''} ${label.id}`)) return rest;
  return claims?.includes(squash(rest)) && !claims.includes(squash(text)) ? rest : text;
}

/**
 * `text` without the label in capitals and its colon that the heading's own words open with
 * ("WATCH: Rishi Sunak vows …", "EXCLUSIVE: …"), when the title tags (`claims`, squashed) say
 * the rest word for word and not the whole: a kicker typed into the headline. A label in
 * small letters ("Review: …", "Issue #42: …") is the headline's own.
 */
function withoutWrittenKicker(text: string, claims?: readonly string[]): string {
  if (!claims?.length) return text;
  const colon = text.indexOf(': ');
  if (colon < 2 || colon > MAX_KICKER_CHARS) return text;
  const kicker = text.slice(0, colon);
  if (words(kicker) > MAX_KICKER_WORDS || kicker !== kicker.toUpperCase() || !/\p{Lu}{2}/u.test(kicker)) return text;
  const rest = text.slice(colon + 2).trim();
  if (words(rest) < 3) return text;
  return claims.includes(squash(rest)) && !claims.includes(squash(text)) ? rest : text;
}

/**
 * Whether a heading is the site's (or a section's) name rather than the article's: it
 * sits in a masthead or logo, or it is a link to the home page or to a page above this
 * one ("/", "index.html", "/blog" for "/blog/post/…").
 */
/**
 * `el.closest('a[href]') ?? el.querySelector('a[href]')`, as walks (a selector engine run for
 * each candidate heading cost more than the rest of the test).
 */
function linkAroundOrIn(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (isLink(e)) return e;
  return elementsMatching(el, isLink, 1)[0] ?? null;
}

const isLink = (e: Element): boolean => e.localName === 'a' && e.hasAttribute('href');

function namesTheSite(el: Element, url: string | null): boolean {
  let depth = 0;
  for (let e: Element | null = el; e && depth <= MASTHEAD_DEPTH; e = e.parentElement, depth++) {
    if (MASTHEAD.test(`${e.getAttribute('class') ?? ''} ${e.id}`)) return true;
  }
  const link = linkAroundOrIn(el);
  if (!link) return false;
  // The link must carry the heading, not a word of it.
  if (textOf(link).length * 2 < textOf(el).length) return false;
  const base = url ?? el.ownerDocument.location?.href ?? undefined;
  let target: URL;
  let page: URL | null;
  try {
    target = new URL(link.getAttribute('href') ?? '', base);
    page = base ? new URL(base) : null;
  } catch {
    return false;
  }
  const path = target.pathname.replace(/\/(?:index\.[a-z]+)?$/iu, '');
  if (target.hash && page && target.pathname === page.pathname) return false;
  if (path === '') return true;
  // On another host, a short path is a site's home ("/blog"); a story's slug is not.
  // (A story's address joins its words by hyphens: "the-spectacular-story-of-metroid-1284025".)
  if (!page || target.host !== page.host) return path.split('/').length <= 2 && path.split('-').length <= 3;
  const here = page.pathname.replace(/\/(?:index\.[a-z]+)?$/iu, '');
  return here !== path && here.startsWith(`${path}/`);
}
