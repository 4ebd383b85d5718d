// The header gold of our own (eval/gold/headers, guideline eval/gold/guidelines/headers.md):
// title, authors and publication date of the ../shared/corpus/articles/sh-* pages, stored as
// offsets into each page's source.html and turned here, at evaluation time, into the
// expected.json layout the shared scorer reads (never stored in the project).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const NAMED = new Map(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    rsquo: '’',
    lsquo: '‘',
    rdquo: '”',
    ldquo: '“',
    mdash: '—',
    ndash: '–',
    hellip: '…',
    eacute: 'é',
    egrave: 'è',
    aacute: 'á',
    iacute: 'í',
    oacute: 'ó',
    uacute: 'ú',
    ntilde: 'ñ',
    uuml: 'ü',
    ouml: 'ö',
    auml: 'ä',
    ccedil: 'ç',
    middot: '·',
    bull: '•',
    laquo: '«',
    raquo: '»',
  }),
);

/** Text of an HTML slice as a reader sees it: tags out, entities decoded, white space collapsed. */
export function htmlText(slice) {
  return (
    slice
      // Inline tags join the words around them ("<em>Stadia</em>’s"); other tags part them.
      .replace(/<\/?(?:a|em|strong|b|i|u|span|small|sup|sub|abbr|time|mark)(?:\s[^<>]{0,2000})?>/gi, '')
      .replace(/<[^<>]{0,2000}>/g, ' ')
      .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (all, e) => {
        if (e[0] === '#') {
          const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
          return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
        }
        return NAMED.get(e.toLowerCase()) ?? all;
      })
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Whether a page's header gold measures only (`fresh`) or may be tuned on (`train`): fixed by a hash of its id. */
export const headerSplit = (id) =>
  parseInt(createHash('sha256').update(`lede-headers-v1|${id}`).digest('hex').slice(0, 8), 16) % 2 === 0
    ? 'train'
    : 'fresh';

const sha256 = (s) => createHash('sha256').update(s).digest('hex');

/** The header gold records, each with its page's source (throws when a page changed). */
export function headerGold(root, corpus) {
  const dir = join(root, 'eval', 'gold', 'headers');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const html = readFileSync(join(corpus, 'articles', gold.id, 'source.html'), 'utf8');
      if (gold.sha256 !== sha256(html)) throw new Error(`eval/gold/headers/${f}: the page has changed`);
      return { gold, html, split: headerSplit(gold.id) };
    });
}

/** The expected.json the shared scorer reads, for one record. */
export function expectedOf({ gold, html }) {
  const span = (s) => htmlText(html.slice(s.start, s.end));
  const p = gold.published;
  return {
    title: gold.title ? span(gold.title) : null,
    byline: gold.authors.length ? gold.authors.map(span).join(', ') : null,
    publishedTime: p ? p.value : null,
    ...(p ? { publishedTimeHasTime: p.hasTime, ...(p.hasTime ? {} : { publishedDate: p.value.slice(0, 10) }) } : {}),
    annotated: ['title', 'byline', 'publishedTime'],
  };
}

/** Writes `<out>/<split>/<id>/expected.json` for every record; returns the splits written. */
export function writeHeaderCorpus(records, out) {
  rmSync(out, { recursive: true, force: true });
  const splits = new Set();
  for (const r of records) {
    const dir = join(out, r.split, r.gold.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'expected.json'), JSON.stringify(expectedOf(r), null, 1));
    splits.add(r.split);
  }
  return [...splits].sort();
}
