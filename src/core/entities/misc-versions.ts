/**
 * Software and hardware keep their version inside the name (issue 15, en-train9; lang-news.md
 * "Names on the ninth English set": `Linux 7.0`, `iOS 26.2`, `Mesa 26.0`, `Ubuntu 26.04 LTS`;
 * names.md: "the version or model number is inside the name"). The tagger stops before the
 * number. After tagging (English): a mention of a thing (not a person, not a listed place)
 * followed by a space and a dotted version ("7.0", "26.04", "2.8.1"), and " LTS" when written,
 * takes the version in and becomes OTHER. A number that is a quantity ("1.5 percent", "2.3
 * million", "49.2 overs"), a price after a currency ("C$ 0.45", "DM 1.50") or one of a table's
 * columns ("2.5 3.1") is no version.
 * Per mention, one bounded look at the 32 characters after it.
 */
import { charAt, codeAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, respan } from './by-block';

/** A dotted version after a name and what follows it: " 7.0", " 26.04 LTS", " 2.8.1". */
const VERSION =
  /^ (\d{1,3}\.\d{1,3}(?:\.\d{1,3})?(?: LTS)?)(?![\d%]|[.,]\d| ?(?:\d|%|percent|per|pc|pct|million|billion|trillion|bn|m\b|points?|pts|overs|seconds?|secs?|minutes?|metres?|meters?|km|kg|miles?|yards?))/iu;

/** A currency's sign or code before a sum ("C$", "US$", "DM", "USD"): a price follows, no version. */
const CURRENCY = /^[A-Z]{0,3}[$€£¥]?$/u;

/** The mentions with a thing's dotted version taken inside its name as an OTHER name. */
export function withVersions(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean,
): EntityMention[] {
  return mapped(mentions, (m) => {
    if (m.type === 'PERSON' || CURRENCY.test(m.text)) return m;
    const block = text.get(m.blockId) ?? '';
    // A space and a digit after the name first: the cheap check before the pattern.
    const digit = codeAt(block, m.end + 1);
    if (charAt(block, m.end) !== ' ' || !(digit >= 48 && digit <= 57)) return m;
    const found = VERSION.exec(block.slice(m.end, m.end + 32));
    if (!found || (m.type === 'PLACE' && isPlace(m.text))) return m;
    const name = `${m.text} ${found[1] ?? ''}`;
    return respan(m, m.start, m.start + name.length, name, 'OTHER' as const);
  });
}
