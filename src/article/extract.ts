/**
 * Finds the article in any `Document` (the live page, or jsdom in Node) and returns its
 * metadata and body blocks, each block tied to the live text nodes it came from.
 *
 * Readability runs on a clone, because it rewrites the DOM it reads. Its `serializer`
 * option hands back the article element itself instead of HTML, and Readability moves the
 * clone's text nodes rather than copying them, so a map from clone text nodes to live
 * ones (built by walking both trees in step before parsing) ties each block to the page.
 * When Readability re-parses its HTML between attempts, the clone nodes are new; those are
 * matched to live text nodes by content, in document order.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleMeta, ArticleText, Block, Span } from '../core/types';
import { MAX_ARTICLE_CHARS } from '../core/limits';
import { countWords } from '../core/segment/tokens';
import { BlockText, type BlockPiece } from './block-text';
import { blockLength, collectBlocks, type RawBlock } from './blocks';
import { removeBoilerplate } from './boilerplate';
import { restoreParagraphs } from './restore-paragraphs';
import { isAuthorBio, isDroppedBlock, isLeadDateline, isTeaserLabel } from './block-filter';
import { cutRelatedSections } from './related-sections';
import { readMetadata, type MetadataOptions } from './metadata/index';
import { MAX_TAG_CHARS } from './metadata/meta-tags';
import { errorMessage } from '../shared/error-message';
import { walkPage } from './page-walk';

export interface ExtractOptions {
  url?: string | null;
  /** Annotate anyway: return blocks even when the page does not look like an article. */
  force?: boolean;
  /** The clock (a publication date after it is no publication date); the current time by default. */
  now?: Date;
}

export interface ArticleDoc {
  article: ArticleText;
  /** Indexed by block id. */
  blockTexts: BlockText[];
}

/** A DOM range over a span of an extracted article, or null when it no longer maps. */
export function rangeOf(doc: ArticleDoc, span: Pick<Span, 'blockId' | 'start' | 'end'>): Range | null {
  return doc.blockTexts[span.blockId]?.toRange(span.start, span.end) ?? null;
}

/**
 * Deepest element nesting Readability is given. Its cost grows with the square of the depth
 * and it recurses (so do DOM implementations such as jsdom); real articles stay far below
 * (the deepest page in the evaluation corpus nests 51 levels) and Chrome's parser stops
 * nesting at 512.
 */
export const MAX_DEPTH = 256;

