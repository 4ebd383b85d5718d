/**
 * Quotation marks of one paragraph, paired: “…”, "…", „…“, «…», and at the top level (outside
 * a double quotation) ‘…’ and '…'. An opening double mark that the paragraph never closes
 * runs to the paragraph's end (a quote that continues in the next paragraph). Single marks are
 * also apostrophes ("don’t", "players’", "’90s"), so a single quotation opens only at the
 * start of a word and closes only where a word ends, and only when its closing mark exists.
 *
 * One pass for the double marks and one for the single ones, with the next closing mark of
 * every position found by a backward pass: linear in the paragraph's length.
 */

export interface QuoteMarks {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark; -1 when the paragraph ends with the quotation still open. */
  close: number;
  family: 'double' | 'single';
}

const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013/-]/u.test(c);

/** The closing marks that end a quotation opened by `open`. */
function closes(open: string, c: string): boolean {
  switch (open) {
    case '“':
      return c === '”' || c === '"';
    case '„':
      return c === '“' || c === '”' || c === '"';
    case '«':
      return c === '»';
    case '"':
      return c === '"' || c === '”';
    case '”':
      return c === '”' || c === '"';
    default:
      return false;
  }
}

function doubles(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let open = -1;
  let openChar = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (open < 0) {
      if (c === '“' || c === '„' || c === '«' || c === '"') {
        open = i;
        openChar = c;
      } else if (c === '”' && isSpaceOrStart(text[i - 1]) && isLetterOrDigit(text[i + 1])) {
        // Some sites write ” for both marks.
        open = i;
        openChar = c;
      }
    } else if (closes(openChar, c)) {
      out.push({ open, close: i, family: 'double' });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: -1, family: 'double' });
  return out;
}

const isSingle = (c: string | undefined): boolean => c === '‘' || c === '’' || c === "'";

/** A single mark that may open a quotation: at the start of a word that is no year ("’90s"). */
function singleOpens(text: string, i: number): boolean {
  const c = text[i];
  return (c === '‘' || c === "'") && isSpaceOrStart(text[i - 1]) && /\p{L}/u.test(text[i + 1] ?? '');
}

/** A single mark that may close one: after a word, not inside one ("don’t"). */
function singleCloses(text: string, i: number): 0 | 1 | 2 {
  const c = text[i];
  if (c !== '’' && c !== "'") return 0;
  const before = text[i - 1];
  const after = text[i + 1];
  if (before === undefined || /\s/u.test(before) || isLetterOrDigit(after)) return 0;
  // Strong: after a stop or a comma, or before one (or the paragraph's end); weak: "players’ union".
  if (/[.,!?…]/u.test(before) || after === undefined || /[.,;:!?)\u2014\u2013”"]/u.test(after)) return 2;
  return 1;
}

function singles(text: string, outside: readonly QuoteMarks[]): QuoteMarks[] {
  // The stretch of text each position belongs to ends at the next double quotation.
  const n = text.length;
  const segmentEnd = new Int32Array(n + 1).fill(n);
  let d = 0;
  for (let i = 0; i < n; i++) {
    while (d < outside.length && (outside[d] as QuoteMarks).open < i) d++;
    segmentEnd[i] = d < outside.length ? (outside[d] as QuoteMarks).open : n;
  }
  const nextStrong = new Int32Array(n + 1).fill(-1);
  const nextWeak = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const k = singleCloses(text, i);
    nextStrong[i] = k === 2 ? i : (nextStrong[i + 1] as number);
    nextWeak[i] = k >= 1 ? i : (nextWeak[i + 1] as number);
  }
  const inside = new Uint8Array(n);
  for (const q of outside) inside.fill(1, q.open, q.close < 0 ? n : q.close + 1);
  const out: QuoteMarks[] = [];
  for (let i = 0; i < n; i++) {
    if (inside[i] || !isSingle(text[i]) || !singleOpens(text, i)) continue;
    const end = segmentEnd[i] as number;
    const strong = nextStrong[i + 1] as number;
    const weak = nextWeak[i + 1] as number;
    const close = strong >= 0 && strong < end ? strong : weak >= 0 && weak < end ? weak : -1;
    if (close < 0) continue;
    out.push({ open: i, close, family: 'single' });
    i = close;
  }
  return out;
}

/** Whether any single mark of the text may open a quotation (most paragraphs have none). */
function anySingleOpens(text: string): boolean {
  for (let i = text.indexOf('‘'); i >= 0; i = text.indexOf('‘', i + 1)) if (singleOpens(text, i)) return true;
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) if (singleOpens(text, i)) return true;
  return false;
}

/** The paragraph's quotations, in text order. */
export function findQuoteMarks(text: string): QuoteMarks[] {
  // Most paragraphs have no double mark at all: native searches find that at once.
  const anyDouble =
    text.includes('"') || text.includes('“') || text.includes('”') || text.includes('„') || text.includes('«');
  const d = anyDouble ? doubles(text) : [];
  const s = anySingleOpens(text) ? singles(text, d) : [];
  if (!s.length) return d;
  return [...d, ...s].sort((a, b) => a.open - b.open);
}
