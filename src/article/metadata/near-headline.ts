/**
 * The text right after the headline, where pages put their byline and dateline when no
 * class name says so ("Posted on 2019年4月13日 by doumae", "Written by Michael Larabel in
 * Valve on 1 June 2019"). Returns the first text nodes after the h1, in document order,
 * up to a budget of characters.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Text nodes looked at, at most (a run of empty or skipped nodes, a menu of links, costs no more). */
const MAX_NODES = 80;
/** Ancestors looked at for a script or a link around a text. */
const MAX_SKIP_DEPTH = 4;
/** Levels climbed from a date or a byline to find the headline's container ("next to the headline"). */
const NEAR_LEVELS = 6;

/** 2 when `el` shares a near container with the headline, 1 when it follows it, 0 when it comes before. */
export function place(el: Element, headline: Element): number {
  let e: Element | null = el.parentElement;
  for (let i = 0; e && i < NEAR_LEVELS; e = e.parentElement, i++) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') break;
    if (e.contains(headline)) return 2;
  }
  return headline.compareDocumentPosition(el) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? 1 : 0;
}

/** Whether a text node sits in a script, style… (or a link, with `links`), a few levels up. */
function skipped(n: Node, links: boolean): boolean {
  let e = n.parentElement;
  if (!e) return true;
  for (let depth = 0; e && depth < MAX_SKIP_DEPTH; e = e.parentElement, depth++) {
    const tag = e.tagName.toUpperCase();
    if (SKIP.has(tag) || (links && tag === 'A')) return true;
  }
  return false;
}

/**
 * The text nodes after the headline, in page order, up to `budget` characters; those in an
 * element `skip` refuses (another story's teaser) are passed over.
 */
export function textsAfter(el: Element, budget = 600, skip?: (parent: Element) => boolean): string[] {
  return textsBeside(el, 'after', budget, skip);
}

/** The last text nodes before the headline (a kicker or dateline above it, not a link), nearest last. */
export function textsBefore(el: Element, budget = 160, skip?: (parent: Element) => boolean): string[] {
  return textsBeside(el, 'before', budget, skip);
}

/** The text nodes on one side of `el`, in page order, up to `budget` characters. */
function textsBeside(
  el: Element,
  side: 'before' | 'after',
  budget: number,
  skip?: (parent: Element) => boolean,
): string[] {
  const doc = el.ownerDocument;
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = el;
  const step = (): Node | null => (side === 'after' ? walker.nextNode() : walker.previousNode());
  const out: string[] = [];
  let used = 0;
  let seen = 0;
  for (let n = step(); n && used < budget && seen < MAX_NODES; n = step(), seen++) {
    // The headline's own words are not after it; a link above it is not a kicker.
    if (side === 'after' ? el.contains(n) || skipped(n, false) : skipped(n, true)) continue;
    const t = (n.nodeValue ?? '').replace(/\s+/gu, ' ').trim();
    if (!t || (skip && n.parentElement && skip(n.parentElement))) continue;
    if (side === 'after') out.push(t);
    else out.unshift(t);
    used += t.length;
  }
  return out;
}

const BY = /(?:^|(?<=\s))(?:written by|posted by|by|von|par|por|door)\s*(?:[:：]\s*)?$/iu;
const BY_INLINE = /(?:^|(?<=\s))(?:written by|posted by|by|von|par|por|door)(?:\s*[:：])?\s+(\S[^]*)$/iu;

