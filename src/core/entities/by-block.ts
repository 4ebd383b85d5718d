/** Mentions grouped by the block they are in, for the corrections that read one block at a time. */
import type { EntityMention, EntityType } from '../types';
import { mayHold } from './cue-index';

/**
 * `mentions` themselves, for a correction that changed none of them: the same array, not a copy
 * (fifty passes a text each made one; speed, issue 15). The corrections never edit in place an
 * array a pass was given or returned.
 */
export function unchanged(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions as EntityMention[];
}

/**
 * `f` of each of `mentions`, as `mentions.map(f)`, but `mentions` themselves when `f` gives back
 * every mention it is given: no copy for a step that changes none (most steps, most texts).
 * Its copy is a packed array, as every other pass gives: `mentions.map(f)` in TurboFan's
 * optimised code makes a holey one (HOLEY_ELEMENTS), and each pass after it, compiled for the
 * packed, then deoptimises ('wrong map') and compiles again (speed, issue 15).
 */
export function mapped(
  mentions: readonly EntityMention[],
  f: (m: EntityMention, i: number) => EntityMention,
): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const n = f(m, i);
    if (out === null && n !== m) out = mentions.slice(0, i);
    if (out !== null) out.push(n);
  }
  return out ?? unchanged(mentions);
}

/**
 * The mentions `keep` says yes to, as `mentions.filter(keep)`, but `mentions` themselves when it
 * keeps every one: no copy for a step that drops none (most steps, most texts).
 */
export function kept(
  mentions: readonly EntityMention[],
  keep: (m: EntityMention, i: number) => boolean,
): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const keepIt = keep(m, i);
    if (!keepIt && out === null) out = mentions.slice(0, i);
    else if (keepIt && out !== null) out.push(m);
  }
  return out ?? unchanged(mentions);
}

/**
 * `m` typed `type`: `{ ...m, type }`, but made as the tagger makes its mentions (one object
 * literal, its five fields in one order), so that every mention shares one hidden class. A
 * spread makes an object of another (its last field stored apart), each spread site's its
 * own, and the corrections' reads of `m.type` and `m.start` then see many hidden classes,
 * which V8 reads far more slowly than one (speed, issue 15). A mention marked as its own place
 * (name-evidence.ts `OwnPlace`) keeps its mark, as the spread would.
 */
export function retype(m: EntityMention, type: EntityType): EntityMention {
  return (m as { ownPlace?: true }).ownPlace === true
    ? ({ blockId: m.blockId, start: m.start, end: m.end, text: m.text, type, ownPlace: true } as EntityMention)
    : { blockId: m.blockId, start: m.start, end: m.end, text: m.text, type };
}

/** `m` over another span, and of another type when given (`{ ...m, start, end, text, type }`), made as `retype` makes it. */
export function respan(
  m: EntityMention,
  start: number,
  end: number,
  text: string,
  type: EntityType = m.type,
): EntityMention {
  return (m as { ownPlace?: true }).ownPlace === true
    ? ({ blockId: m.blockId, start, end, text, type, ownPlace: true } as EntityMention)
    : { blockId: m.blockId, start, end, text, type };
}

/** The mentions of each block, in their order in `mentions`. */
export function mentionsByBlock(mentions: readonly EntityMention[]): Map<number, EntityMention[]> {
  const byBlock = new Map<number, EntityMention[]>();
  for (const m of mentions) {
    const list = byBlock.get(m.blockId);
    if (list) list.push(m);
    else byBlock.set(m.blockId, [m]);
  }
  return byBlock;
}

/**
 * Mentions regrouped by block back into one list: the blocks in the text's order, each with its
 * mentions, then the mentions of blocks the text does not hold (for the corrections that edit
 * the groups of `mentionsByBlock`).
 */
export function inTextOrder(
  text: ReadonlyMap<number, string>,
  byBlock: ReadonlyMap<number, readonly EntityMention[]>,
): EntityMention[] {
  const out: EntityMention[] = [];
  for (const blockId of text.keys()) out.push(...(byBlock.get(blockId) ?? []));
  for (const [blockId, rest] of byBlock) if (!text.has(blockId)) out.push(...rest);
  return out;
}

