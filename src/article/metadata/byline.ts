import { place } from './near-headline';
import type { PageScan } from './page-scan';
import { inFooter, inRegion, tokensOf as tokensOfElement } from './regions';

/**
 * Bylines: author names from whatever the page offers, cleaned into a list of names. A
 * byline in a page is rarely just names: "By Pete Evans · CBC News · Posted: Dec 3",
 * "Joe DavidsonWashington Post", "Steven Shepard 10/04/2016 05:07 AM EDT Link Copied",
 * "投稿者 Masafumi Negishi". `cleanNames` keeps the names; `findVisibleByline` finds the
 * byline element in the page.
 */

const PREFIX =
  /^\s*(?:(?:(?:written|words|text|story|reporting|reported|compiled|posted|published)\s+by|by|von|par|por|di|door|av)(?![\p{L}])|投稿者|著者|作者|筆者|記者|文)\s*[:：]?\s*/iu;
const GLUED_BY = /^By(?=\p{Lu})/u;

/** Words that make a part of a byline furniture rather than a name. */
const FURNITURE =
  /\b(?:click here|see all|view all|posted|updated|published|comments?|copied|copy link|share|follow|twitter|facebook|email|e-mail|min(?:ute)?s? read|read more|view profile|more from|contributor|correspondent|reporter|editor|staff writer|senior|columnist|photographs?|photography|photographer|photos?|illustrations?|illustrated|video|graphics)\b/iu;

/**
 * A role written after the name ("Andrew Husband, Culture Writer", "Jo Bloggs, Special
 * Correspondent"): a part that ends in one of these nouns is a job, not a person.
 */
const ROLE_END =
  /\b(?:writers?|editors?|reporters?|correspondents?|columnists?|contributors?|producers?|critics?|analysts?|photographers?|interns?|anchors?|journalists?|bloggers?|reviewers?|strategists?|directors?|chief)$/iu;

/** Words of organisations (a publisher or agency named next to the author). */
const ORG =
  /\b(?:news|post|times|press|reuters|associated|agency|inc|ltd|llc|gmbh|media|nast|magazine|journal|tribune|herald|gazette|network|digital|online|group|company|corp|tnn|pti|afp|ap|upi|bbc|cnn|abc|nbc|cbs)\b\.?/iu;

/** A label for the newsroom rather than a person ("Us Weekly Staff", "The Editors", "News Desk"). */
const STAFF_LABEL =
  /\b(?:staff|team|editors?|editorial|desk|newsroom|wires?|bureau|submissions|contributors|writers|admin|administrator)\b/iu;

/** A newsroom label standing alone as the credit ("By Editor", "Staff", "The Editorial Board"). */
const LONE_LABEL =
  /^(?:the )?(?:editors?|staff|admin|administrator|editorial(?: staff| team| board)?|staff writers?|newsroom|news desk|web desk)$/iu;

/** Lower-case words a name may hold ("Jan van der Berg", "Ana de la Cruz", "Omar bin Laden"). */
const PARTICLES = new Set(
  'de da das do dos du del della der den di la le van von ter ten zu bin ibn al el y e af av d st st.'.split(' '),
);

/** A host name standing in for a publisher ("JPost.com", "ICI.Radio-Canada.ca"). */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|co|io|news|tv|fm|[a-z]{2})$/iu;