/** French's byline label ("Un texte de" and the name in the next element), alone in its text. */
const TEXT_BY = /^(?:un\s+)?texte\s+de\s*[:：]?$/iu;
/** The same label with the name after it in one text ("Un texte de Ana Lima"). */
const TEXT_BY_INLINE = /^[Uu]n\s+texte\s+d(?:e\s+|['’])(\p{Lu}[^]*)$/u;

/** A credit for the pictures, or anything but the words ("News provided by" a release's company, its source). */
const CREDIT_BY =
  /\b(?:photo(?:graph)?s?|photography|images?|pictures?|illustrations?|illustrated|video|graphics?|produced|edited|curated|translated|animation|news provided|distributed|sponsored|presented|powered)\s+by\b|\bcredits?\b/iu;

/** A byline's label and the name after it ("Author: Ana Lima", "Words: Ana Lima"), perhaps in the next text. */
const LABELLED = /^(?:authors?|words|text|autor(?:es|in)?|auteurs?|autore)\s*[:：]\s*(\S[^]*)?$/iu;

/** A byline's label alone in its text, without a colon ("Authors", then the names in the next text). */
const LABEL_ALONE = /^(?:authors?|autor(?:es|in)?|auteurs?|autori|autore)$/iu;

/** A label rather than a name: it ends in a colon. */
const LABEL_END = /[:：]$/u;

/** How far into a text its "by" may come. */
const MAX_BY_OFFSET = 40;

/** Between linked names: "<a>A</a>, <a>B</a> and <a>C</a>". */
const CONNECTOR = /^(?:,|&|,? ?(?:and|und|et|y|e))$/iu;
/** A capitalised word alone, and one to three more after it (a name split over two elements). */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;
const SURNAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u;
/** Names read after one "By", at most. */
const MAX_NAMES = 12;

/** The name at `texts[from]` and those joined to it by connectors, as one byline. */
function namesFrom(texts: readonly string[], from: number): string | null {
  let first = texts[from] ?? '';
  let next = from + 1;
  // A name split over elements ("By <span>Ana</span> <span>Lima</span>"): a given name alone, then the surname.
  if (GIVEN_NAME.test(first) && SURNAME.test(texts[next] ?? '')) first = `${first} ${texts[next++] ?? ''}`;
  const parts = [first];
  for (let j = next; j + 1 < texts.length && parts.length < 2 * MAX_NAMES; j += 2) {
    const connector = texts[j] ?? '';
    // A name after the connector, not a phrase in small letters ("<a>Emma Roth</a>, a news
    // writer who covers …": her bio).
    if (!CONNECTOR.test(connector) || !/^\p{Lu}/u.test(texts[j + 1] ?? '')) break;
    parts.push(connector, texts[j + 1] ?? '');
  }
  return parts.join(' ') || null;
}

/** A byline in the texts after the headline: "By" and the text (or link) that follows it. */
export function bylineAfter(texts: readonly string[]): string | null {
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] ?? '';
    if (t.length > 120) continue;
    // "Photograph by …", "Produced by …": credits, not the byline; in "Written by A ·
    // Photography by B" the byline is what comes before the credit.
    const credit = CREDIT_BY.exec(t);
    const head = credit ? t.slice(0, credit.index) : t;
    if (!head.trim()) continue;
    // "Author: Ana Lima", "Words: Ana Lima", or the label alone with the name next.
    const labelled = LABELLED.exec(head);
    if (labelled?.[1]) return labelled[1];
    // A label alone, without its colon, is one too when it is all its text: a report's
    // "<dt>Authors</dt><dd>A, B</dd>".
    if ((labelled || LABEL_ALONE.test(head.trim())) && texts[i + 1] && !LABEL_END.test(texts[i + 1] ?? ''))
      return namesFrom(texts, i + 1);
    // "Un texte de" then the name: a French byline's own label.
    if (TEXT_BY.test(head.trim()) && texts[i + 1] && !LABEL_END.test(texts[i + 1] ?? ''))
      return namesFrom(texts, i + 1);
    const textBy = TEXT_BY_INLINE.exec(head.trim());
    if (textBy?.[1]) return textBy[1];
    const inline = BY_INLINE.exec(head);
    // "By" opens a byline ("Written by …", "Posted on 3 May by …"), not a sentence's end.
    if (inline?.[1] && inline.index <= MAX_BY_OFFSET) {
      // "Information provided by (Responsible Party):": a label; the name is the next text.
      if (!LABEL_END.test(inline[1])) return inline[1];
      if (texts[i + 1]) return namesFrom(texts, i + 1);
    }
    // "… por" then "Anticipo:": a label is no name.
    if (!credit && BY.test(t) && texts[i + 1] && !LABEL_END.test(texts[i + 1] ?? '')) return namesFrom(texts, i + 1);
  }
  return null;
}

/** A reading time ("5 min read", "3 minute read"). */
const READING_TIME = /\b\d{1,3} ?min(?:ute)?s?\.? read\b/iu;
/** Texts after the headline looked at for a reading time's line. */
const MAX_READING_TIME_TEXTS = 8;
/** The separators a byline's line puts between its name, reading time and date (white space too). */
const SEPARATORS = new Set(['·', '•', '|', ',', '–', '—', '-']);

/** `s` without the separators at its end (a loop, not a pattern that could backtrack). */
function withoutTrailingSeparators(s: string): string {
  let end = s.length;
  while (end > 0 && (SEPARATORS.has(s.charAt(end - 1)) || /\s/u.test(s.charAt(end - 1)))) end--;
  return s.slice(0, end);
}

/**
 * The names on the line of the reading time, with no "By" ("Ana Lima · 5 min read · Mar 3,
 * 2025", "<a>Ana Lima</a> & <a>Tom Ortega</a> · 5 min read"): the words before it in its
 * own text, else the texts just before it joined by connectors. Null with no reading time
 * near the headline.
 */
export function readingTimeByline(texts: readonly string[]): string | null {
  const last = Math.min(texts.length, MAX_READING_TIME_TEXTS);
  for (let i = 0; i < last; i++) {
    const t = texts[i] ?? '';
    const m = READING_TIME.exec(t);
    if (!m) continue;
    const head = withoutTrailingSeparators(t.slice(0, m.index)).trim();
    if (head) return head;
    const parts: string[] = [];
    for (let j = i - 1; j >= 0 && parts.length < 2 * MAX_NAMES; j -= 2) {
      parts.unshift(texts[j] ?? '');
      const connector = texts[j - 1] ?? '';
      if (j < 1 || !CONNECTOR.test(connector)) break;
      parts.unshift(connector);
    }
    return parts.join(' ') || null;
  }
  return null;
}
