/**
 * Splits a container element into text blocks: each run of text under the same nearest
 * block-level ancestor (a paragraph, list item, heading, cell...) is one block. Text in
 * scripts, styles, form controls and editable regions is never part of a block.
 */
import type { BlockKind } from '../core/types';
import type { BlockPiece } from './block-text';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose text is never article text. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

export interface RawBlock {
  kind: BlockKind;
  pieces: BlockPiece[];
}

/** A class or id word that marks a photo caption ("caption", "media-caption", "wp-caption-text"). */
const CAPTION_TOKEN = /caption/u;
/**
 * A word that says the element has no caption, or that it wraps a whole item around one
 * ("no_caption", "has-caption", "with-caption"): a list item of a story with its headline and
 * text, which is not a caption.
 */
const NOT_CAPTION_TOKEN = /(?:^|[^a-z])(?:no|has|with|without)[-_]?caption/u;

/** Whether class and id words name a caption (one word says "caption" and none says "no caption"). */
function namesCaption(names: string): boolean {
  return (
    CAPTION_TOKEN.test(names) && names.split(/\s+/u).some((w) => CAPTION_TOKEN.test(w) && !NOT_CAPTION_TOKEN.test(w))
  );
}

/** Photo credits ("Photo: Rui Duarte/Reuters") are neither story nor caption. */
function isCreditElement(el: Element): boolean {
  return /credit/iu.test(`${el.getAttribute('class') ?? ''} ${el.id}`) && (el.textContent ?? '').length <= 200;
}

/**
 * In a caption, a credit that says so ("Credit...Sam Reyes for The New York Times", or a
 * hidden "Credit" label glued to the name: "CreditErik Carter"): it glued the
 * photographer's name to the caption, and read as a name itself.
 */
function isLabelledCredit(el: Element): boolean {
  const text = el.textContent ?? '';
  return text.length <= MAX_CREDIT_CHARS && (CREDIT_LABEL.test(text) || GLUED_CREDIT_LABEL.test(text));
}

const CREDIT_LABEL = /^\s*(?:photo\s)?credits?\s?(?:\.{2,3}|…|:)/iu;
/** The same label glued to the name (case as written: "CreditErik Carter", not "Creditors"), or alone. */
const GLUED_CREDIT_LABEL = /^\s*(?:Photo )?Credits?(?:\p{Lu}|\s*$)/u;
/** Longest credit looked at. */
const MAX_CREDIT_CHARS = 200;

/**
 * Text only screen readers get ("Media caption", "Image copyright", "Skip to content"): a
 * visually hidden label, not what the page shows. Glued to the text after it, it made
 * "Media captionWho…", which then read as a name.
 */
const HIDDEN_CLASS =
  /(?:^|[^a-z])(?:sr-only|screen-?reader(?:-text|-only)?|visually-?hidden|off-?screen|visuallyhidden)(?![a-z])/iu;

function isScreenReaderOnly(el: Element): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && cls.length < MAX_CLASS_CHARS && HIDDEN_CLASS.test(cls) && (el.textContent ?? '').length <= 80;
}

/** Class attributes longer than this are not read for a hidden label. */
const MAX_CLASS_CHARS = 300;

/**
 * A caption's label written out before it ("Image caption", "Media caption", "Image
 * copyright"), or a photo's hidden label alone ("Photo").
 */
const CAPTION_LABEL = /^\s*(?:media|image|video|photo|picture)(?: (?:caption|copyright|source))?\s*$/iu;

/** Longest text an element may hold and still be a caption (a misclosed caption can swallow a story). */
const MAX_CAPTION_CHARS = 600;

function isCaptionElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  const named =
    tag === 'FIGCAPTION' ||
    tag === 'CAPTION' ||
    tag === 'FIGURE' ||
    namesCaption(`${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase());
  return named && (el.textContent ?? '').length <= MAX_CAPTION_CHARS;
}

export function kindOf(tag: string): BlockKind {
  switch (tag) {
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
      return 'heading';
    case 'LI':
    case 'DD':
    case 'DT':
      return 'list-item';
    case 'BLOCKQUOTE':
      return 'quote';
    case 'FIGCAPTION':
    case 'CAPTION':
      return 'caption';
    case 'PRE':
      return 'preformatted';
    case 'TD':
    case 'TH':
      return 'cell';
    default:
      return 'paragraph';
  }
}

/**
 * Walks `root` in document order and groups its text nodes into blocks. `skip` may reject
 * further elements (for example page chrome when reading a whole body).
 */
export function collectBlocks(root: Element, skip?: (el: Element) => boolean): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  let currentOwner: Element | null = null;

  // An explicit stack rather than recursion: pages can nest thousands of levels deep.
  interface Frame {
    next: ChildNode | null;
    owner: Element;
    inCaption: boolean;
    /** Whether leaving this element ends the current block (a block element, a caption). */
    closes: boolean;
  }
  const stack: Frame[] = [{ next: root.firstChild, owner: root, inCaption: false, closes: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.closes) {
        // Text after a nested block starts a new block even under the same owner.
        current = null;
        currentOwner = null;
      }
      continue;
    }
    frame.next = child.nextSibling;
    const { owner, inCaption } = frame;
    if (child.nodeType === 3) {
      const text = child as Text;
      if (text.data.length < 30 && CAPTION_LABEL.test(text.data)) continue;
      if (owner !== currentOwner || current === null) {
        if (!/\S/u.test(text.data)) continue;
        current = { kind: inCaption ? 'caption' : kindOf(owner.tagName.toUpperCase()), pieces: [] };
        currentOwner = owner;
        blocks.push(current);
      }
      current.pieces.push(text);
    } else if (child.nodeType === 1) {
      const e = child as Element;
      const tag = e.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || isEditable(e) || isCreditElement(e) || isScreenReaderOnly(e) || skip?.(e)) continue;
      if (inCaption && isLabelledCredit(e)) continue;
      if (tag === 'BR') {
        if (current && currentOwner === owner) current.pieces.push('break');
        continue;
      }
      const caption = inCaption || isCaptionElement(e);
      if (BLOCK_TAGS.has(tag)) {
        stack.push({ next: e.firstChild, owner: e, inCaption: caption, closes: true });
      } else if (caption !== inCaption) {
        // An inline caption element (a credit <span>) is a block of its own.
        current = null;
        stack.push({ next: e.firstChild, owner: e, inCaption: caption, closes: true });
      } else {
        stack.push({ next: e.firstChild, owner, inCaption: caption, closes: false });
      }
    }
  }
  return blocks;
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/** The first text node of a block. */
export function firstText(block: RawBlock): Text | null {
  for (const p of block.pieces) if (p !== 'break') return p;
  return null;
}

/** The number of characters in a block's text. */
export function blockLength(block: RawBlock): number {
  let n = 0;
  for (const p of block.pieces) if (p !== 'break') n += p.data.length;
  return n;
}
