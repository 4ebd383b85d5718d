/**
 * A stretch whose second end is named by what closes on it ("from Thursday, November 23 until the
 * end of service on Saturday, November 25", "from March 3 through the close of business on March
 * 7"): the words between "from X" and its second day, beyond a bare "to" or "until", that still
 * join the two days into one range (the ruling of 2 December 2026 on the English sets). The words
 * a clock time's stretch takes (clock-ranges.ts) are the same.
 */
export const END_OF_JOIN =
  /^\.?,?\s{1,3}(?:until|till|to|through)\s{1,3}the\s{1,3}(?:start|end|beginning|close)\s{1,3}of\s{1,3}(?:service|business|trading|play|the\s{1,3}day)\s{1,3}on\s{1,3}$/iu;
