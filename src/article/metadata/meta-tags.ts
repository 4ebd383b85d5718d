/**
 * `<meta>` tags by name: OpenGraph, article:*, citation_*, Dublin Core, Twitter and the
 * usual publisher tags, keyed by lower-cased name, property or itemprop.
 */

export type MetaTags = Map<string, string[]>;

/** Longest value kept: a description is a few hundred characters; a page is not a tag. */
export const MAX_TAG_CHARS = 2_000;

/** Properties read from one tag's attribute, at most. */
const MAX_KEYS = 4;

/** The page's meta tags; `metas`, the page's meta elements when the caller has them already. */
export function readMetaTags(
  doc: Document,
  metas: readonly Element[] = Array.from(doc.getElementsByTagName('meta')),
): MetaTags {
  const out: MetaTags = new Map();
  for (const m of metas) {
    const content = m.getAttribute('content')?.slice(0, MAX_TAG_CHARS);
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      // RDFa lets one tag carry several properties ("dc:creator twitter:site_name"); Dublin
      // Core is written "dc:creator" as often as "DC.creator".
      const keys = (m.getAttribute(attr) ?? '').trim().toLowerCase().split(/\s+/u);
      for (const raw of keys.slice(0, MAX_KEYS)) {
        const key = raw.replace(/^(dc|dcterms):/u, '$1.');
        if (!key) continue;
        const list = out.get(key) ?? [];
        list.push(content.trim());
        out.set(key, list);
      }
    }
  }
  return out;
}

/** The first tag among `names` that is present: [source label, values]. */
export function firstTag(tags: MetaTags, ...names: string[]): [string, string[]] | null {
  for (const n of names) {
    const v = tags.get(n);
    if (v && v.length) return [`meta:${n}`, v];
  }
  return null;
}
