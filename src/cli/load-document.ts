/**
 * A saved page as a jsdom Document, as the command line and the tests read it. jsdom parses
 * every inline `style` attribute, and its CSS parser (css-tree, through cssstyle) throws on
 * some values browsers simply ignore: `calc(($container-max-width - 20px) / 16 * 9)`, a
 * Sass leftover on a real National Review page, made `new JSDOM()` throw and the whole
 * analysis fail. Such attributes are set aside (renamed, so the text and structure are
 * untouched) and the page is parsed again: one malformed style never costs the page.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/** A `style` attribute in HTML source: its quoted or bare value (no backtracking: one pass). */
const STYLE_ATTRIBUTE = /(\sstyle\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)/giu;

export function loadDocument(html: string, url: string | undefined): Document {
  const options = { url: url ?? 'http://localhost/', virtualConsole: new VirtualConsole() };
  try {
    return new JSDOM(html, options).window.document;
  } catch (first) {
    const cleaned = withoutUnparsableStyles(html);
    if (cleaned === html) throw first;
    return new JSDOM(cleaned, options).window.document;
  }
}

/** The page with each inline style jsdom cannot parse renamed to `data-lede-unparsed-style`. */
export function withoutUnparsableStyles(html: string): string {
  const probe = new JSDOM('', { virtualConsole: new VirtualConsole() }).window.document.createElement('div');
  const verdicts = new Map<string, boolean>();
  const parses = (value: string): boolean => {
    let ok = verdicts.get(value);
    if (ok === undefined) {
      try {
        probe.setAttribute('style', decodeAttribute(value));
        ok = true;
      } catch {
        ok = false;
      }
      verdicts.set(value, ok);
    }
    return ok;
  };
  return html.replace(STYLE_ATTRIBUTE, (whole, prefix: string, value: string) =>
    parses(value) ? whole : `${prefix.replace(/style/iu, 'data-lede-unparsed-style')}${value}`,
  );
}

/** An attribute value as the parser would give it (quotes off, the common entities decoded). */
function decodeAttribute(raw: string): string {
  const unquoted = /^["']/u.test(raw) ? raw.slice(1, -1) : raw;
  return unquoted.replace(/&(quot|apos|amp|lt|gt|#39|#34);/gu, (_m, e: string) =>
    e === 'quot' || e === '#34' ? '"' : e === 'apos' || e === '#39' ? "'" : e === 'amp' ? '&' : e === 'lt' ? '<' : '>',
  );
}
