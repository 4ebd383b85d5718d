/**
 * A live blog's time stamps are no part of a name (eval/gold/guidelines/lang-news.md: named time
 * zones, "GMT", "EST", are never names). British, Irish, Australian and Asian live blogs open each
 * entry with a clock time and its zone and no dash ("16:02 BST Avanti West Coast says ...",
 * "12:15 BST The Rail Delivery Group says ..."), and the tagger runs the zone into the name that
 * opens the entry ("BST Avanti West Coast"). Issue 15, the families of en-train8.
 *
 * After tagging (English): a mention that opens with a zone written just after a clock time
 * starts after the zone, and after a capitalised "The", "At", "In" or "On" that then opens the
 * entry's sentence ("At Leeds station" names Leeds); a mention that was only the zone is dropped.
 */
import type { EntityMention } from '../types';
import { respan, unchanged } from './by-block';
import { ZONES, clockTimeBefore } from './time-zones';

/** The words that may open the entry's sentence before its name (left out, as at a sentence's start). */
const OPENERS = new Set(['The', 'At', 'In', 'On']);

/** A name's first word. */
function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** `m` without the zone (and the sentence's opening word) a time stamp put in front of it; null when nothing is left. */
function withoutStamp(block: string, m: EntityMention): EntityMention | null {
  const first = firstWord(m.text);
  if (!ZONES.has(first)) return m;
  const space = m.text.indexOf(' ');
  if (!clockTimeBefore(block, m.start)) return m;
  if (space < 0) return null;
  let cut = space + 1;
  const next = m.text.indexOf(' ', cut);
  if (next > 0 && OPENERS.has(m.text.slice(cut, next))) cut = next + 1;
  return respan(m, m.start + cut, m.end, m.text.slice(cut));
}

/** The mentions (in text order) without the time stamps of live blogs in front of them. */
export function withoutTimeStamps(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  // The cheap check: a mention opening with a zone.
  if (!mentions.some((m) => ZONES.has(firstWord(m.text)))) return unchanged(mentions);
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const kept = withoutStamp(text.get(m.blockId) ?? '', m);
    if (kept) out.push(kept);
  }
  return out;
}
