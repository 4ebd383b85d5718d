/** Where Lede points for Wikipedia: search links (always) and the REST API (previews, opt-in). */

/** A Wikipedia search for a name: the default link, which sends nothing until clicked. */
export const wikipediaSearch = (name: string): string =>
  `https://en.wikipedia.org/wiki/Special:Search?search=${encodeURIComponent(name)}`;

/** The REST API the service worker asks for page summaries when previews are on. */
export const WIKIPEDIA_API = 'https://en.wikipedia.org/api/rest_v1';

/** The match pattern for an endpoint's host: the optional permission previews need. */
export const hostPattern = (base: string): string => `${new URL(base).origin}/*`;

/** Hosts whose links and images a preview may carry: Wikipedia's and Wikimedia's, over https. */
const PREVIEW_HOSTS = /^(?:[a-z0-9-]+\.)*(?:wikipedia\.org|wikimedia\.org|wikidata\.org)$/u;

/** Whether a URL from a preview (fetched or cached) may be shown: https on Wikipedia's hosts. */
export function isWikimediaUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && PREVIEW_HOSTS.test(u.hostname) && !u.username && !u.password;
  } catch {
    return false;
  }
}
