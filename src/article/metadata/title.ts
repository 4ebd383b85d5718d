/**
 * The headline a reader sees. Social and SEO titles (`og:title`, `<title>`) often differ
 * from the on-page headline or carry " | Site" suffixes, so the page's main `<h1>` is
 * preferred when it looks like a headline; otherwise the best tag value, with the site's
 * suffix removed.
 */

const SEPARATORS = /(?<!\s)\s*(?:\s[|\-–—·:»/]\s|[｜|]|：|\s::\s)\s*/u;

const squash = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
const isCjk = (s: string): boolean =>
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s);

/** "Headline | Site" -> "Headline" when the tail names the site (or the host). */
export function stripSiteSuffix(title: string, siteName: string | null, host?: string | null): string {
  const parts = title.split(SEPARATORS).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const site = siteName ? squash(siteName) : null;
  const hostWords = host ? squash(host.replace(/^www\./u, '').replace(/\.[a-z]+$/u, '')) : null;
  const isSite = (part: string): boolean => {
    const p = squash(part);
    if (!p) return true;
    if (site && (p === site || p.includes(site) || (site.includes(p) && p.length > 2))) return true;
    if (hostWords && (p.replace(/ /gu, '') === hostWords.replace(/ /gu, '') || p.includes(hostWords))) return true;
    return false;
  };
  let end = parts.length;
  while (end > 1 && isSite(parts[end - 1] ?? '')) end--;
  let start = 0;
  while (start < end - 1 && isSite(parts[start] ?? '')) start++;
  if (end === parts.length && start === 0) return title.trim();
  // Rebuild from the original so inner punctuation stays as written.
  const first = parts[start] ?? '';
  const last = parts[end - 1] ?? '';
  const from = title.indexOf(first);
  const to = title.lastIndexOf(last) + last.length;
  return from >= 0 && to > from ? title.slice(from, to).trim() : title.trim();
}

/** The page's main headline: the h1 in the article, or the only sensible h1. */
export function findHeadline(
  doc: Document,
  candidates: readonly string[],
  siteName: string | null,
): { text: string; el: Element } | null {
  const body = doc.body;
  if (!body) return null;
  const h1s = Array.from(body.getElementsByTagName('h1'))
    .map((h) => ({ el: h, text: (h.textContent ?? '').replace(/\s+/gu, ' ').trim() }))
    .filter(({ el, text }) => text.length >= 4 && text.length <= 300 && !el.closest('nav, footer, aside'));
  const site = siteName ? squash(siteName) : null;
  // Squashed once: a page may have thousands of h1s.
  const squashed = candidates.map(squash);
  const plausible = h1s.filter(({ text }) => {
    const t = squash(text);
    if (site && (t === site || site.includes(t) || (t.includes(site) && words(t) <= words(site) + 2))) return false;
    if (/\blogo\b/iu.test(t)) return false;
    // A headline has a few words (or a CJK phrase); a logo or section name does not.
    if (words(text) >= 3 || (isCjk(text) && text.length >= 10)) return true;
    // A short h1 counts when the title tags say the same.
    return squashed.some((c) => c.includes(t));
  });
  const inArticle = plausible.find(({ el }) => el.closest('article, main, [role="main"], [itemprop~="headline"]'));
  const headline =
    inArticle ??
    (plausible.length === 1
      ? plausible[0]
      : plausible.find(({ text }) => squashed.some((c) => c.includes(squash(text)))));
  return headline ?? null;
}
