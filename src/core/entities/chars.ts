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

/** White space as JavaScript's `\s` has it, by character code (NaN, outside a text: none). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}