/** "Michael Larabel in Valve", "Ana Lima in London": an author "in" a section or a place. */
const IN_PLACE = /^((?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}.'’-]*)\s+in\s+\p{Lu}.*$/u;

/** Between the items of a list (not the words that join two of them, "and", "&", "with"). */
const LIST_SEPARATORS = / ?[,;|·•/／｜\n] ?/u;

/** Between names; the text is split after its white space is collapsed to single spaces. */
const SEPARATORS = / ?(?:[,;|·•/／｜\n]| (?:and|und|et|y|e|with|&) | [-–—] ) ?/iu;

export interface NameContext {
  siteName?: string | null;
  /** Keep a lone lower-case word ("by doumae"): right after "by" it is a name. */
  allowHandles?: boolean;
}

const squash = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** A byline (or several) as a list of names, or [] when nothing name-like is left. */
export function cleanNames(input: string | readonly string[], context: NameContext = {}): string[] {
  const site = context.siteName ? squash(context.siteName) : null;
  const parts: string[] = [];
  for (const raw of typeof input === 'string' ? [input] : input) {
    // A handle or an address after the name ("Ana Lima @analima", "April Glaser@aprilaser",
    // "mcason@al.com") is no part of it.
    let text = raw.replace(HANDLE, ' ').replace(/\s+/gu, ' ').trim().replace(GLUED_BY, '');
    const credited = PREFIX.test(text);
    text = text.replace(PREFIX, '');
    // Names end where dates, times and counts begin ("Steven Shepard 10/04/2016 …").
    text = text.replace(
      /(?<!\s)\s*(?:(?<![\p{L}\p{N}])(?:on|at|am|le|el)\s+)?(?:(?<![\p{L}\p{N}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)?\d[^]*$/iu,
      '',
    );
    // A stamp after the name ("Ana Lima Updated 3 hours ago") ends it.
    text = withoutStamp(text);
    // "Michael Larabel in Valve": an author "in" a section or place.
    text = text.replace(IN_PLACE, '$1');
    // Glued names: "Joe DavidsonWashington Post" (not "McDonald", "DeSantis"), and a name run
    // into an outlet in capitals: "Meg WagnerNEW YORK DAILY NEWS".
    // A word alone is a handle ("AMournfulHowlInTheNight"), not glued names.
    if (text.includes(' '))
      text = text.replace(/(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll})/gu, '$1|$2').replace(/(\p{Ll}{2})(\p{Lu}{3})/gu, '$1|$2');
    // Co-authors in brackets: "Martin Untersinger (avec Damien Leloup et Morgane Tual)".
    text = text.replace(WITH_BRACKETS, ', $1');
    // Anything else in brackets is a place or a role: "Claire Moreau (Marseille, correspondante)".
    text = text.replace(BRACKETED, '');
    // A name written surname first, as catalogues do: "Gillman, Steve", "Doe, Jane A.", and
    // lists of them: "Gillman, Steve; Doe, Jane".
    if (!ORG.test(text))
      text = text
        .split(/ ?; ?/u)
        .map((piece) =>
          piece.replace(SURNAME_FIRST, (_all, last: string, given: string) => `${given} ${unshoutWord(last)}`),
        )
        .join('; ');
    for (const chunk of text.split(LIST_SEPARATORS)) {
      const chunkParts: string[] = [];
      for (const p of chunk.split(SEPARATORS)) {
        // "A, B, and C": the list's last comma leaves its "and".
        let part = p.replace(PREFIX, '').replace(LEADING_CONNECTOR, '');
        // "Ana Lima Staff Writer": the role run on after the name goes.
        part = withoutRole(part);
        // "By Ana Lima for The Harbour News": the outlet the author wrote for goes.
        if (credited) part = withoutOutlet(part);
        part = withoutStrayEnds(part).replace(IN_PLACE, '$1');
        if (part) chunkParts.push(part);
      }
      // "The Russian and Syrian defense ministries": a phrase that holds an "and" is one
      // phrase, not names joined by it ("The Russian" is no one).
      if (chunkParts.length > 1 && chunkParts.some((q) => /^\p{Lu}/u.test(q) && isPhrase(q))) continue;
      parts.push(...chunkParts);
    }
  }
  const labels: string[] = [];
  let names = parts
    .filter((p) => {
      if (LONE_LABEL.test(p)) labels.push(p);
      if (p.length < 2 || p.length > 60) return false;
      if (/[@\d]|https?:|www\./iu.test(p) || DOMAIN.test(p)) return false;
      if (FURNITURE.test(p)) return false;
      if (site && squash(p) === site) return false;
      if (p.split(/\s+/u).length > 5) return false;
      if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/iu.test(p)) return false;
      // A degree after the name ("Ana Lima, PhD") is no one.
      if (CREDENTIAL.test(p)) return false;
      // A lone lower-case word is a handle ("mikecason"), not a name.
      if (!context.allowHandles && /^[\p{Ll}._-]+$/u.test(p) && !LOWER_CASE_AGENCY.test(p)) return false;
      if (isPhrase(p) || /^(?:the|a|an|this|that|our|my|his|her|their|its|we|you)\s/u.test(p)) return false;
      return /\p{L}/u.test(p);
    })
    .map(unshout);
  // A role after a name ("Andrew Husband, Culture Writer") goes; alone it may be a name ("Ann Writer").
  const roles = names.filter((n) => ROLE_END.test(n));
  if (roles.length && roles.length < names.length) names = names.filter((n) => !ROLE_END.test(n));
  // Organisations next to people ("CBC News", "Washington Post") go; alone they stay. A
  // label alone ("By Editor", "STAFF") is the credit the page gives.
  // The site's name without its article ("Kyle Brandt" then "Lakeshore Sentinel" on The
  // Lakeshore Sentinel) is the outlet too.
  const outlet = site?.replace(/^the /u, '');
  let people = names.filter(
    (n) => !ORG.test(n) && !/^\p{Lu}{2,5}$/u.test(n) && (!outlet || squash(n).replace(/^the /u, '') !== outlet),
  );
  // One word beside full names is a place ("Anna Schmidt, Berlin"), not a co-author.
  if (people.some((n) => n.includes(' ')) && !people.some((n) => CJK.test(n)))
    people = people.filter((n) => n.includes(' '));
  const kept = people.length ? people : names.length ? names : labels.map(unshout);
  const seen = new Set<string>();
  return kept.filter((n) => {
    const k = squash(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Text that may be in a name written without spaces ("後藤大地"). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A time stamp's word after a name ("Ana Lima Updated 3 hours ago"): the name ends before it. */
const STAMP_AFTER = /(?<=\p{L})\s(?:last updated|updated|published|posted|modified)\b/iu;

/** Only a name of two or three words is cut from its stamp ("Elliot Brownstein Florida Today Published …" is not). */
function withoutStamp(text: string): string {
  const m = STAMP_AFTER.exec(text);
  const head = m ? text.slice(0, m.index) : null;
  return head && SHORT_NAME.test(head) ? head : text;
}

const SHORT_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,2}$/u;

/**
 * Brackets after a name that hold no co-authors ("(Marseille, correspondante)"); those
 * inside a name stay ("Richard (R.J.) Eskow"), and so does a handle ("史蒂文的家_藍天 (stevenhgm)").
 */
const BRACKETED = /\s?\((?![\p{Ll}\d_.]{1,40}\))[^()]{1,80}\)(?=$|\s?[,;|·]|\s(?:and|et|y|und|e)\s)/gu;

/**
 * Quotes, brackets and stops left at a part's ends go ("“Ana Lima”", "Ana Lima)"); a closing
 * bracket whose opening one is in the name stays ("史蒂文的家_藍天 (stevenhgm)").
 */
function withoutStrayEnds(part: string): string {
  const head = part.replace(/^[\s"'“”‘’([{:]+/u, '');
  const cut = head.replace(/(?<![\s"'“”‘’)\]}.:,])[\s"'“”‘’)\]}.:,]+$/u, '');
  const opened = cut.split('(').length - cut.split(')').length;
  const closing = opened > 0 && head.slice(cut.length).startsWith(')') ? ')' : '';
  return `${cut}${closing}`.trim();
}

/** A connector left at the start of a part ("and Sara Diaz" after "A, B, and Sara Diaz"). */
const LEADING_CONNECTOR = /^(?:and|und|et|y|e|with|&)\s/u;

/** Roles run on after a name ("Ana Lima Staff Writer", "Tom Ortega Reporter"), and the words before them. */
const RUN_ON_ROLES = new Set(['writer', 'reporter', 'correspondent', 'editor', 'columnist', 'contributor']);
const RUN_ON_QUALIFIERS = new Set(['senior', 'staff', 'contributing', 'chief', 'special', 'political', 'foreign']);

/** A name of two to four capitalised words without the role run on after it. */
function withoutRole(part: string): string {
  const words = part.split(' ');
  if (!RUN_ON_ROLES.has(words[words.length - 1]?.toLowerCase() ?? '')) return part;
  let end = words.length - 1;
  if (RUN_ON_QUALIFIERS.has(words[end - 1]?.toLowerCase() ?? '')) end--;
  const name = words.slice(0, end);
  return name.length >= 2 && name.length <= 4 && name.every((w) => /^\p{Lu}/u.test(w)) ? name.join(' ') : part;
}

/** News agencies that write their credit in lower case ("dpa"). */
const LOWER_CASE_AGENCY = /^(?:dpa|epd|kna|apa|sda|ats|ansa|afp|ddp)$/u;

/**
 * Degrees, licences and titles written after a name ("Rachael Link, MS, RD", "Ana Lima,
 * PharmD, CDCES"): on their own they are no one.
 */
const CREDENTIAL =
  /^(?:ph\.? ?d|m\.?d|d\.?o|r\.?n|mba|msc|bsc|m\.?a|b\.?a|m\.?s|b\.?s|dds|mph|esq|cpa|facs|frcp|rdn?|ldn?|cdces|cde|cpt|cscs|np|fnp|aprn|lcsw|lpc|psyd|pharmd|dpt|drph|rph|ibclc|mfa|dvm)\.?$/iu;

/** "@handle", or the "@host" of an address (its user part then reads as a handle and goes). */
const HANDLE = /@[\p{L}\p{N}_.-]+/gu;

/** "Ana Lima for The Harbour News" -> "Ana Lima": a name of two to four capitalised words, then "for" and more. */
function withoutOutlet(part: string): string {
  const words = part.split(' ');
  const at = words.findIndex((w, i) => i >= 2 && i <= 4 && w.toLowerCase() === 'for');
  if (at < 0 || at === words.length - 1) return part;
  const name = words.slice(0, at);
  return name.every((w) => /^\p{Lu}/u.test(w)) ? name.join(' ') : part;
}

/**
 * "Surname, Given" alone in a byline (or in a part between semicolons): two single
 * capitalised words, the surname perhaps in capitals ("GILLMAN, Steve"), the given name
 * perhaps with an initial.
 */
const SURNAME_FIRST = /^(\p{Lu}(?:\p{Ll}|\p{Lu}{2})[\p{L}'’-]*), (\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\.)?)$/u;

/** "(with A and B)" after a name, in the languages of the bylines read. */
const WITH_BRACKETS = / ?\((?:with|avec|mit|con|met|com) ([^()]{3,120})\)/iu;

/**
 * A phrase rather than a name: three words or more, some of them in lower case
 * ("Industry moves this week", "adding missing items"). In a name, lower-case words are
 * particles ("Jan van der Berg"); a two-word name may be written in lower case
 * ("cindy mangomini").
 */
function isPhrase(p: string): boolean {
  const words = p.split(' ');
  if (words.length < 3) return false;
  return words.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !PARTICLES.has(w.toLowerCase().split(/[-'’]/u)[0] ?? ''));
}

/** A name written in capitals ("JERUSALEM POST STAFF") as a reader would write it; acronyms stay. */
function unshout(name: string): string {
  if (/\p{Ll}/u.test(name) || !name.includes(' ')) return name;
  return name.split(' ').map(unshoutWord).join(' ');
}

/** A word in capitals as a name writes it ("GILLMAN" -> "Gillman"); short words and acronyms ("BBC") stay. */
function unshoutWord(w: string): string {
  return w.length <= 2 || !/[AEIOUY]/u.test(w) || /\p{Ll}/u.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase();
}

/** Whether a name is a newsroom label ("Us Weekly Staff") rather than a person. */
export function isStaffLabel(name: string): boolean {
  return STAFF_LABEL.test(name);
}

/** Whether a value (from a meta tag) names an organisation rather than a person. */
export function isOrganisation(name: string, context: NameContext = {}): boolean {
  const site = context.siteName ? squash(context.siteName) : null;
  return ORG.test(name) || (site !== null && (squash(name) === site || site.includes(squash(name))));
}

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
  'provider',
]);
const NAME_TOKENS = new Set(['name', 'names']);
const EXCLUDED =
  /comment|related|recommend|footer|sidebar|newsletter|promo|more-(?:from|stories|news|articles)|read-?next|up-?next|recirc|popular|trending|bio\b|profile-card|share/iu;
const CREDIT = /caption|credit/iu;

const tokensOf = (el: Element): string[] => tokensOfElement(el, true);
const inExcludedRegion = (el: Element, headline?: Element): boolean => inRegion(el, EXCLUDED, headline);

/** Whether an element sits in one whose class or id says author/byline (a few levels up). */
function inAuthorElement(el: Element): boolean {
  let depth = 0;
  for (let e: Element | null = el.parentElement; e && depth < 3; e = e.parentElement, depth++) {
    if (tokensOf(e).some((t) => AUTHOR_TOKENS.has(t))) return true;
  }
  return false;
}

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/gu, ' ').trim();

/** A byline shown in the page and where it sits (see `placeOf`). */
export interface VisibleByline {
  names: string[];
  place: number;
}

/**
 * Where a byline sits relative to the headline: 2 next to it (in its container), 1 after
 * it, 0 before it (teasers for other stories often come first), -1 in the card of another
 * story (an `<article>` that does not hold the headline); one in the post's footer counts
 * as before it. Without a headline, 1.
 */
function placeOf(el: Element, headline?: Element): number {
  if (!headline) return 1;
  const card = el.closest('article');
  if (card && !card.contains(headline) && isTeaserCard(card)) return -1;
  // A post's footer ("Posted by <the blog's account>") is far from its headline: a "Posted
  // by" line under the headline says more.
  return inFooter(el) ? 0 : place(el, headline);
}

/** A short `<article>` with a heading of its own: another story's teaser. */
function isTeaserCard(card: Element): boolean {
  return (card.textContent ?? '').length < MAX_TEASER_CHARS && card.querySelector('h2, h3, h4, h5, h6') !== null;
}

/** Longest text of a teaser card. */
const MAX_TEASER_CHARS = 1_000;

/** Figures and captions credit photographers, not authors. */
const inCredit = (el: Element): boolean => el.closest('figure, figcaption') !== null || inRegion(el, CREDIT);

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
    .filter((a) => !inExcludedRegion(a, headline) && !inCredit(a))
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
    const sameBlock = links.filter(({ a }) => a === first.a || (container?.contains(a) ?? false)).map(({ a }) => a);
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
  // 3. An element called byline / author, shortest specific one first in document order.
  const namedOnes: VisibleByline[] = [];
  for (const el of scan.authorNamed) {
    const tokens = tokensOf(el);
    if (!tokens.some((t) => AUTHOR_TOKENS.has(t))) continue;
    const text = textOf(el);
    if (!text || text.length > MAX_BYLINE_CHARS || inExcludedRegion(el, headline) || inCredit(el)) continue;
    const place = placeOf(el, headline);
    if (place < 0) continue;
    // Prefer the name children ("author-name") when the element has some: all of them.
    const children = Array.from(el.querySelectorAll('[class]'))
      .filter((c) => tokensOf(c).some((t) => NAME_TOKENS.has(t)))
      .filter((c, i, all) => !all.slice(0, i).some((o) => o.contains(c)))
      .slice(0, MAX_CO_AUTHORS);
    const names = cleanNames(children.length ? children.map(textOf) : text, context);
    if (names.length) namedOnes.push({ names, place });
    if (place === 2 || namedOnes.length >= MAX_NAMED) break;
  }
  const bestNamed = namedOnes.sort((x, y) => y.place - x.place)[0];
  if (bestNamed) out.push(bestNamed);
  // Stable: of equal places, links before microdata before named elements.
  return out
    .map((b, i) => ({ b, i }))
    .sort((x, y) => y.b.place - x.b.place || x.i - y.i)
    .map(({ b }) => b);
}

/** A name in Chinese or Japanese script, written without spaces ("著者：後藤大地"). */
const CJK_NAME = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}/u;

/** Authors of one byline read at most. */
const MAX_CO_AUTHORS = 12;
/** Longest text of a byline element. */
const MAX_BYLINE_CHARS = 160;
/** Byline-named elements looked at when none sits next to the headline. */
const MAX_NAMED = 6;
