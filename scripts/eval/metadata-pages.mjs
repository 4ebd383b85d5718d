// Pages of ../shared/corpus/metadata (pl-*: saved news, blog, sports, tech and review pages of
// 83 sites, 2016-2022; see that folder's README) for Lede's own gold sets. Those pages carry no
// annotated body text: a gold file names the page by its id (`pl-NAME`) and holds a sha256 of
// its source.html, so a changed corpus is noticed. Nothing of the page is stored in the project.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a gold id names a page of the metadata corpus (`pl-NAME`) rather than an article. */
export const isMetadataPage = (id) => id.startsWith('pl-');

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The page's visible text, roughly: scripts, styles and tags dropped, entities decoded, white
 * space collapsed. Only for checks that a word occurs on the page (a reference's key words),
 * never as the article body.
 */
export function visibleText(html) {
  return html
    .replace(/<(script|style|noscript|template)\b[^>]*>[^]*?<\/\1\s*>/giu, ' ')
    .replace(/<!--[^]*?-->/gu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (m, e) => {
      if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    })
    .replace(/\s+/gu, ' ')
    .trim();
}

/** One metadata page: its source.html (path, bytes' sha256), expected.json and visible text. */
export function metadataPage(corpus, id) {
  const dir = join(corpus, 'metadata', id);
  const file = join(dir, 'source.html');
  if (!existsSync(file)) throw new Error(`no such metadata page: ${id}`);
  const bytes = readFileSync(file);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const html = bytes.toString('utf8');
  return {
    id,
    file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    url: expected.url ?? null,
    expected,
    html,
    get text() {
      return visibleText(html);
    },
  };
}
