/**
 * A long sentence cut to about `max` characters around one stretch of it (a date), at spaces,
 * with "…" where text was left out: a sentence cut from its start lost a date near its end
 * ("…since records began in…" under the date 1930).
 */
export function clipAround(sentence: string, at: number, end: number, max: number): string {
  if (sentence.length <= max) return sentence;
  if (at < 0 || end > sentence.length || end < at) return `${sentence.slice(0, max - 1).trimEnd()}…`;
  // The stretch about a third of the way in: the words before it set the scene.
  let from = Math.max(0, Math.min(at - Math.floor((max - (end - at)) / 3), sentence.length - max));
  let to = Math.min(sentence.length, Math.max(from + max, end));
  if (from > 0) {
    const space = sentence.indexOf(' ', from);
    if (space >= 0 && space < at) from = space + 1;
  }
  if (to < sentence.length) {
    const space = sentence.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  return `${from > 0 ? '…' : ''}${sentence.slice(from, to).trim()}${to < sentence.length ? '…' : ''}`;
}
