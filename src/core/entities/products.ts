/**
 * Products taken for their makers (English; applied by `typedByEvidence`): the guidelines
 * make a product an other name (OTHER) and its maker an organisation, and the tagger,
 * trained on 1996 news with few products, reads most product names as companies. The
 * article says which is which:
 *
 * - a thing with a size before it is a product ("the 16-inch MacBook Pro", "a 55in Bravia");
 * - a one-word name before a word for a part or a version of a product is one ("the Stadia
 *   port", "MacBook keyboards"; not "Samsung smartphones" nor "Chromecast users", words a
 *   maker's name takes too);
 * - a name that is once a product is a product throughout the text.
 *
 * (Tried and left out: a maker's name followed by more words, where the article names the
 * maker alone, as its product, "Google Stadia": on CoNLL-2003 dev and Wikigold it took
 * clubs, "Philadelphia Eagles", and companies, "Pirelli Cables", for products, -0.003 F1.)
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';
import { bare, firstLetters, firstWordIn, mayStartWordOf, withoutStop } from './text-words';

/** A size just before a name ("16-inch ", "55in ", '6.1" '). */
const SIZED = /\d(?:-inch|-in\.|in|")\s$/u;

/**
 * Whether a size stands just before `start` (`SIZED`); the regular expression only where the
 * character before the space could end one ("h", ".", "n", a quotation mark).
 */
function sizedBefore(text: string, start: number): boolean {
  const c = charAt(text, start - 2);
  if (c !== 'h' && c !== '.' && c !== 'n' && c !== '"') return false;
  return SIZED.test(text.slice(Math.max(0, start - 12), start));
}

/** Words after a product's name that a company's name does not take. */
const PRODUCT_AFTER = new Set(
  'keyboard keyboards trackpad touchscreen port firmware lineup variant variants'.split(' '),
);
/** The first letters of PRODUCT_AFTER's words, in either case (the word is lower-cased before the look-up). */
const PRODUCT_AFTER_FIRST = firstLetters(PRODUCT_AFTER, true);

/** The mentions of one block with products (as above) retyped OTHER. */
export function products(text: string, mentions: EntityMention[]): EntityMention[] {
  const named = new Set<string>();
  // Each step hands on `mentions` themselves when it changes none (`mapped`).
  const out = mapped(mentions, (m) => {
    if (m.type !== 'ORG' && m.type !== 'PERSON') return m;
    let product = m.type === 'ORG' && sizedBefore(text, m.start);
    if (!product && !m.text.includes(' ') && mayStartWordOf(text, m.end + 1, PRODUCT_AFTER_FIRST)) {
      const next = firstWordIn(text, m.end, Math.min(text.length, m.end + 24));
      product = next !== undefined && next.start === m.end + 1 && PRODUCT_AFTER.has(bare(withoutStop(next.text)));
    }
    if (!product) return m;
    named.add(m.text);
    return retype(m, 'OTHER' as const);
  });
  if (named.size === 0) return out;
  return mapped(out, (m) => ((m.type === 'ORG' || m.type === 'PERSON') && named.has(m.text) ? retype(m, 'OTHER') : m));
}
