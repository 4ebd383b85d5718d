/**
 * A product named with its model number before a lower-case word for the kind of product ("the
 * Lumen 2 glasses", "a Nova 7 phone"): the tagger, trained on news with few products, stops
 * before the number and types the rest as its maker. The names guidelines mark a product with
 * its model number inside (`Firefox 85`, `Red Dead Redemption 2`) as MISC: the name and the number
 * are one other name, and so is the same name with the same number elsewhere in the text
 * ("Lumen 2 at a glance"). Per mention, a look at the two words after it.
 */
import { charAt, codeAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, respan } from './by-block';

/** Lower-case words for kinds of product after a model number. */
const PRODUCT_KINDS = new Set(
  'glasses headset headsets phone phones smartphone smartphones handset laptop laptops tablet tablets earbuds headphones watch smartwatch console consoles camera cameras speaker speakers drone drones robot vacuum chip chips processor processors router monitor tv sedan hatchback suv pickup truck scooter e-bike bike ring tracker reader kindle controller'.split(
    ' ',
  ),
);

/** A model number and the word after it: " 2 glasses", " 7 phone". */
const NUMBER_AND_KIND = /^ (\d{1,2}) (\p{Ll}[\p{Ll}-]{1,15})(?![\p{L}-])/u;

/** A model number after a name: " 2". */
const NUMBER_AFTER = /^ (\d{1,2})(?![\d\p{L}.,]\d)/u;

/** The mentions (in text order) with their numbered products made one other name. */
export function numberedProducts(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  // Made at the first product (most texts have none).
  let products: Set<string> | null = null;
  const out = mapped(mentions, (m) => {
    if ((m.type !== 'ORG' && m.type !== 'OTHER') || m.text.includes(' ')) return m;
    const block = text.get(m.blockId) ?? '';
    // A space and a digit after the name first: the cheap check before the pattern.
    const digit = codeAt(block, m.end + 1);
    if (charAt(block, m.end) !== ' ' || !(digit >= 48 && digit <= 57)) return m;
    const found = NUMBER_AND_KIND.exec(block.slice(m.end, m.end + 24));
    if (!found || !PRODUCT_KINDS.has(found[2] ?? '')) return m;
    const name = `${m.text} ${found[1] ?? ''}`;
    (products ??= new Set()).add(name);
    return respan(m, m.start, m.start + name.length, name, 'OTHER' as const);
  });
  // (Set in the callback: read through a cast, since the compiler narrows it to null here.)
  const known = products as Set<string> | null;
  if (known === null) return out;
  return mapped(out, (m) => {
    if (m.text.includes(' ')) return m;
    const block = text.get(m.blockId) ?? '';
    const found = NUMBER_AFTER.exec(block.slice(m.end, m.end + 5));
    if (!found) return m;
    const name = `${m.text} ${found[1] ?? ''}`;
    return known.has(name) ? respan(m, m.start, m.start + name.length, name, 'OTHER' as const) : m;
  });
}
