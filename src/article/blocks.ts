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

  const visit = (el: Element, owner: Element): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        if (!/\S/u.test(text.data) && current === null) continue;
        if (owner !== currentOwner || current === null) {
          if (!/\S/u.test(text.data)) continue;
          current = { kind: kindOf(owner.tagName.toUpperCase()), pieces: [] };
          currentOwner = owner;
          blocks.push(current);
        }
        current.pieces.push(text);
      } else if (child.nodeType === 1) {
        const e = child as Element;
        const tag = e.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag) || isEditable(e) || skip?.(e)) continue;
        if (tag === 'BR') {
          if (current && currentOwner === owner) current.pieces.push('break');
          continue;
        }
        if (BLOCK_TAGS.has(tag)) {
          visit(e, e);
          // Text after a nested block starts a new block even under the same owner.
          current = null;
          currentOwner = null;
        } else {
          visit(e, owner);
        }
      }
    }
  };
  visit(root, root);
  return blocks;
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}
