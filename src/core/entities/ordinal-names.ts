/**
 * A name led by its ordinal keeps it (English, issue 15; names.md "Boundaries": mark the longest
 * name): streets and wards are places ("77th Street", "the 19th Ward"), military units and
 * numbered courts organisations ("the 10th Mountain Division", "the 129th Assault Battalion", "the
 * 180th District Court"). The tagger leaves them out or cuts the ordinal off ("Mountain Division"
 * as OTHER, "Ward" as ORG). After tagging: an ordinal in figures, up to three capitalised words
 * and a head noun below is one name of the head's type, in place of the mentions inside it (none
 * a person's, none reaching out of it); "Division" needs a word between ("the 2nd Division" may
 * be a league's), and a head followed by "of" is left to the passes that read longer names ("9th
 * U.S. Circuit Court of Appeals").
 * Cheap: nothing to do in a text without a head noun (by the text's index of words), then one
 * linear pattern over the blocks.
 */
import type { EntityMention, EntityType } from '../types';
import { mayHold } from './cue-index';
import { alreadyHeld, unchanged, withReplacing } from './by-block';

/** The heads, as a cue (the text's index of words answers it). */
const ANY_HEAD = /\b(?:Street|Avenue|Ward|Division|Battalion|Brigade|Regiment|Squadron|Corps|Fleet|Court)\b/u;

/** An ordinal, up to three capitalised words and a head. */
const ORDINAL_NAME =
  /\b\d{1,3}(?:st|nd|rd|th) ((?:\p{Lu}[\p{L}.'’-]{0,20} ){0,3})(Street|Avenue|Ward|Division|Battalion|Brigade|Regiment|Squadron|Corps|Fleet|Court)\b/gu;

/** The type of each head. */
const HEAD_TYPE: Readonly<Record<string, EntityType>> = {
  Street: 'PLACE',
  Avenue: 'PLACE',
  Ward: 'PLACE',
  Division: 'ORG',
  Battalion: 'ORG',
  Brigade: 'ORG',
  Regiment: 'ORG',
  Squadron: 'ORG',
  Corps: 'ORG',
  Fleet: 'ORG',
  Court: 'ORG',
};

/** The mentions with names led by an ordinal read whole. */
export function withOrdinalNames(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!mayHold(text, ANY_HEAD)) return unchanged(mentions);
  const found: EntityMention[] = [];
  for (const [blockId, block] of text) {
    ORDINAL_NAME.lastIndex = 0;
    for (let m = ORDINAL_NAME.exec(block); m !== null; m = ORDINAL_NAME.exec(block)) {
      const head = m[2] ?? '';
      const start = m.index;
      const end = start + m[0].length;
      if (head === 'Division' && (m[1] ?? '') === '') continue;
      if (block.startsWith(' of ', end)) continue;
      const type = HEAD_TYPE[head] ?? 'ORG';
      const inside = mentions.filter((x) => x.blockId === blockId && x.start < end && x.end > start);
      if (inside.some((x) => x.type === 'PERSON' || x.start < start || x.end > end)) continue;
      const name: EntityMention = { blockId, start, end, text: m[0], type };
      if (!alreadyHeld(inside, name)) found.push(name);
    }
  }
  return withReplacing(mentions, found);
}