/**
 * `mentions` with each block's own mentions passed through `rewrite` (for the corrections that
 * edit a block's names in place): `rewrite` gives back the list it was handed when it changes
 * nothing, and when no block changes, neither does the result.
 */
export function rewrittenByBlock(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  rewrite: (blockId: number, block: string, own: EntityMention[]) => EntityMention[],
): EntityMention[] {
  const byBlock = mentionsByBlock(mentions);
  let changed = false;
  for (const [blockId, block] of text) {
    const own = byBlock.get(blockId) ?? [];
    const next = rewrite(blockId, block, own);
    if (next === own) continue;
    byBlock.set(blockId, next);
    changed = true;
  }
  return changed ? inTextOrder(text, byBlock) : unchanged(mentions);
}

/**
 * `mentions` with every mention whose text is one of `names` typed `type` (a correction that has
 * learned what a name is retypes all its mentions: "Tidebreaker" after "Arclight Studios'" and
 * alone later).
 */
export function retypedAll(
  mentions: readonly EntityMention[],
  names: ReadonlySet<string>,
  type: EntityMention['type'],
): EntityMention[] {
  if (names.size === 0) return unchanged(mentions);
  return mapped(mentions, (m) => (m.type !== type && names.has(m.text) ? retype(m, type) : m));
}

/**
 * `mentions` with each of `found` that overlaps none of them, in text order (block, then
 * start): for the corrections that add names the tagger left out.
 */
export function withFound(mentions: readonly EntityMention[], found: readonly EntityMention[]): EntityMention[] {
  if (found.length === 0) return unchanged(mentions);
  const byBlock = mentionsByBlock(mentions);
  const spans = new Map<number, Spans>();
  const outside = found.filter((f) => {
    let s = spans.get(f.blockId);
    if (s === undefined) {
      s = spansOf(byBlock.get(f.blockId) ?? []);
      spans.set(f.blockId, s);
    }
    return !overlaps(s, f.start, f.end);
  });
  if (outside.length === 0) return unchanged(mentions);
  return [...mentions, ...outside].sort((a, b) => a.blockId - b.blockId || a.start - b.start);
}

/** Whether `mentions` already hold `f` (its block, span and type): reading it anew changes nothing. */
export const alreadyHeld = (mentions: readonly EntityMention[], f: EntityMention): boolean =>
  mentions.some((m) => m.blockId === f.blockId && m.start === f.start && m.end === f.end && m.type === f.type);

/**
 * `mentions` with each of `found` in place of the mentions it overlaps, in text order (block,
 * then start; at one start the older mention first): for the corrections that read a name anew
 * over what the tagger made of it.
 */
export function withReplacing(mentions: readonly EntityMention[], found: readonly EntityMention[]): EntityMention[] {
  if (found.length === 0) return unchanged(mentions);
  const foundByBlock = mentionsByBlock(found);
  const kept = mentions.filter(
    (m) => !(foundByBlock.get(m.blockId) ?? []).some((f) => m.start < f.end && f.start < m.end),
  );
  return [...kept, ...found].sort((a, b) => a.blockId - b.blockId || a.start - b.start);
}

/** A block's mentions' starts in order, and the furthest end of those up to each. */
interface Spans {
  starts: number[];
  reach: number[];
}

function spansOf(mentions: readonly EntityMention[]): Spans {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const reach: number[] = [];
  let far = -Infinity;
  for (const m of sorted) {
    far = Math.max(far, m.end);
    starts.push(m.start);
    reach.push(far);
  }
  return { starts, reach };
}

/**
 * Whether a mention of `spans` overlaps `start`-`end` (one with a start before `end` and an
 * end after `start`): the furthest end among those starting before `end`.
 */
function overlaps(spans: Spans, start: number, end: number): boolean {
  const { starts, reach } = spans;
  // The number of mentions starting before `end`.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (reach[lo - 1] as number) > start;
}

/**
 * Whether any block's text holds `cue` (a pass's cheap check before it reads its mentions):
 * no block when the text's index of words says none holds the pattern's words (cue-index.ts).
 */
export function someBlock(text: ReadonlyMap<number, string>, cue: RegExp): boolean {
  if (!mayHold(text, cue)) return false;
  for (const block of text.values()) if (cue.test(block)) return true;
  return false;
}
