/**
 * A business whose name ends in "'s" keeps it, everywhere the page names it (issue 15,
 * en-train12: "Harrow's Home Stores Inc." once, then "Harrow's said", "gives Harrow's a path";
 * names.md: "A brand whose name ends in "'s" keeps it"). The tagger reads "'s" as the end of a
 * name, as CoNLL's tokens have it, and takes the owner word alone for a place or a person.
 * name-heads.ts knows the famous ones ("Macy's"); this pass learns them from the page. After
 * tagging (English):
 * - a one- or two-word mention right before "'s " and an organisation whose last word is a
 *   company's legal or trading head ("Home Stores Inc.", "Brothers Ltd") is one organisation
 *   over both ("Harrow's Home Stores Inc.");
 * - every other mention of the owner's name followed by its "'s" runs on over it and becomes
 *   an organisation ("Harrow's").
 * Only an owner the page never names without its "'s", no country ("South Korea's SK Hynix
 * Inc.") and no word of a person's name.
 * One walk over the mentions to find a full name, two more only when the page has one.
 */
import type { EntityMention } from '../types';
import { respan, unchanged } from './by-block';
import { charAt } from './chars';
import { lastSpace } from './last-space';

/** Last words of a business's full name after the possessive ("Stores Inc.", "Brothers Ltd"). */
const HEADS = new Set(
  'Inc.|Inc|Corp.|Corp|Co.|Co|Ltd|Ltd.|LLC|plc|PLC|Stores|Store|Group|Holdings|Company|Restaurants|Brands'.split('|'),
);

/** Whether `block` holds an apostrophe's "s" at `at` ("'s" or "’s") ending a word. */
function possessiveAt(block: string, at: number): boolean {
  const c = charAt(block, at);
  return (c === "'" || c === '’') && charAt(block, at + 1) === 's' && !/[\p{L}\p{N}]/u.test(charAt(block, at + 2));
}

/**
 * The owners' names the page writes only before their "'s" (a place or a person named on its own
 * elsewhere, "South Korea's SK Hynix Inc.", "Scooter Braun" and "Braun's Ithaca Holdings", is
 * an owner, not the business's name), of `candidates`.
 */
function possessiveOnly(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  candidates: ReadonlySet<string>,
): Set<string> {
  const owners = new Set(candidates);
  for (const m of mentions) {
    if (owners.has(m.text)) {
      if (!possessiveAt(text.get(m.blockId) ?? '', m.end)) owners.delete(m.text);
    } else if (m.type === 'PERSON' && m.text.includes(' ')) for (const w of m.text.split(' ')) owners.delete(w);
  }
  return owners;
}

/** The mentions with businesses named by a possessive ("Harrow's") kept whole and typed ORG. */
export function withPossessiveStores(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isCountry: (name: string) => boolean,
): EntityMention[] {
  let candidates: Set<string> | null = null;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const next = mentions[i + 1] as EntityMention;
    if (
      next.type === 'ORG' &&
      next.blockId === m.blockId &&
      next.start === m.end + 3 &&
      m.text.split(' ').length <= 2 &&
      HEADS.has(next.text.slice(lastSpace(next.text) + 1))
    ) {
      const block = text.get(m.blockId) ?? '';
      if (possessiveAt(block, m.end) && charAt(block, m.end + 2) === ' ' && !isCountry(m.text))
        (candidates ??= new Set()).add(m.text);
    }
  }
  if (candidates === null) return unchanged(mentions);
  const owners = possessiveOnly(text, mentions, candidates);
  if (owners.size === 0) return unchanged(mentions);
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (!owners.has(m.text)) {
      out.push(m);
      continue;
    }
    const block = text.get(m.blockId) ?? '';
    const next = mentions[i + 1];
    if (next !== undefined && next.type === 'ORG' && next.blockId === m.blockId && next.start === m.end + 3) {
      out.push(respan(m, m.start, next.end, block.slice(m.start, next.end), 'ORG'));
      i++;
    } else out.push(respan(m, m.start, m.end + 2, block.slice(m.start, m.end + 2), 'ORG'));
  }
  return out;
}
