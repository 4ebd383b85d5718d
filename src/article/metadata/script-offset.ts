/**
 * The zone of a publication time the page's metadata writes without one
 * ("datePublished": "2019-11-19T18:18:25.828095"): the page's own script data often writes
 * the same clock time with its offset ("articlePublishTime": "2019-11-19T18:18:25.828095-08:00").
 * Read as UTC, the zone-less time would be hours off.
 */

/** A date and a clock time to the second, or the minute, with no zone after it. */
const ZONE_LESS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/u;

/** Scripts read, and the characters read of each, at most. */
const MAX_SCRIPTS = 200;
const MAX_SCRIPT_CHARS = 1_000_000;
/** Writings of the same time looked at in one script. */
const MAX_HITS = 5;
/** Digits of a fraction of a second skipped after the clock time. */
const MAX_FRACTION = 9;

/** `value` with the offset the page's scripts give its clock time, or `value` as it is. */
export function withScriptOffset(doc: Document, value: string): string {
  if (!ZONE_LESS.test(value)) return value;
  const scripts = Array.from(doc.getElementsByTagName('script')).slice(0, MAX_SCRIPTS);
  for (const script of scripts) {
    const text = (script.textContent ?? '').slice(0, MAX_SCRIPT_CHARS);
    let at = text.indexOf(value);
    for (let hits = 0; at >= 0 && hits < MAX_HITS; hits++, at = text.indexOf(value, at + 1)) {
      const offset = offsetAt(text, at + value.length);
      if (offset) return `${value}${offset}`;
    }
  }
  return value;
}

/** The offset written at `i` (after a fraction of a second, if any): "-08:00", "+0530", "Z"; or null. */
function offsetAt(text: string, i: number): string | null {
  let j = i;
  // Seconds, or a fraction of them, the value did not carry.
  if (text.charAt(j) === ':' && isDigit(text.charAt(j + 1)) && isDigit(text.charAt(j + 2))) j += 3;
  if (text.charAt(j) === '.') {
    const from = ++j;
    while (j - from < MAX_FRACTION && isDigit(text.charAt(j))) j++;
    if (j === from) return null;
  }
  const sign = text.charAt(j);
  if (sign === 'Z') return isDigit(text.charAt(j + 1)) ? null : 'Z';
  if (sign !== '+' && sign !== '-') return null;
  const hh = text.slice(j + 1, j + 3);
  const rest = text.charAt(j + 3) === ':' ? text.slice(j + 4, j + 6) : text.slice(j + 3, j + 5);
  if (!/^\d{2}$/u.test(hh) || !/^\d{2}$/u.test(rest) || Number(hh) > 14) return null;
  return `${sign}${hh}:${rest}`;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
