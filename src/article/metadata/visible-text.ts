/**
 * Whether the page shows a name to its reader: in the text of its body, outside scripts,
 * styles and templates (which hold JSON-LD and data the reader never sees).
 */

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Characters of the body's text read, at most. */
const MAX_TEXT_CHARS = 2_000_000;

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');

/** Whether one of `names` (case and spacing aside) is written in the page's visible text. */
export function namedInText(doc: Document, names: readonly string[]): boolean {
  const wanted = names.map((n) => fold(n).trim()).filter(Boolean);
  if (!wanted.length || !doc.body) return false;
  const parts: string[] = [];
  let used = 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && used < MAX_TEXT_CHARS; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && HIDDEN.has(parent.tagName.toUpperCase())) continue;
    const t = n.nodeValue ?? '';
    parts.push(t);
    used += t.length;
  }
  const text = fold(parts.join(' '));
  return wanted.some((w) => text.includes(w));
}

/** A node's text with its runs of white space collapsed and its ends trimmed (line breaks run together). */
export const flatText = (node: Node): string => (node.textContent ?? '').replace(/\s+/gu, ' ').trim();

/**
 * An element's text as the page shows it, white space collapsed, each line break (`<br>`) read
 * as `lineBreak` (where `textContent` runs the lines together: "council<br>Work" would read
 * "councilWork").
 */
export function textWithBreaks(el: Element, lineBreak: string): string {
  let text = el.textContent ?? '';
  if (el.getElementsByTagName('br').length) {
    const parts: string[] = [];
    const walker = el.ownerDocument.createTreeWalker(el, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
      else if ((n as Element).tagName.toUpperCase() === 'BR') parts.push(lineBreak);
    text = parts.join('');
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/** Elements that start a line of their own. */
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'BR']);

/**
 * An element's text with each block inside it (`<div>`, `<p>`, `<li>`, `<br>`) read as a line of
 * its own, parted by `lineBreak` (where `textContent` runs "<div>Ana Lima</div><div>Political
 * correspondent</div>" together as "Ana LimaPolitical correspondent"); white space collapsed.
 */
export function textWithBlocks(el: Element, lineBreak: string): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    else if (BLOCK_TAGS.has((n as Element).tagName.toUpperCase())) parts.push(lineBreak);
  return parts.join('').replace(/\s+/gu, ' ').trim();
}