export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleDoc {
  const url = options.url ?? doc.location?.href ?? null;
  // One walk over the page for what the steps below ask of all of it.
  const walk = walkPage(doc, MAX_DEPTH);
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  /** Words of the whole page when only its opening was read. */
  let pageCut: number | null = null;
  let rawBlocks: RawBlock[] = [];
  let failure: string | null = walk.tooDeep
    ? `Its markup is nested more than ${MAX_DEPTH} levels deep, too deep to read safely.`
    : null;
  const huge = !failure && walk.bodyChars > MAX_READABILITY_CHARS;
  if (huge) {
    rawBlocks = hugePageBlocks(doc);
    pageCut = countWords(doc.body?.textContent ?? '');
  } else if (!failure) {
    try {
      const clone = doc.cloneNode(true) as Document;
      const liveText = pairTextNodes(walk.texts, clone);
      boundMetadata(doc, walk.metas, clone);
      parsed = new Readability<Node>(clone, {
        serializer: (node) => node,
        keepClasses: true,
        disableJSONLD: true,
      }).parse();
      const content = parsed?.content;
      if (content && content.nodeType === 1) {
        removeBoilerplate(content as Element);
        rawBlocks = cutRelatedSections(
          restoreParagraphs(toLiveBlocks(collectBlocks(content as Element), liveText, doc)),
          doc,
          walk.headings,
        );
      }
    } catch (e) {
      // A page can defeat Readability (or the DOM): say so rather than fail.
      parsed = null;
      rawBlocks = [];
      failure = `Lede could not read its structure (${errorMessage(e)}).`;
    }
  }
  const opening = rawBlocks[0];
  const firstHeading =
    opening?.kind === 'heading' ? opening.pieces.map((p) => (p === 'break' ? ' ' : p.data)).join('') : null;
  const meta = safeMetadata(doc, url, parsed, {
    now: options.now,
    firstHeading,
    scan: walk.tooDeep ? undefined : walk.scan,
    elements: walk.tooDeep ? undefined : walk,
  });
  const bodyText = rawBlocks.map((b) => b.pieces.map((p) => (p === 'break' ? ' ' : p.data)).join('')).join(' ');
  const words = countWords(bodyText);
  // CJK text has no spaces: count its characters instead of words.
  const cjkChars = (bodyText.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? [])
    .length;
  // The layout and the metadata decide only for a short text (and the layout costs a pass over the page).
  const short = isShort(words, cjkChars);
  const { isArticle, reason } = decideArticle({
    found: (huge || !!parsed) && rawBlocks.length > 0,
    words,
    cjkChars,
    readerable: short && safeReaderable(doc),
    articleMetadata: short && hasArticleMetadata(doc, meta),
  });
  let why = failure && !isArticle ? `This page is not readable as an article: ${failure}` : reason;
  if (!isArticle && options.force && rawBlocks.length === 0 && doc.body) {
    rawBlocks = collectBlocks(doc.body, isPageChrome);
    why += ' Annotating the whole page.';
  }

  const blockTexts: BlockText[] = [];
  const blocks: Block[] = [];
  const context = { title: meta.title, authors: meta.byline };
  // After a label that announces teasers ("More:"), the list of them goes too.
  let teasers = false;
  const inLink = new Map<Element, boolean>();
  const densities = rawBlocks.map((raw) => linkDensity(raw, inLink));
  const proseLists = listsWithProse(rawBlocks, densities);
  for (const [i, raw] of rawBlocks.entries()) {
    const bt = BlockText.fromPieces(raw.pieces);
    if (!bt.text) continue;
    const density = densities[i] ?? 0;
    teasers = teasers && raw.kind === 'list-item' && density >= TEASER_LINK_SHARE;
    // A point that is only a link, in a list of the story's points in sentences, is one of them.
    // So is a link in a table's row of data (a name linked, its figures beside it).
    const linked =
      linkAmongProse(rawBlocks, densities, i, proseLists) || linkInDataRow(raw, density, inLink) ? 0 : density;
    // On a page that is not an article, "annotate anyway" means all of its text.
    // The story's first paragraph may be its place's or its author's dateline ("Harbour City, 3 March 2025").
    const leadDateline = blocks.length === 0 && raw.kind === 'paragraph' && isLeadDateline(bt.text);
    if (
      isArticle &&
      (teasers || leadDateline || isDroppedBlock({ kind: raw.kind, text: bt.text, linkDensity: linked }, context))
    ) {
      teasers ||= isTeaserLabel(bt.text);
      continue;
    }
    blocks.push({ id: blocks.length, kind: raw.kind, text: bt.text });
    blockTexts.push(bt);
  }
  // Author bios close an article: drop them from the end backwards.
  while (isArticle && blocks.length > 3 && isAuthorBio(blocks[blocks.length - 1]?.text ?? '', context)) {
    blocks.pop();
    blockTexts.pop();
  }
  const article: ArticleText = { meta, blocks, isArticle, reason: why };
  if (pageCut !== null) article.cut = { totalWords: pageCut };
  return { article, blockTexts };
}

/** Share of a list item's text in links from which it is a link alone. */
const LINK_ITEM_SHARE = 0.8;
/** Most share in links, and fewest words, of a list item written in sentences. */
const PROSE_ITEM_SHARE = 0.5;
const MIN_PROSE_ITEM_WORDS = 8;

/**
 * Whether block `i` is a list item that is only a link ("Here's our year in review!") in a
 * list of the story's points written in sentences, or in a list nested under one of its
 * points ("In progress:" and the tickets it links): a point of the story, not a teaser (a
 * list of teasers is links throughout).
 */
function linkAmongProse(
  blocks: readonly RawBlock[],
  densities: readonly number[],
  i: number,
  proseLists: ReadonlySet<Element>,
): boolean {
  const block = blocks[i];
  if (block?.kind !== 'list-item' || (densities[i] ?? 0) < LINK_ITEM_SHARE) return false;
  const list = listOf(block);
  if (!list) return false;
  if (proseLists.has(list)) return true;
  // A nested list: the list of the item that holds it, one level up.
  const outer = list.parentElement?.closest('li')?.closest('ul, ol');
  return !!outer && proseLists.has(outer);
}

/** Whether a list item is written in sentences (few of its words in links, enough of them). */
function isProseItem(block: RawBlock, density: number): boolean {
  if (block.kind !== 'list-item' || density >= PROSE_ITEM_SHARE) return false;
  const text = block.pieces.map((p) => (p === 'break' ? ' ' : p.data)).join('');
  return countWords(text, MIN_PROSE_ITEM_WORDS) >= MIN_PROSE_ITEM_WORDS;
}

/** The lists that hold an item written in sentences (one pass over the blocks). */
function listsWithProse(blocks: readonly RawBlock[], densities: readonly number[]): Set<Element> {
  const lists = new Set<Element>();
  for (const [i, block] of blocks.entries()) {
    if (!isProseItem(block, densities[i] ?? 1)) continue;
    const list = listOf(block);
    if (list) lists.add(list);
  }
  return lists;
}

