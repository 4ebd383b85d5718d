/**
 * One character of a text, read without reading outside it (speed, issue 15). The corrections
 * look at the character before or after a mention, and a mention often starts or ends its
 * block: `text.charAt(-1)` and `text.charCodeAt(text.length)` give '' and NaN, but V8's
 * optimised code drops back to the interpreter at such a read (a deoptimisation, "out of
 * bounds") and compiles the function again later, on every text that first reads past an end
 * in that function. These give the same answers and never read outside the text.
 */

/** `text.charAt(i)`: '' outside the text. */
export function charAt(text: string, i: number): string {
  return i >= 0 && i < text.length ? text.charAt(i) : '';
}

/** `text.charCodeAt(i)`: NaN outside the text. */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : NaN;
}
