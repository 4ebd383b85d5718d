/**
 * The one place where text offsets meet the DOM. A `BlockText` is the text of one article
 * block, built from the live text nodes it came from, with whitespace collapsed as a reader
 * sees it; it maps any offset range of that text back to a DOM `Range` over the live nodes.
 * Nothing in the page is changed: ranges only point into it.
 */
import { isSpaceCode } from '../core/entities/chars';

/** A text node's share of the block's raw (uncollapsed) text. */
interface Segment {
  node: Text;
  rawStart: number;
  length: number;
}

/** A piece of block content: a text node, or a line break from a `<br>`. */
export type BlockPiece = Text | 'break';

export class BlockText {
  /** The block's text as a reader sees it: runs of white space collapsed, ends trimmed. */
  readonly text: string;
  private readonly segments: Segment[];
  /** For each character of `text`, its index in the raw concatenation of the pieces. */
  private readonly rawIndex: Uint32Array;

  private constructor(text: string, segments: Segment[], rawIndex: Uint32Array) {
    this.text = text;
    this.segments = segments;
    this.rawIndex = rawIndex;
  }

  static fromPieces(pieces: readonly BlockPiece[]): BlockText {
    const segments: Segment[] = [];
    let raw = '';
    for (const piece of pieces) {
      if (piece === 'break') {
        raw += '\n';
        continue;
      }
      const data = piece.data;
      if (data.length === 0) continue;
      segments.push({ node: piece, rawStart: raw.length, length: data.length });
      raw += data;
    }
    // One pass over the raw text: runs of white space become one space (or a line break,
    // for a <br>), and each kept character records where it came from.
    const index = new Uint32Array(raw.length);
    let text = '';
    let n = 0;
    let runStart = -1;
    let pendingSpace = -1;
    let pendingBreak = false;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (isSpaceCode(c)) {
        if (runStart >= 0) {
          text += raw.slice(runStart, i);
          runStart = -1;
        }
        if (pendingSpace < 0) pendingSpace = i;
        if (c === 10 && !segmentAt(segments, i)) pendingBreak = true;
        continue;
      }
      if (pendingSpace >= 0 && n > 0) {
        text += pendingBreak ? '\n' : ' ';
        index[n++] = pendingSpace;
      }
      pendingSpace = -1;
      pendingBreak = false;
      if (runStart < 0) runStart = i;
      index[n++] = i;
    }
    if (runStart >= 0) text += raw.slice(runStart);
    return new BlockText(text, segments, index.slice(0, n));
  }

  /** A live DOM range over `text.slice(start, end)`, or null when out of bounds. */
  toRange(start: number, end: number): Range | null {
    if (start < 0 || end > this.text.length || start >= end) return null;
    const from = this.position(this.rawIndex[start] ?? 0, false);
    const to = this.position((this.rawIndex[end - 1] ?? 0) + 1, true);
    if (!from || !to) return null;
    const doc = from.node.ownerDocument;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** Whether the nodes behind this block are all still in their document. */
  isConnected(): boolean {
    return this.segments.every((s) => s.node.isConnected);
  }

  private position(raw: number, isEnd: boolean): { node: Text; offset: number } | null {
    // For an end position, the character before it decides the node (an end at a node
    // boundary belongs to the node it closes).
    const seg = segmentAt(this.segments, isEnd ? raw - 1 : raw);
    if (!seg) return null;
    return { node: seg.node, offset: raw - seg.rawStart };
  }
}

function segmentAt(segments: readonly Segment[], raw: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (!s) break;
    if (raw < s.rawStart) hi = mid - 1;
    else if (raw >= s.rawStart + s.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}
