/** Seeded random inputs for the fuzz tests: the same seed, the same inputs (a failure reproduces). */

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
export const int = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

/** Pieces of text of every kind a page can hold. */
const PIECES = [
  'Angela Merkel',
  'the European Central Bank',
  'in Paris',
  'on Monday',
  'last week',
  'March 3, 2021',
  'Q3 2020',
  'said',
  'the',
  'and',
  '.',
  ',',
  '!',
  '?',
  '—',
  '"',
  '“',
  '”',
  '’s',
  '(',
  ')',
  '1,000',
  '3.5%',
  '12:30 p.m.',
  'نيويورك',
  'ירושלים',
  'Москва',
  '北京市',
  '東京',
  'Ελλάδα',
  '🙂',
  '👩‍👩‍👧',
  '🇺🇦',
  'e\u0301',
  '\u200b',
  '\u200f',
  '\u00a0',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\u0000',
  '<',
  '>',
  '&amp;',
  '&lt;script&gt;',
  'U.S.',
  'Mr.',
  'Dr. No',
  'O’Neil',
  'Jean-Luc',
  'McDonald’s',
  'AT&T',
  'iPhone',
  'ALL CAPS HEADLINE',
  'x'.repeat(300),
];

/** Random text: pieces, random code points (any plane), and spaces. */
export function randomText(rand: () => number, maxPieces = 60): string {
  const out: string[] = [];
  const n = int(rand, 0, maxPieces);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.6) out.push(pick(rand, PIECES));
    else if (r < 0.85) out.push(String.fromCodePoint(int(rand, 0x20, 0x2fff)));
    else out.push(String.fromCodePoint(int(rand, 0, 0x10ffff) & (rand() < 0.5 ? 0xffff : 0x10ffff)));
    out.push(rand() < 0.7 ? ' ' : '');
  }
  return out.join('');
}

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'b',
  'i',
  'h1',
  'h2',
  'article',
  'section',
  'main',
  'aside',
  'nav',
  'footer',
  'header',
  'table',
  'tr',
  'td',
  'ul',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'br',
  'img',
  'iframe',
  'script',
  'style',
  'svg',
  'template',
  'noscript',
  'form',
  'input',
  'textarea',
  'button',
  'time',
  'math',
  'frameset',
];
const CLASSES = [
  'content',
  'article-body',
  'share',
  'related',
  'byline',
  'author-bio',
  'ad',
  'comments',
  'story',
  'x y',
];

/** Random, often malformed HTML: nesting, unclosed and stray tags, attributes, entities, text. */
export function randomHtml(rand: () => number, depth = 0): string {
  const parts: string[] = [];
  const n = int(rand, 0, depth > 3 ? 2 : 6);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.35 || depth > 6) {
      parts.push(randomText(rand, 40).replace(/</gu, '&lt;'));
      continue;
    }
    const tag = pick(rand, TAGS);
    const attrs = [
      rand() < 0.4 ? ` class="${pick(rand, CLASSES)}"` : '',
      rand() < 0.1 ? ' dir="rtl"' : '',
      rand() < 0.1 ? ' hidden' : '',
      rand() < 0.1 ? ' contenteditable' : '',
      rand() < 0.05 ? ` id="${randomText(rand, 2).replace(/"/gu, '')}"` : '',
    ].join('');
    const inner = randomHtml(rand, depth + 1);
    const close = rand() < 0.15 ? '' : `</${rand() < 0.05 ? pick(rand, TAGS) : tag}>`;
    parts.push(`<${tag}${attrs}>${inner}${close}`);
    if (rand() < 0.03) parts.push(pick(rand, ['<!--', '-->', '<![CDATA[', ']]>', '</p>', '<p', '&#xD800;', '&bogus;']));
  }
  return parts.join('');
}
