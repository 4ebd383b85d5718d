/**
 * A name before a lower-case "resident" or "residents" is a place (eval/gold/guidelines/names.md:
 * towns, suburbs and streets LOC): "Ridgeview resident Carla Dumont", "a Walters Rd resident of
 * 31 years", "Jenks residents were told". The tagger reads a small town's or a street's name as
 * a company or OTHER. After tagging (English), only in a text holding " resident": a mention typed
 * ORG or OTHER right before " resident" or " residents" is a place, and so is every other mention
 * of the same text typed OTHER ("the Jenks bridge"). A person ("Smith residents"), a people or a
 * faith ("Serb residents", "Muslim residents") and a hyphenated word are left.
 */
import type { EntityMention } from '../types';
import { mapped, retype, someBlock, unchanged } from './by-block';
import { lastSpace } from './last-space';

/** The cue. */
const CUE = / resident/u;

/** "resident" or "residents" right after the mention, as a word. */
const RESIDENT_AFTER = /^ residents?(?![\p{L}\p{N}-])/u;

/** Faiths and peoples before "residents" that are no place ("Muslim residents"), lower-case. */
const PEOPLES = new Set(
  "muslim christian jewish jew hindu sikh buddhist catholic protestant sunni shia shi'ite arab kurdish kurd black white latino hispanic asian".split(
    ' ',
  ),
);

/**
 * The mentions with the names before "resident" made places; `isNationality` tells a
 * nationality's word ("Serb residents": the people, not a place).
 */
export function withResidentPlaces(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isNationality: (word: string) => boolean = () => false,
): EntityMention[] {
  if (!someBlock(text, CUE)) return unchanged(mentions);
  const places = new Set<string>();
  const before = new Set<EntityMention>();
  for (const m of mentions) {
    if (m.type !== 'ORG' && m.type !== 'OTHER') continue;
    const last = m.text.slice(lastSpace(m.text) + 1);
    if (m.text.includes('-') || PEOPLES.has(last.toLowerCase()) || isNationality(last)) continue;
    const block = text.get(m.blockId) ?? '';
    if (!RESIDENT_AFTER.test(block.slice(m.end, m.end + 12))) continue;
    places.add(m.text);
    before.add(m);
  }
  if (places.size === 0) return unchanged(mentions);
  return mapped(mentions, (m) =>
    before.has(m) || (m.type === 'OTHER' && places.has(m.text)) ? retype(m, 'PLACE' as const) : m,
  );
}