/**
 * Whether a block that is mostly a link sits in a table cell whose row also holds text that is
 * no link (a name linked beside its figures: "Google Maps | 32.7 MB | 17.5 MB"): data, not a
 * menu. Only blocks that are mostly links are looked at.
 */
function linkInDataRow(block: RawBlock, density: number, inLink: Map<Element, boolean>): boolean {
  if (density < LINK_ITEM_SHARE) return false;
  const cell = block.pieces.find((p): p is Text => p !== 'break')?.parentElement?.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || row?.tagName.toUpperCase() !== 'TR') return false;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c === cell) continue;
    const walker = c.ownerDocument.createTreeWalker(c, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (/\p{L}|\p{N}/u.test(n.nodeValue ?? '') && parent && !isInLink(parent, inLink)) return true;
    }
  }
  return false;
}

/** The list a list item's text sits in (its first text's nearest list). */
function listOf(block: RawBlock): Element | null {
  const first = block.pieces.find((p): p is Text => p !== 'break');
  return first?.parentElement?.closest('ul, ol') ?? null;
}

/** Share of its text in links from which a list item after a teaser label is a teaser. */
const TEASER_LINK_SHARE = 0.3;

/** Share of a block's characters that sit inside links; `inLink` remembers each element's answer. */
function linkDensity(block: RawBlock, inLink: Map<Element, boolean>): number {
  let total = 0;
  let linked = 0;
  for (const piece of block.pieces) {
    if (piece === 'break') continue;
    const n = piece.data.trim().length;
    total += n;
    if (n && piece.parentElement && isInLink(piece.parentElement, inLink)) linked += n;
  }
  return total ? linked / total : 0;
}

/** Whether an element is or sits in an `a[href]` (ancestors climbed once per page, not per text). */
function isInLink(el: Element, known: Map<Element, boolean>): boolean {
  return inherited(el, known, (e) => e.tagName.toUpperCase() === 'A' && e.hasAttribute('href'));
}

/**
 * Whether `test` holds for `el` or one of its ancestors, with the answer for each element
 * climbed through kept in `known` (blocks share their ancestors: each is tested once).
 */
function inherited(el: Element, known: Map<Element, boolean>, test: (e: Element) => boolean): boolean {
  const climbed: Element[] = [];
  let answer = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const k = known.get(e);
    if (k !== undefined) {
      answer = k;
      break;
    }
    climbed.push(e);
    if (test(e)) {
      answer = true;
      break;
    }
  }
  for (const e of climbed) known.set(e, answer);
  return answer;
}

export interface ArticleEvidence {
  /** Readability found article content. */
  found: boolean;
  words: number;
  cjkChars: number;
  /** Readability's isProbablyReaderable verdict. */
  readerable: boolean;
  /** The page says it is an article: og:type, JSON-LD, a byline or a publication date. */
  articleMetadata: boolean;
}

/**
 * Is this an article? Readability's isProbablyReaderable misses short real articles, so it
 * is one signal among others: a long text is an article; a shorter one is when Readability
 * or the page's own metadata says so; a page with little text and neither is not.
 */
export function decideArticle(e: ArticleEvidence): { isArticle: boolean; reason: string } {
  const size = e.cjkChars > e.words ? `${e.cjkChars} characters` : `${e.words} words`;
  const amount = Math.max(e.words, e.cjkChars / 2);
  if (!e.found || amount === 0) return { isArticle: false, reason: 'No article text was found on this page.' };
  if (amount >= LONG_ARTICLE) return { isArticle: true, reason: `Found an article of ${size}.` };
  const signs = [e.readerable && 'its layout', e.articleMetadata && 'its metadata'].filter(Boolean);
  if (amount >= SHORT_ARTICLE && signs.length)
    return { isArticle: true, reason: `Found a short article of ${size} (${signs.join(' and ')} say so).` };
  if (amount < SHORT_ARTICLE) return { isArticle: false, reason: `Only ${size} of article text were found.` };
  return { isArticle: false, reason: `Only ${size} of text, and nothing on the page says it is an article.` };
}

/** Words (or twice as many CJK characters) from which a text is an article, and below which none is. */
const LONG_ARTICLE = 250;
const SHORT_ARTICLE = 40;

/** A text whose being an article is for its layout and metadata to say (see decideArticle). */
function isShort(words: number, cjkChars: number): boolean {
  const amount = Math.max(words, cjkChars / 2);
  return amount >= SHORT_ARTICLE && amount < LONG_ARTICLE;
}

function hasArticleMetadata(doc: Document, meta: ArticleMeta): boolean {
  if (meta.publishedTime || meta.byline.length) return true;
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content') ?? '';
  return /article|blog|news/iu.test(ogType) || doc.querySelector('article') !== null;
}

/**
 * Readability compares its title (from `<title>` or `og:title`) with every heading of the
 * page, word by word: a 500 kB `og:title` on a page of 2,000 headings took a minute. Its
 * clone gets the same caps as Lede's own metadata reading. The live page is looked at
 * first (its tags are read again for the metadata): the clone is walked only when a value
 * is too long.
 */
