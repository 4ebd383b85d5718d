/**
 * A streaming service is an organisation, as a TV network is (ruling of the twenty-second
 * session, names.md "Streaming services"; issue 15: `Peacock`, `Prime Video`, `Apple TV` of the
 * eighth and ninth English sets). The tagger, trained on news where such services are new, reads
 * them as products (OTHER) or, for "Peacock", a person. After tagging (English): a mention whose
 * whole text is one of the services below becomes ORG, except
 * - a device or an app named by the service ("an Apple TV box", "the Apple TV app"): a product,
 *   and a membership ("Amazon Prime members");
 * - a person's surname ("Peacock" where the text names "Ellen Peacock"): left to the tagger.
 * Per mention, a look at its text and the word after it.
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';
import { lastSpace } from './last-space';

/** The streaming services, as written (names of one service's few spellings). */
const SERVICES = new Set([
  'Netflix',
  'Prime Video',
  'Amazon Prime Video',
  'Amazon Prime',
  'Apple TV',
  'Apple TV+',
  'Peacock',
  'Disney+',
  'Disney Plus',
  'Hulu',
  'HBO Max',
  'HBO Go',
  'HBO Now',
  'Paramount+',
  'Paramount Plus',
  'BritBox',
  'Crunchyroll',
  'Tubi',
  'YouTube TV',
  'Sling TV',
  'fuboTV',
  'BBC iPlayer',
  'ITVX',
  'Starz',
]);

/**
 * Words for a device, an app or a membership after a service's name ("Apple TV box", "Amazon
 * Prime members", "Amazon Prime Day"): a product, a membership or a date, no service.
 */
const DEVICE_AFTER =
  /^ (?:box|boxes|app|apps|device|devices|remote|hardware|lineup|stick|set-top|4K|dongle|members?|membership|Day)\b/u;

/** The mentions with streaming services typed ORG. */
export function withStreamingServices(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!mentions.some((m) => m.type !== 'ORG' && SERVICES.has(m.text))) return unchanged(mentions);
  // Surnames of the text's people ("Peacock" of "Ellen Peacock") are no services.
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON') {
      const space = lastSpace(m.text);
      if (space > 0) surnames.add(m.text.slice(space + 1));
    }
  return mapped(mentions, (m) => {
    if (m.type === 'ORG' || !SERVICES.has(m.text) || surnames.has(m.text)) return m;
    const block = text.get(m.blockId) ?? '';
    if (DEVICE_AFTER.test(block.slice(m.end, m.end + 12))) return m;
    return retype(m, 'ORG' as const);
  });
}
