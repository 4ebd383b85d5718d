/**
 * A book listed as "Title by Author (Publisher)" names a publisher and a work (issue 15,
 * en-train9: prize shortlists; names.md: companies ORG, works MISC). The tagger reads a
 * publisher named after its founders as a person ("Faber", "Jonathan Cape") and a title as a
 * person or a place. After tagging (English): where a person's mention follows " by " and is
 * followed by " (" and one mention closed by ")", the mention in brackets becomes ORG, and the
 * mention ending right before " by " becomes OTHER; each so typed, every other mention of the
 * same name follows it. A place in the brackets ("by Ana Ruiz (Spain)", a results list) is
 * left alone.
 * Per person mention, a look at the few characters on either side of it.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';

/** The mentions (in text order) with listed books' publishers typed ORG and their titles OTHER. */
export function withBookListings(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isPlace: (name: string) => boolean,
): EntityMention[] {
  const publishers = new Set<string>();
  const titles = new Set<string>();
  for (let i = 1; i + 1 < mentions.length; i++) {
    const author = mentions[i] as EntityMention;
    if (author.type !== 'PERSON') continue;
    const block = text.get(author.blockId) ?? '';
    if (block.slice(author.start - 4, author.start) !== ' by ') continue;
    const house = mentions[i + 1] as EntityMention;
    if (house.blockId !== author.blockId || block.slice(author.end, house.start) !== ' (') continue;
    if (charAt(block, house.end) !== ')' || house.type === 'PLACE' || isPlace(house.text)) continue;
    publishers.add(house.text);
    const title = mentions[i - 1] as EntityMention;
    // The title opens the list's item (its block): a name before "by" mid-sentence may be the book's subject.
    if (
      title.blockId === author.blockId &&
      title.end === author.start - 4 &&
      title.type !== 'OTHER' &&
      block.slice(0, title.start).trim() === ''
    )
      titles.add(title.text);
  }
  if (publishers.size === 0) return unchanged(mentions);
  return mapped(mentions, (m) => {
    if (m.type !== 'ORG' && publishers.has(m.text) && !titles.has(m.text)) return retype(m, 'ORG' as const);
    if (m.type !== 'OTHER' && titles.has(m.text) && !publishers.has(m.text)) return retype(m, 'OTHER' as const);
    return m;
  });
}