function boundMetadata(live: Document, metas: readonly Element[], clone: Document): void {
  const long = (v: string | null | undefined): boolean => (v?.length ?? 0) > MAX_TAG_CHARS;
  let anyLong = long(live.title);
  for (let i = 0; i < metas.length && !anyLong; i++) anyLong = long(metas[i]?.getAttribute('content'));
  if (!anyLong) return;
  for (const m of Array.from(clone.getElementsByTagName('meta'))) {
    const content = m.getAttribute('content');
    if (content && content.length > MAX_TAG_CHARS) m.setAttribute('content', content.slice(0, MAX_TAG_CHARS));
  }
  const title = clone.getElementsByTagName('title')[0];
  if (title && (title.textContent ?? '').length > MAX_TAG_CHARS)
    title.textContent = (title.textContent ?? '').slice(0, MAX_TAG_CHARS);
}

function safeMetadata(
  doc: Document,
  url: string | null,
  parsed: Parameters<typeof readMetadata>[2],
  options: MetadataOptions,
): ArticleMeta {
  try {
    return readMetadata(doc, url, parsed, options);
  } catch {
    return readMetadata(doc.implementation.createHTMLDocument(''), url, null, { now: options.now });
  }
}

function safeReaderable(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

/**
 * Characters of page text beyond which Readability is not run: its time grows with the page
 * (and it runs on the page's main thread), and a page of megabytes is no article a reader
 * reads in one sitting. Such a page is read from its main container, up to what the analysis
 * reads, and its article is marked as cut.
 */
export const MAX_READABILITY_CHARS = 1_000_000;

/** The page's main container on a page too large for Readability: article, main, or the body. */
function hugePageBlocks(doc: Document): RawBlock[] {
  const body = doc.body;
  if (!body) return [];
  const container = body.querySelector('article, main, [role="main"]') ?? body;
  const blocks: RawBlock[] = [];
  let chars = 0;
  for (const b of collectBlocks(container, isPageChrome)) {
    blocks.push(b);
    chars += blockLength(b);
    if (chars > MAX_ARTICLE_CHARS) break;
  }
  return blocks;
}

/**
 * Pairs the live document's text nodes (in document order, from the page walk) with those of
 * its fresh clone: clone text node -> live text node. The two trees are the same, so their
 * text nodes in document order pair up (a tree walker steps through the clone's without
 * handing each element to script).
 */
function pairTextNodes(live: readonly Text[], clone: Document): Map<Node, Text> {
  const map = new Map<Node, Text>();
  const b = clone.createTreeWalker(clone, 4 /* NodeFilter.SHOW_TEXT */);
  for (let i = 0, y = b.nextNode(); i < live.length && y; i++, y = b.nextNode()) map.set(y, live[i] as Text);
  return map;
}

/** Replaces clone text nodes by their live twins; drops text that is editable in the page. */
function toLiveBlocks(blocks: RawBlock[], liveText: Map<Node, Text>, doc: Document): RawBlock[] {
  let byContent: ContentIndex | null = null;
  const editable = new Map<Element, boolean>();
  const out: RawBlock[] = [];
  for (const block of blocks) {
    const pieces: BlockPiece[] = [];
    for (const piece of block.pieces) {
      if (piece === 'break') {
        pieces.push(piece);
        continue;
      }
      let live = liveText.get(piece);
      if (!live) {
        byContent ??= new ContentIndex(doc);
        live = byContent.take(piece.data);
      }
      if (live && !isInEditable(live, editable)) pieces.push(live);
    }
    if (pieces.some((p) => p !== 'break')) out.push({ kind: block.kind, pieces });
  }
  return out;
}

/** Live text nodes by content, handed out in document order. */
class ContentIndex {
  private readonly positions = new Map<string, Text[]>();
  private readonly used = new Set<Text>();

  constructor(doc: Document) {
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      const list = this.positions.get(t.data) ?? [];
      list.push(t);
      this.positions.set(t.data, list);
    }
  }

  take(data: string): Text | undefined {
    const list = this.positions.get(data);
    const node = list?.find((t) => !this.used.has(t));
    if (node) this.used.add(node);
    return node;
  }
}

function isInEditable(node: Text, known: Map<Element, boolean>): boolean {
  const parent = node.parentElement;
  return parent !== null && inherited(parent, known, isEditableElement);
}

function isEditableElement(e: Element): boolean {
  const tag = e.tagName;
  if (tag === 'TEXTAREA' || tag === 'INPUT') return true;
  const editable = e.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Page chrome skipped when reading a whole page ("annotate anyway" without an article). */
function isPageChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'banner' || role === 'contentinfo';
}
