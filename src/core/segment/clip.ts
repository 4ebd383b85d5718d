/**
 * A long sentence cut for showing, in one way everywhere (the timeline, a role's sentence, the
 * hover card, the card's timeline snippets and quotes): to about `max` characters, around one
 * stretch of it (a date, a role) when it has one, else from its start; at spaces, never inside
 * a word (unless one word is longer than the room); with "…" where words were left out.
 */

/** The longest sentence the analysis keeps, and the card and the hover card quote, in characters. */
export const SENTENCE_CHARS = 220;

/**
 * The part of `text` kept: [from, to), about `max` characters holding [at, end) (a third of
 * the way in: the words before it set the scene). `at` < 0 keeps the start.
 */
export function clipRange(text: string, at: number, end: number, max: number): { from: number; to: number } {
  if (text.length <= max) return { from: 0, to: text.length };
  if (at < 0 || end > text.length || end < at) at = end = 0;
  let from = Math.max(0, Math.min(at - Math.floor(Math.max(0, max - (end - at)) / 3), text.length - max));
  let to = Math.min(text.length, Math.max(from + max, end));
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < at) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space >= end && space > from) to = space;
  }
  return { from, to };
}

/** `text` cut by `clipRange`, "…" marking each end that was cut. */
export function clipAround(text: string, at = -1, end = -1, max = SENTENCE_CHARS): string {
  if (text.length <= max) return text;
  // One character of the room is the "…".
  const { from, to } = clipRange(text, at, end, max - 1);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
