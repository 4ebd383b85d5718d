/**
 * A saved page as a jsdom Document, as the command line and the tests read it. jsdom parses
 * every inline `style` attribute, and its CSS parser (css-tree, through cssstyle) throws on
 * some values browsers simply ignore: `calc(($container-max-width - 20px) / 16 * 9)`, a
 * Sass leftover on a real National Review page, made `new JSDOM()` throw and the whole
 * analysis fail. The style the parser names in its error is set aside (renamed, so the text
 * and structure are untouched) and the page parsed again; after a few such rounds, every
 * inline style is set aside. One malformed style never costs the page.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/** A `style` attribute in HTML source with its quoted or bare value (one pass, no backtracking). */
const STYLE_ATTRIBUTE = /(\sstyle\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)/giu;
/** Rounds of setting one style aside before all of them are. */
const MAX_ROUNDS = 8;

export function loadDocument(html: string, url: string | undefined): Document {
  const options = { url: url ?? 'http://localhost/', virtualConsole: new VirtualConsole() };
  let source = html;
  for (let round = 0; ; round++) {
    try {
      return new JSDOM(source, options).window.document;
    } catch (e) {
      const fragment = (e as { source?: unknown }).source;
      const next =
        round < MAX_ROUNDS && typeof fragment === 'string' && fragment
          ? withoutStyles(source, (value) => value.includes(fragment))
          : withoutStyles(source, () => true);
      if (next === source) throw e;
      source = next;
    }
  }
}

/** The page with each inline style that `unwanted` picks renamed to `data-lede-unparsed-style`. */
export function withoutStyles(html: string, unwanted: (value: string) => boolean): string {
  return html.replace(STYLE_ATTRIBUTE, (whole, prefix: string, value: string) =>
    unwanted(decodeAttribute(value)) ? `${prefix.replace(/style/iu, 'data-lede-unparsed-style')}${value}` : whole,
  );
}

/** An attribute value as the parser would give it (quotes off, the common entities decoded). */
function decodeAttribute(raw: string): string {
  const unquoted = /^["']/u.test(raw) ? raw.slice(1, -1) : raw;
  return unquoted.replace(/&(quot|apos|amp|lt|gt|#39|#34);/gu, (_m, e: string) =>
    e === 'quot' || e === '#34' ? '"' : e === 'apos' || e === '#39' ? "'" : e === 'amp' ? '&' : e === 'lt' ? '<' : '>',
  );
}
