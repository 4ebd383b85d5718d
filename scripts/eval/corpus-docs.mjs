// One document of the shared corpus as the gold sets read it: its text (what gold offsets point
// into), the saved page Lede analyses, its address and publication date. Shared by every gold set
// (timeline, summaries, ...) so they all read a page's text the same way.
//
// - `articles/<ID>` (ids `sh-*`, `rd-*`): the text is the corpus's own reference text
//   (`expected.json` `text`).
// - `metadata/<ID>` (ids `pl-*`, the metadata corpus's 88 dev pages): `expected.json` holds no body
//   text, so the text is the article text the pinned Readability (package.json) reads from
//   `source.html`: the text of its article content with a space between blocks (paragraphs,
//   headings, list items, captions, line breaks: a reader never sees "today.Authorities" run
//   together, and neither does Lede), every run of white space made one space. It does not depend
//   on Lede's own extraction; a gold file's sha256 notices if it ever changes (a Readability
//   upgrade).
// - `fixtures/<ID>` (ids `fx-*`): short pages the project wrote itself (tests/fixtures/pages/summary,
//   e.g. match reports where the corpus has none), and (ids `en-*`) the English news pages written for
//   the date and names gold (tests/fixtures/pages/lang-news), read like a metadata page: the text is
//   Readability's, the address the page's `<link rel="canonical">`. Train-only summary references.
//
// The text is read from ../shared at evaluation time and never written into the project.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

/** The corpus folder a document id lives in (`fixtures`: the project's own pages, not the shared corpus). */
export const corpusFolder = (id) =>
  id.startsWith('pl-') ? 'metadata' : id.startsWith('fx-') || id.startsWith('en-') ? 'fixtures' : 'articles';

/** Where the project's own pages are kept: `fx-*` (summary pages) and `en-*` (the English news pages). */
const PAGES_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'tests', 'fixtures', 'pages');

/** The project's own page of an id (`fx-*` or `en-*`), relative to the project. */
export const fixturePath = (id) => `tests/fixtures/pages/${id.startsWith('en-') ? 'lang-news' : 'summary'}/${id}.html`;

/** The canonical address a page names (`<link rel="canonical" href="…">`), or null. */
function canonicalOf(html) {
  const link = html.match(/<link rel="canonical" href="([^"<>]{1,300})"/u);
  return link ? link[1] : null;
}

/** Elements that start a new line of text: a space goes before and after each. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);

/** The text of a node with a space around every block inside it. */
function blockText(node, out = []) {
  if (node.nodeType === 3) out.push(node.data);
  else if (node.nodeType === 1) {
    const block = BLOCKS.has(node.tagName);
    if (block) out.push(' ');
    for (const child of node.childNodes) blockText(child, out);
    if (block) out.push(' ');
  }
  return out;
}

/** The article text Readability reads from a saved page, blocks apart, white space collapsed ('' if none). */
export function readabilityText(html, url) {
  const virtualConsole = new VirtualConsole(); // page CSS and markup errors stay quiet
  const dom = new JSDOM(html, { url: url ?? 'http://localhost/', virtualConsole });
  try {
    const article = new Readability(dom.window.document).parse();
    if (!article?.content) return '';
    const content = new JSDOM(`<body>${article.content}</body>`, { virtualConsole });
    try {
      return blockText(content.window.document.body).join('').replace(/\s+/gu, ' ').trim();
    } finally {
      content.window.close();
    }
  } finally {
    dom.window.close();
  }
}

/**
 * One corpus document: {id, folder, text, url, file, publishedTime}. `publishedTime` is the
 * corpus's own value where it has one (metadata pages), else null.
 */
export function corpusDoc(corpus, id) {
  const folder = corpusFolder(id);
  if (folder === 'fixtures') {
    const file = join(PAGES_DIR, '..', '..', '..', fixturePath(id));
    const html = readFileSync(file, 'utf8');
    const url = canonicalOf(html);
    return { id, folder, text: readabilityText(html, url ?? undefined), url, file, publishedTime: null };
  }
  const dir = join(corpus, folder, id);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const file = join(dir, 'source.html');
  const url = expected.url ?? null;
  const text = folder === 'articles' ? expected.text : readabilityText(readFileSync(file, 'utf8'), url ?? undefined);
  return { id, folder, text, url, file, publishedTime: expected.publishedTime ?? null };
}

/** The ids of the metadata corpus's pages (`pl-*`), sorted. */
export function metadataIds(corpus) {
  const dir = join(corpus, 'metadata');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => d.startsWith('pl-') && existsSync(join(dir, d, 'source.html')))
    .sort();
}
