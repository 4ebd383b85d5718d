/**
 * The last space of a string, or the last at or before a position: `s.lastIndexOf(' ')` and
 * `s.lastIndexOf(' ', from)`, read by character codes (speed, issue 15). V8 runs
 * `String.prototype.lastIndexOf` in C++, a call out of the compiled code at each use, which
 * costs more than reading the few characters back to a space; the corrections ask it of names
 * and of the word before a name, mention after mention.
 */

/**
 * `s.lastIndexOf(' ', from)`: the last space at or before `from` (an integer; past the end
 * reads from the last character, before the start reads the first only, as `lastIndexOf` does),
 * -1 when there is none.
 */
export function lastSpace(s: string, from: number = s.length - 1): number {
  let i = from < s.length - 1 ? from : s.length - 1;
  if (i < 0) i = s.length > 0 ? 0 : -1;
  for (; i >= 0; i--) if (s.charCodeAt(i) === 32) return i;
  return -1;
}
