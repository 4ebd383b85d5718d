/**
 * Wikipedia previews (opt-in): the REST page summary of an entity, fetched by the service
 * worker. Only the entity's name is sent, one request at a time, with an `Api-User-Agent`
 * header and `?redirect=false`, no cookies and no referrer. Answers are cached in
 * `storage.local` (a week, the most recent 200 names), so a name is asked for once.
 * The environment (fetch, storage, clock, the endpoint) is passed in.
 */
import type { WikiPreview } from '../shared/messages';
import type { SettingsArea } from '../shared/settings';
import { isWikimediaUrl } from '../shared/wikipedia';
import { errorMessage } from '../shared/error-message';

export const API_USER_AGENT = 'Lede/0.1 (Chrome extension; on-device article annotator)';

const CACHE_KEY = 'wikiCache';
const CACHE_SIZE = 200;
const CACHE_DAYS = 7;

interface Cached {
  at: number;
  preview: WikiPreview;
}

export interface WikipediaEnv {
  fetch: typeof fetch;
  storage: SettingsArea;
  now: () => number;
  /** The REST endpoint (the test build points it at a local server). */
  base: () => string;
}

/** A page title from a name: Wikipedia's form, spaces as underscores. */
const titleOf = (name: string): string => name.trim().replace(/\s+/gu, '_');

export class WikipediaPreviews {
  /** The request in flight: the next one waits for it (one at a time). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly env: WikipediaEnv) {}

  async preview(name: string): Promise<WikiPreview> {
    const key = titleOf(name).toLowerCase();
    const cached = await this.cached(key);
    if (cached) return cached;
    // One at a time, the cache read and written inside the turn (so no answer is lost, and
    // a name asked for twice meanwhile is fetched once).
    const run = this.queue.then(async () => {
      const again = await this.cached(key);
      if (again) return again;
      const preview = await this.fetchSummary(name);
      // Errors are not cached: the next look may succeed.
      if (preview.status !== 'error') await this.writeCache(key, preview);
      return preview;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async cached(key: string): Promise<WikiPreview | null> {
    const hit = (await this.readCache())[key];
    if (!hit || typeof hit.at !== 'number' || this.env.now() - hit.at >= CACHE_DAYS * 86_400_000) return null;
    // Storage is checked like the network: an answer written by an older build, or changed
    // by anything with access to the profile, passes the same checks again.
    return checkPreview(hit.preview);
  }

  private async fetchSummary(name: string): Promise<WikiPreview> {
    const url = `${this.env.base()}/page/summary/${encodeURIComponent(titleOf(name))}?redirect=false`;
    let response: Response;
    try {
      response = await this.env.fetch(url, {
        headers: { 'Api-User-Agent': API_USER_AGENT, Accept: 'application/json' },
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch (e) {
      return { status: 'error', message: errorMessage(e) };
    }
    if (response.status === 404) return { status: 'missing' };
    if (!response.ok) return { status: 'error', message: `Wikipedia answered ${response.status}` };
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { status: 'error', message: 'Wikipedia sent something that is not JSON' };
    }
    return parseSummary(body);
  }

  private async readCache(): Promise<Record<string, Cached>> {
    const stored = (await this.env.storage.get([CACHE_KEY]))[CACHE_KEY];
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, Cached>) : {};
  }

  private async writeCache(key: string, preview: WikiPreview): Promise<void> {
    const cache = { ...(await this.readCache()), [key]: { at: this.env.now(), preview } };
    const kept = Object.entries(cache)
      .sort((a, b) => b[1].at - a[1].at)
      .slice(0, CACHE_SIZE);
    await this.env.storage.set({ [CACHE_KEY]: Object.fromEntries(kept) });
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/** Only the fields the card shows, checked (the answer is untrusted); only https links. */
export function parseSummary(body: unknown): WikiPreview {
  const b = obj(body);
  const title = str(b['title']) ?? '';
  const page = str(obj(obj(b['content_urls'])['desktop'])['page']);
  const url =
    page && isWikimediaUrl(page) ? page : `https://en.wikipedia.org/wiki/${encodeURIComponent(titleOf(title))}`;
  if (b['type'] === 'disambiguation') return { status: 'ambiguous', title, url };
  const extract = str(b['extract']);
  if (!title || !extract) return { status: 'missing' };
  const thumbnail = str(obj(b['thumbnail'])['source']);
  const wikidata = str(b['wikibase_item']);
  return {
    status: 'found',
    title,
    extract: extract.length > 600 ? `${extract.slice(0, 597).trimEnd()}…` : extract,
    url,
    ...(thumbnail && isWikimediaUrl(thumbnail) ? { thumbnail } : {}),
    ...(wikidata && /^Q\d+$/u.test(wikidata) ? { wikidata } : {}),
  };
}

/** A stored preview, checked field by field as an answer from the network is; null if unusable. */
export function checkPreview(v: unknown): WikiPreview | null {
  const p = obj(v);
  switch (p['status']) {
    case 'missing':
      return { status: 'missing' };
    case 'ambiguous': {
      const title = str(p['title']);
      const url = str(p['url']);
      return title && url && isWikimediaUrl(url) ? { status: 'ambiguous', title, url } : null;
    }
    case 'found': {
      const title = str(p['title']);
      const extract = str(p['extract']);
      const url = str(p['url']);
      if (!title || !extract || !url || !isWikimediaUrl(url)) return null;
      const thumbnail = str(p['thumbnail']);
      const wikidata = str(p['wikidata']);
      return {
        status: 'found',
        title,
        extract: extract.slice(0, 600),
        url,
        ...(thumbnail && isWikimediaUrl(thumbnail) ? { thumbnail } : {}),
        ...(wikidata && /^Q\d+$/u.test(wikidata) ? { wikidata } : {}),
      };
    }
    default:
      return null;
  }
}
